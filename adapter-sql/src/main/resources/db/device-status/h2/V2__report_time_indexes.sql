-- Keyset paging by report time (H2); the same indexes as db/migration/postgresql, whose V2 explains them.

CREATE INDEX ios_update_status_report_time_ix ON ios_update_status (last_reported_ticks, id);
CREATE INDEX app_configuration_status_scope_report_time_ix
    ON app_configuration_status (configuration_collection, configuration_id, last_reported_ticks, id);
CREATE INDEX app_install_status_scope_report_time_ix
    ON app_install_status (mobile_app_id, user_status_id, last_sync_ticks, id);
