package io.devicestatus.adapter.sql;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ConnectionLossChecks} on PostgreSQL: {@code pg_terminate_backend}. */
class PostgresConnectionLossIT extends ConnectionLossChecks {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.POSTGRESQL);

    @Override
    protected TestSchema schema() {
        return SCHEMA;
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    protected String killStatement(String id) {
        return "SELECT pg_terminate_backend(" + Integer.parseInt(id) + ")";
    }

    @Override
    protected String busyWritingQuery(String id) {
        return "SELECT 1 FROM pg_stat_activity WHERE pid = " + Integer.parseInt(id)
                + " AND state = 'active' AND query LIKE 'COPY%'";
    }
}
