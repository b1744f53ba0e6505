-- Tenants (MariaDB); the same columns, keys and indexes as db/migration/postgresql, whose V3 explains them and the
-- placeholder existing_rows_tenant. MariaDB commits each DDL statement on its own (atomically, from 10.6), so the
-- guard comes first, and each table changes in one ALTER TABLE: one rebuild, applied whole or not at all. Should a
-- later statement fail, the tables before it are migrated and Flyway records V3 as failed: fix the cause, restore
-- the tables or finish by hand, then run Flyway's repair before migrating again.
-- tenant_id takes the table's collation, utf8mb4_nopad_bin, like the id columns.

DELIMITER //
BEGIN NOT ATOMIC
    IF '${existing_rows_tenant}' = '' AND (EXISTS (SELECT 1 FROM ios_update_status)
            OR EXISTS (SELECT 1 FROM app_configuration_status) OR EXISTS (SELECT 1 FROM app_install_status)) THEN
        -- MESSAGE_TEXT holds at most 128 characters.
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
            'device-status V3: rows from before tenants; set Flyway placeholder existing_rows_tenant to their tenant';
    END IF;
END//
DELIMITER ;


ALTER TABLE ios_update_status
    ADD COLUMN tenant_id varchar(36) DEFAULT '${existing_rows_tenant}' NOT NULL,
    ADD CONSTRAINT ios_update_status_tenant_id_ck
        CHECK (char_length(tenant_id) = 36 AND tenant_id = lower(tenant_id)),
    DROP PRIMARY KEY,
    ADD CONSTRAINT ios_update_status_pk PRIMARY KEY (tenant_id, id),
    DROP INDEX ios_update_status_natural_key_uq,
    ADD CONSTRAINT ios_update_status_natural_key_uq UNIQUE (tenant_id, device_id),
    DROP INDEX ios_update_status_install_status_ix,
    ADD INDEX ios_update_status_install_status_ix (tenant_id, install_status, id),
    DROP INDEX ios_update_status_status_ix,
    ADD INDEX ios_update_status_status_ix (tenant_id, status, id),
    DROP INDEX ios_update_status_report_time_ix,
    ADD INDEX ios_update_status_report_time_ix (tenant_id, last_reported_ticks, id);
ALTER TABLE ios_update_status ALTER COLUMN tenant_id DROP DEFAULT;

ALTER TABLE app_configuration_status
    ADD COLUMN tenant_id varchar(36) DEFAULT '${existing_rows_tenant}' NOT NULL,
    ADD CONSTRAINT app_configuration_status_tenant_id_ck
        CHECK (char_length(tenant_id) = 36 AND tenant_id = lower(tenant_id)),
    DROP PRIMARY KEY,
    ADD CONSTRAINT app_configuration_status_pk PRIMARY KEY (tenant_id, id),
    DROP INDEX app_configuration_status_natural_key_uq,
    ADD CONSTRAINT app_configuration_status_natural_key_uq
        UNIQUE (tenant_id, configuration_collection, configuration_id, device_display_name, user_principal_name),
    DROP INDEX app_configuration_status_scope_ix,
    ADD INDEX app_configuration_status_scope_ix (tenant_id, configuration_collection, configuration_id, id),
    DROP INDEX app_configuration_status_scope_status_ix,
    ADD INDEX app_configuration_status_scope_status_ix
        (tenant_id, configuration_collection, configuration_id, status, id),
    DROP INDEX app_configuration_status_scope_report_time_ix,
    ADD INDEX app_configuration_status_scope_report_time_ix
        (tenant_id, configuration_collection, configuration_id, last_reported_ticks, id);
ALTER TABLE app_configuration_status ALTER COLUMN tenant_id DROP DEFAULT;

ALTER TABLE app_install_status
    ADD COLUMN tenant_id varchar(36) DEFAULT '${existing_rows_tenant}' NOT NULL,
    ADD CONSTRAINT app_install_status_tenant_id_ck
        CHECK (char_length(tenant_id) = 36 AND tenant_id = lower(tenant_id)),
    DROP PRIMARY KEY,
    ADD CONSTRAINT app_install_status_pk PRIMARY KEY (tenant_id, id),
    DROP INDEX app_install_status_natural_key_uq,
    ADD CONSTRAINT app_install_status_natural_key_uq UNIQUE (tenant_id, mobile_app_id, user_status_id, device_id),
    DROP INDEX app_install_status_scope_ix,
    ADD INDEX app_install_status_scope_ix (tenant_id, mobile_app_id, user_status_id, id),
    DROP INDEX app_install_status_scope_install_state_ix,
    ADD INDEX app_install_status_scope_install_state_ix (tenant_id, mobile_app_id, user_status_id, install_state, id),
    DROP INDEX app_install_status_scope_report_time_ix,
    ADD INDEX app_install_status_scope_report_time_ix (tenant_id, mobile_app_id, user_status_id, last_sync_ticks, id);
ALTER TABLE app_install_status ALTER COLUMN tenant_id DROP DEFAULT;
