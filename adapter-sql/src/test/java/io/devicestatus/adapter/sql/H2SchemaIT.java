package io.devicestatus.adapter.sql;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaChecks} on H2, in a schema of its own. */
class H2SchemaIT extends SchemaChecks {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.H2);

    @Override
    protected TestSchema schema() {
        return SCHEMA;
    }
}
