package io.devicestatus.adapter.sql;

/** {@link MigrationChecks} on H2. */
class H2MigrationIT extends MigrationChecks {

    @Override
    protected SqlVendor vendor() {
        return SqlVendor.H2;
    }
}
