package io.devicestatus.adapter.sql;

import org.jooq.SQLDialect;

/** The database servers the adapter supports: each with its jOOQ dialect and its own Flyway migrations. */
public enum SqlVendor {
    POSTGRESQL(SQLDialect.POSTGRES, "postgresql"),
    MARIADB(SQLDialect.MARIADB, "mariadb"),
    H2(SQLDialect.H2, "h2");

    private final SQLDialect dialect;
    private final String migrationFolder;

    SqlVendor(SQLDialect dialect, String migrationFolder) {
        this.dialect = dialect;
        this.migrationFolder = migrationFolder;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** Where this vendor's migrations are, as a Flyway location. */
    String migrationLocation() {
        return "classpath:db/device-status/" + migrationFolder;
    }
}
