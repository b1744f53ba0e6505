-- Keyset paging by report time (PostgreSQL; jOOQ's classes are generated from this file too): ListOrder.REPORT_TIME_ASC
-- and REPORT_TIME_DESC (Graph's $orderby=lastReportedDateTime desc) sort by the report time's ticks, then the id, and
-- start a page after the last one's (ticks, id). Each index serves both directions (read backwards for DESC), within
-- one scope for the scoped types; a list of every scope of those sorts. Building one blocks writes to its table while
-- it runs: on a large table, migrate at a quiet time.

CREATE INDEX ios_update_status_report_time_ix ON ios_update_status (last_reported_ticks, id);
CREATE INDEX app_configuration_status_scope_report_time_ix
    ON app_configuration_status (configuration_collection, configuration_id, last_reported_ticks, id);
CREATE INDEX app_install_status_scope_report_time_ix
    ON app_install_status (mobile_app_id, user_status_id, last_sync_ticks, id);
