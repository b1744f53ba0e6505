package io.devicestatus.adapter.sql;

/** {@link MigrationChecks} on POSTGRESQL. */
class PostgresMigrationIT extends MigrationChecks {

    @Override
    protected SqlVendor vendor() {
        return SqlVendor.POSTGRESQL;
    }
}
