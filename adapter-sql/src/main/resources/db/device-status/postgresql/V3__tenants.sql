-- Tenants (PostgreSQL; jOOQ's classes are generated from this file too). Every status belongs to one Microsoft Entra
-- tenant (Graph's tid): tenant_id, its GUID in canonical lower case (36 characters), leads every primary key, unique
-- key and index, so that ids and natural keys are unique per tenant only, every lookup of a tenant's request is an
-- index range of that tenant, and a database sharded by tenant (Citus: distribution column tenant_id) can enforce
-- every key on one shard.
--
-- Rows written before tenants existed move to the tenant the operator names in the Flyway placeholder
-- existing_rows_tenant (SqlStore.migrate(MigrationOptions.existingRowsIn(tenant)) sets it). Empty ('') names none:
-- fine for tables without rows; with rows the migration stops before changing anything (nobody can guess whose
-- they are). A platform running these scripts with its own Flyway must define the placeholder ('' or a GUID).
--
-- Adding the column with a constant default changes no row on disk (PostgreSQL 11+); rebuilding the keys and indexes
-- reads each table once and blocks writes to it meanwhile: on large tables, migrate at a quiet time. The default is
-- dropped at the end, so an insert that forgets tenant_id fails instead of landing in that tenant.

-- [jooq ignore start]
DO $$
BEGIN
    IF '${existing_rows_tenant}' = '' AND (EXISTS (SELECT 1 FROM ios_update_status)
            OR EXISTS (SELECT 1 FROM app_configuration_status) OR EXISTS (SELECT 1 FROM app_install_status)) THEN
        RAISE EXCEPTION 'device-status V3 (tenants): the status tables hold rows from before tenants, and no tenant '
            'was named for them. Set the Flyway placeholder existing_rows_tenant to the GUID of the tenant they '
            'belong to (SqlStore.migrate(MigrationOptions.existingRowsIn(tenant)) does); nothing was changed.';
    END IF;
END
$$;
-- [jooq ignore stop]


-- iosUpdateDeviceStatus: the tenant is its whole scope.
ALTER TABLE ios_update_status ADD COLUMN tenant_id varchar(36) COLLATE "C" DEFAULT '${existing_rows_tenant}' NOT NULL;
ALTER TABLE ios_update_status ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE ios_update_status ADD CONSTRAINT ios_update_status_tenant_id_ck
    CHECK (char_length(tenant_id) = 36 AND tenant_id = lower(tenant_id));
ALTER TABLE ios_update_status DROP CONSTRAINT ios_update_status_natural_key_uq;
ALTER TABLE ios_update_status DROP CONSTRAINT ios_update_status_pk;
ALTER TABLE ios_update_status ADD CONSTRAINT ios_update_status_pk PRIMARY KEY (tenant_id, id);
ALTER TABLE ios_update_status ADD CONSTRAINT ios_update_status_natural_key_uq UNIQUE (tenant_id, device_id);
DROP INDEX ios_update_status_install_status_ix;
DROP INDEX ios_update_status_status_ix;
DROP INDEX ios_update_status_report_time_ix;
CREATE INDEX ios_update_status_install_status_ix ON ios_update_status (tenant_id, install_status, id);
CREATE INDEX ios_update_status_status_ix ON ios_update_status (tenant_id, status, id);
CREATE INDEX ios_update_status_report_time_ix ON ios_update_status (tenant_id, last_reported_ticks, id);

-- managedDeviceMobileAppConfigurationDeviceStatus: tenant, then configuration.
ALTER TABLE app_configuration_status ADD COLUMN tenant_id varchar(36) COLLATE "C" DEFAULT '${existing_rows_tenant}' NOT NULL;
ALTER TABLE app_configuration_status ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE app_configuration_status ADD CONSTRAINT app_configuration_status_tenant_id_ck
    CHECK (char_length(tenant_id) = 36 AND tenant_id = lower(tenant_id));
ALTER TABLE app_configuration_status DROP CONSTRAINT app_configuration_status_natural_key_uq;
ALTER TABLE app_configuration_status DROP CONSTRAINT app_configuration_status_pk;
ALTER TABLE app_configuration_status ADD CONSTRAINT app_configuration_status_pk PRIMARY KEY (tenant_id, id);
ALTER TABLE app_configuration_status ADD CONSTRAINT app_configuration_status_natural_key_uq
    UNIQUE (tenant_id, configuration_collection, configuration_id, device_display_name, user_principal_name);
DROP INDEX app_configuration_status_scope_ix;
DROP INDEX app_configuration_status_scope_status_ix;
DROP INDEX app_configuration_status_scope_report_time_ix;
CREATE INDEX app_configuration_status_scope_ix
    ON app_configuration_status (tenant_id, configuration_collection, configuration_id, id);
CREATE INDEX app_configuration_status_scope_status_ix
    ON app_configuration_status (tenant_id, configuration_collection, configuration_id, status, id);
CREATE INDEX app_configuration_status_scope_report_time_ix
    ON app_configuration_status (tenant_id, configuration_collection, configuration_id, last_reported_ticks, id);

-- mobileAppInstallStatus: tenant, then app and user-install status.
ALTER TABLE app_install_status ADD COLUMN tenant_id varchar(36) COLLATE "C" DEFAULT '${existing_rows_tenant}' NOT NULL;
ALTER TABLE app_install_status ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE app_install_status ADD CONSTRAINT app_install_status_tenant_id_ck
    CHECK (char_length(tenant_id) = 36 AND tenant_id = lower(tenant_id));
ALTER TABLE app_install_status DROP CONSTRAINT app_install_status_natural_key_uq;
ALTER TABLE app_install_status DROP CONSTRAINT app_install_status_pk;
ALTER TABLE app_install_status ADD CONSTRAINT app_install_status_pk PRIMARY KEY (tenant_id, id);
ALTER TABLE app_install_status ADD CONSTRAINT app_install_status_natural_key_uq
    UNIQUE (tenant_id, mobile_app_id, user_status_id, device_id);
DROP INDEX app_install_status_scope_ix;
DROP INDEX app_install_status_scope_install_state_ix;
DROP INDEX app_install_status_scope_report_time_ix;
CREATE INDEX app_install_status_scope_ix ON app_install_status (tenant_id, mobile_app_id, user_status_id, id);
CREATE INDEX app_install_status_scope_install_state_ix
    ON app_install_status (tenant_id, mobile_app_id, user_status_id, install_state, id);
CREATE INDEX app_install_status_scope_report_time_ix
    ON app_install_status (tenant_id, mobile_app_id, user_status_id, last_sync_ticks, id);
