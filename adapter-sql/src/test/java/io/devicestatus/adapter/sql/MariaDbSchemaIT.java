package io.devicestatus.adapter.sql;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaChecks} on MARIADB, in a schema of its own. */
class MariaDbSchemaIT extends SchemaChecks {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.MARIADB);

    @Override
    protected TestSchema schema() {
        return SCHEMA;
    }
}
