package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db-schema} and {@code --db-history-table} (and their environment variables) on the embedded database:
 * where the store's tables and Flyway history go, as {@code migrate info} shows.
 */
class DatabaseSchemaOptionsTest {

    @TempDir
    Path dataDir;

    @Test
    void migrate_info_names_the_history_table_its_own_by_default() {
        var info = run(Map.of(), "migrate", "info");

        assertThat(info.exit()).isZero();
        assertThat(info.out()).contains("history table:   device_status_schema_history");
    }

    @Test
    void the_options_put_the_tables_and_their_history_in_the_named_schema_and_table() throws SQLException {
        var migrated = run(Map.of(), "migrate", "--db-schema", "device_status", "--db-history-table", "ds_history");
        assertThat(migrated.exit()).as(migrated.err()).isZero();

        var info = run(Map.of(), "migrate", "info", "--db-schema", "device_status", "--db-history-table", "ds_history");
        assertThat(info.out()).contains("history table:   ds_history").contains("up to date");
        assertThat(tablesIn("DEVICE_STATUS")).contains("ds_history", "IOS_UPDATE_STATUS");
        assertThat(tablesIn("PUBLIC")).isEmpty();
        assertThat(run(Map.of(), "migrate", "info").out())
                .as("the connection's own schema")
                .contains("schema version:  none (empty database)");
    }

    @Test
    void the_environment_sets_them_as_the_options_do() {
        var environment =
                Map.of("DEVICE_STATUS_DB_SCHEMA", "from_env", "DEVICE_STATUS_DB_HISTORY_TABLE", "env_history");
        assertThat(run(environment, "migrate").exit()).isZero();

        var info = run(environment, "migrate", "info");

        assertThat(info.out()).contains("history table:   env_history").contains("up to date");
    }

    @Test
    void a_name_that_is_no_plain_sql_name_is_a_usage_error_naming_the_option() {
        var schema = run(Map.of(), "migrate", "--db-schema", "Device-Status");
        var table = run(Map.of(), "migrate", "info", "--db-history-table", "history;drop");

        assertThat(schema.exit()).isEqualTo(2);
        assertThat(schema.err()).contains("--db-schema").contains("'Device-Status' is not a plain SQL name");
        assertThat(table.exit()).isEqualTo(2);
        assertThat(table.err()).contains("--db-history-table").contains("'history;drop'");
    }

    private CommandLineTest.Run run(Map<String, String> environment, String... args) {
        var withDataDir = new ArrayList<>(List.of(args));
        withDataDir.addAll(List.of("--data-dir", dataDir.toString()));
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = DeviceStatusCommand.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(withDataDir.toArray(String[]::new));
        return new CommandLineTest.Run(exit, out.toString(), err.toString());
    }

    private List<String> tablesIn(String schema) throws SQLException {
        var tables = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(Storage.h2Url(dataDir), "sa", "");
                var rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
