package io.devicestatus.adapter.sql;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ConnectionLossChecks} on MariaDB: {@code KILL CONNECTION}. */
class MariaDbConnectionLossIT extends ConnectionLossChecks {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.MARIADB);

    @Override
    protected TestSchema schema() {
        return SCHEMA;
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT connection_id()";
    }

    @Override
    protected String killStatement(String id) {
        return "KILL CONNECTION " + Long.parseLong(id);
    }

    @Override
    protected String busyWritingQuery(String id) {
        return "SELECT 1 FROM information_schema.processlist WHERE id = " + Long.parseLong(id)
                + " AND info LIKE 'insert%'";
    }
}
