-- Tenants (H2); the same columns, keys and indexes as db/migration/postgresql, whose V3 explains them and the
-- placeholder existing_rows_tenant. H2 commits each DDL statement on its own, so the guard comes first: with rows
-- and no tenant named, the constraint named after what to set fails before any status table is touched.

-- A refused run leaves its temporary table on the pooled connection: drop it first, so that the next run can start.
DROP TABLE IF EXISTS device_status_v3_guard;
CREATE LOCAL TEMPORARY TABLE device_status_v3_guard (
    rows_from_before_tenants bigint NOT NULL,
    CONSTRAINT set_flyway_placeholder_existing_rows_tenant_to_their_tenant CHECK (rows_from_before_tenants = 0)
);
INSERT INTO device_status_v3_guard
    SELECT count(*) FROM (SELECT id FROM ios_update_status UNION ALL SELECT id FROM app_configuration_status
                          UNION ALL SELECT id FROM app_install_status) AS before_tenants
    WHERE '${existing_rows_tenant}' = '';
DROP TABLE device_status_v3_guard;


ALTER TABLE ios_update_status ADD COLUMN tenant_id varchar(36) DEFAULT '${existing_rows_tenant}' NOT NULL;
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

ALTER TABLE app_configuration_status ADD COLUMN tenant_id varchar(36) DEFAULT '${existing_rows_tenant}' NOT NULL;
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

ALTER TABLE app_install_status ADD COLUMN tenant_id varchar(36) DEFAULT '${existing_rows_tenant}' NOT NULL;
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
