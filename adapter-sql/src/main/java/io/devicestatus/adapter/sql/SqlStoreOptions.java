package io.devicestatus.adapter.sql;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@link SqlStatusStore} sits in a database it may share with the platform.
 *
 * <pre>{@code
 * SqlStatusStore.of(dataSource, SqlVendor.POSTGRESQL, SqlStoreOptions.defaults()
 *         .withSchema("device_status")            // our tables in a schema of their own
 *         .withMigrate(false)                     // the platform's Flyway runs our migrations (see the README)
 *         .withStatementTimeout(Duration.ofSeconds(5)));
 * }</pre>
 *
 * @param historyTable     Flyway's history table for this library's migrations; by default
 *                         {@value #DEFAULT_HISTORY_TABLE}, so that it never meets the platform's own Flyway history
 *                         ({@value #LEGACY_HISTORY_TABLE}, which releases before it used)
 * @param schema           the schema (a database on MariaDB) holding the status tables and the history table; none
 *                         for the connection's current one
 * @param migrate          whether {@link SqlStatusStore#migrate()} migrates; when false it only checks that the
 *                         schema is current and refuses otherwise, saying how to run the migrations
 * @param statementTimeout the bound on every statement the repositories send (JDBC's query timeout, whole seconds, at
 *                         least 1 s); none for no bound. Migrations are never bounded.
 */
public record SqlStoreOptions(
        String historyTable, Option<String> schema, boolean migrate, Option<Duration> statementTimeout) {

    /** The history table unless another is named: ours alone, whatever Flyway the platform runs. */
    public static final String DEFAULT_HISTORY_TABLE = "device_status_schema_history";

    /** Flyway's default history table, which releases before {@link #DEFAULT_HISTORY_TABLE} used. */
    public static final String LEGACY_HISTORY_TABLE = "flyway_schema_history";

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public SqlStoreOptions {
        requireName("historyTable", historyTable);
        Objects.requireNonNull(schema, "schema").forEach(name -> requireName("schema", name));
        Objects.requireNonNull(statementTimeout, "statementTimeout").forEach(timeout -> {
            if (timeout.toSeconds() < 1) {
                throw new IllegalArgumentException("a statement timeout must be at least 1 s, not " + timeout);
            }
        });
    }

    /** Our own history table, the connection's schema, migrating, statements unbounded. */
    public static SqlStoreOptions defaults() {
        return new SqlStoreOptions(DEFAULT_HISTORY_TABLE, Option.none(), true, Option.none());
    }

    /** These options with Flyway's history in {@code table}. */
    public SqlStoreOptions withHistoryTable(String table) {
        return new SqlStoreOptions(table, schema, migrate, statementTimeout);
    }

    /** These options with every table in {@code name}; {@code null} for the connection's current schema. */
    public SqlStoreOptions withSchema(String name) {
        return new SqlStoreOptions(historyTable, Option.of(name), migrate, statementTimeout);
    }

    /** These options migrating ({@code true}) or only checking the schema ({@code false}). */
    public SqlStoreOptions withMigrate(boolean on) {
        return new SqlStoreOptions(historyTable, schema, on, statementTimeout);
    }

    /** These options with every repository statement bounded to {@code timeout}; {@code null} for no bound. */
    public SqlStoreOptions withStatementTimeout(Duration timeout) {
        return new SqlStoreOptions(historyTable, schema, migrate, Option.of(timeout));
    }

    private static void requireName(String what, String name) {
        Objects.requireNonNull(name, what);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a plain SQL name: use 1 to 63 of"
                    + " lower-case letters, digits and '_', not starting with a digit (pattern " + NAME + ")");
        }
    }
}
