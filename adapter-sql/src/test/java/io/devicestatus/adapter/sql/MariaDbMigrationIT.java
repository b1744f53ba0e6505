package io.devicestatus.adapter.sql;

/** {@link MigrationChecks} on MARIADB. */
class MariaDbMigrationIT extends MigrationChecks {

    @Override
    protected SqlVendor vendor() {
        return SqlVendor.MARIADB;
    }
}
