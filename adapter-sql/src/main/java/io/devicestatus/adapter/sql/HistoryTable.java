package io.devicestatus.adapter.sql;

import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's history table of this library's migrations, as found in the database.
 *
 * <p>Releases before {@link SqlStoreOptions#DEFAULT_HISTORY_TABLE} kept it in Flyway's default table,
 * {@value SqlStoreOptions#LEGACY_HISTORY_TABLE}. A database migrated by one (ours absent, the legacy table holding
 * our V1) goes on with the legacy table as it is, and one INFO line gives the statements that rename it, so that the
 * platform's own Flyway can have its default table back. Nothing renames it behind the operator's back.
 */
final class HistoryTable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryTable.class);

    /** Our first migration's script, as Flyway records it: how the legacy table is told from a platform's. */
    private static final String FIRST_SCRIPT = "V1__status_tables.sql";

    private final DataSource dataSource;
    private final SqlVendor vendor;
    private final SqlStoreOptions options;
    private final Lazy<String> name = Lazy.of(this::find);

    HistoryTable(DataSource dataSource, SqlVendor vendor, SqlStoreOptions options) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.options = options;
    }

    /** The table Flyway keeps our history in: the one configured, or the legacy table of an existing install. */
    String name() {
        return name.get();
    }

    private String find() {
        if (!options.historyTable().equals(SqlStoreOptions.DEFAULT_HISTORY_TABLE)) {
            return options.historyTable();
        }
        return withConnection(connection -> {
            if (exists(connection, SqlStoreOptions.DEFAULT_HISTORY_TABLE, true)
                    || !exists(connection, SqlStoreOptions.LEGACY_HISTORY_TABLE, true)
                    || !holdsOurFirstMigration(connection)) {
                return SqlStoreOptions.DEFAULT_HISTORY_TABLE;
            }
            LOG.info(
                    "device-status keeps its schema history in {} as releases before this one did; to give the name"
                            + " back to the platform's Flyway, rename it to {} while no instance runs: {}",
                    qualified(SqlStoreOptions.LEGACY_HISTORY_TABLE),
                    SqlStoreOptions.DEFAULT_HISTORY_TABLE,
                    renameStatements().mkString(" "));
            return SqlStoreOptions.LEGACY_HISTORY_TABLE;
        });
    }

    /**
     * Status tables of ours in a schema with no history of them: what created them is unknown, so Flyway must not
     * start a history over them (it would try to create them again). Refused before anything changes.
     */
    void refuseTablesWithoutHistory() {
        String table = name();
        var found = withConnection(connection -> {
            var present = List.<String>empty();
            if (!exists(connection, table, true)) {
                for (String status : SqlSchema.TABLES) {
                    present = exists(connection, status, false) ? present.append(status) : present;
                }
            }
            return present;
        });
        if (found.nonEmpty()) {
            throw new SchemaMigrationException(
                    "the schema " + options.schema().getOrElse("of the connection") + " holds device-status tables ("
                            + found.mkString(", ") + ") but no Flyway history of them in " + qualified(table)
                            + (table.equals(SqlStoreOptions.DEFAULT_HISTORY_TABLE)
                                    ? " or " + qualified(SqlStoreOptions.LEGACY_HISTORY_TABLE)
                                    : "")
                            + ". Name the history table they were migrated with (SqlStoreOptions.withHistoryTable,"
                            + " --db-history-table), or the schema they are in. Nothing was changed.",
                    null);
        }
    }

    /**
     * The statements that rename the legacy table to {@link SqlStoreOptions#DEFAULT_HISTORY_TABLE}, with its primary
     * key and index where their names are the schema's (PostgreSQL, H2) rather than the table's (MariaDB).
     */
    List<String> renameStatements() {
        String legacy = SqlStoreOptions.LEGACY_HISTORY_TABLE;
        String ours = SqlStoreOptions.DEFAULT_HISTORY_TABLE;
        return switch (vendor) {
            case MARIADB -> List.of("RENAME TABLE " + qualified(legacy) + " TO " + qualified(ours) + ";");
            case POSTGRESQL ->
                List.of(
                        "ALTER TABLE " + qualified(legacy) + " RENAME TO " + ours + ";",
                        "ALTER TABLE " + qualified(ours) + " RENAME CONSTRAINT " + legacy + "_pk TO " + ours + "_pk;",
                        "ALTER INDEX " + qualified(legacy + "_s_idx") + " RENAME TO " + ours + "_s_idx;");
            case H2 ->
                List.of(
                        "ALTER TABLE " + qualified(legacy) + " RENAME TO \"" + ours + "\";",
                        "ALTER TABLE " + qualified(ours) + " RENAME CONSTRAINT " + qualified(legacy + "_pk") + " TO \""
                                + ours + "_pk\";",
                        "ALTER INDEX " + qualified(legacy + "_s_idx") + " RENAME TO \"" + ours + "_s_idx\";");
        };
    }

    /** {@code table} with the configured schema, written as Flyway created it (H2: quoted, lower case). */
    private String qualified(String table) {
        String name = vendor == SqlVendor.H2 ? "\"" + table + "\"" : table;
        return options.schema()
                .map(schema ->
                        (vendor == SqlVendor.H2 ? "\"" + JooqSettings.databaseName(vendor, schema) + "\"" : schema)
                                + "." + name)
                .getOrElse(name);
    }

    private boolean holdsOurFirstMigration(Connection connection) throws SQLException {
        String column = vendor == SqlVendor.H2 ? "\"script\"" : "script";
        String success = vendor == SqlVendor.H2 ? "\"success\"" : "success";
        String version = vendor == SqlVendor.H2 ? "\"version\"" : "version";
        try (var statement =
                connection.prepareStatement("SELECT 1 FROM " + qualified(SqlStoreOptions.LEGACY_HISTORY_TABLE)
                        + " WHERE " + version + " = '1' AND " + column + " = ? AND " + success + " = ?")) {
            statement.setString(1, FIRST_SCRIPT);
            statement.setBoolean(2, true);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Whether {@code table} is in the configured schema (else the connection's): Flyway's tables by their exact
     * (lower-case) name, ours ({@code flywayTable} false) as the vendor folds unquoted names.
     */
    private boolean exists(Connection connection, String table, boolean flywayTable) throws SQLException {
        String name = flywayTable ? table : JooqSettings.databaseName(vendor, table);
        Option<String> configured = options.schema().map(schema -> JooqSettings.databaseName(vendor, schema));
        var metadata = connection.getMetaData();
        // MariaDB's schemas are its databases, which JDBC calls catalogs.
        var tables = vendor == SqlVendor.MARIADB
                ? metadata.getTables(
                        configured.isDefined() ? configured.get() : connection.getCatalog(), null, name, null)
                : metadata.getTables(
                        null, configured.isDefined() ? configured.get() : connection.getSchema(), name, null);
        try (tables) {
            return tables.next();
        }
    }

    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Query<T> query) {
        try (var connection = dataSource.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new SchemaMigrationException("reading the device-status schema failed: " + e.getMessage(), e);
        }
    }
}
