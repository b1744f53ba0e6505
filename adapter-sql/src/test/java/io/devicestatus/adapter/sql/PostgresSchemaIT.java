package io.devicestatus.adapter.sql;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaChecks} on POSTGRESQL, in a schema of its own. */
class PostgresSchemaIT extends SchemaChecks {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.POSTGRESQL);

    @Override
    protected TestSchema schema() {
        return SCHEMA;
    }
}
