package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.TestSchema.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.out.ListRequest;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The library in a database it shares with a platform that runs its own Flyway (its own {@code V1}, creating
 * {@code platform_thing}, in Flyway's default history table), on one vendor: either may migrate first, an install
 * from before {@link SqlStoreOptions#DEFAULT_HISTORY_TABLE} goes on and can be renamed, the tables can live in a
 * schema of their own, and with migrating off the platform's Flyway runs our migrations. Each test has a fresh schema.
 */
abstract class EmbeddingChecks {

    private static final String CURRENT_VERSION = "3";

    protected abstract SqlVendor vendor();

    private TestSchema schema;

    @BeforeEach
    void freshSchema(TestInfo test) throws SQLException {
        String method = test.getTestMethod().orElseThrow().getName();
        schema = TestSchema.scratch(vendor(), "emb_" + method.substring(0, Math.min(14, method.length())));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try {
            schema.assertAuditClean();
        } finally {
            if (vendor() != SqlVendor.H2) {
                try (var admin = TestServers.admin(vendor());
                        var statement = admin.createStatement()) {
                    statement.execute(
                            vendor() == SqlVendor.POSTGRESQL
                                    ? "DROP SCHEMA IF EXISTS " + secondSchema() + " CASCADE"
                                    : "DROP DATABASE IF EXISTS " + secondSchema());
                }
            }
            schema.close();
        }
    }

    @Test
    void the_platform_migrating_first_then_the_library_both_keep_their_own_history() throws SQLException {
        platformFlyway().load().migrate();

        var store = store(SqlStoreOptions.defaults());
        var result = store.migrate();

        assertThat(result.from())
                .as("Flyway's baseline is no schema version of ours")
                .isEqualTo(Option.none());
        assertThat(result.to()).isEqualTo(CURRENT_VERSION);
        assertThat(result.applied()).isEqualTo(3);
        assertThat(store.historyTable()).isEqualTo(SqlStoreOptions.DEFAULT_HISTORY_TABLE);
        assertThat(store.schemaStatus().current()).isEqualTo(Option.some(CURRENT_VERSION));
        assertThat(store.validateSchema()).isEmpty();
        assertPlatformUntouched();
        assertStoreWorks(store);
    }

    @Test
    void the_library_migrating_first_then_the_platform_both_keep_their_own_history() throws SQLException {
        var store = store(SqlStoreOptions.defaults());
        assertThat(store.migrate().applied()).isEqualTo(3);

        // The platform's Flyway finds a schema that is not empty: it needs a baseline of its own (as ours does).
        var platform =
                platformFlyway().baselineOnMigrate(true).baselineVersion("0").load();
        assertThat(platform.migrate().migrationsExecuted).isEqualTo(1);

        assertThat(store.migrate().applied()).isZero();
        assertThat(store.validateSchema()).isEmpty();
        assertPlatformUntouched();
        assertStoreWorks(store);
    }

    @Test
    void an_install_with_the_legacy_history_table_goes_on_with_it_and_can_rename_it() throws SQLException {
        // What a release before device_status_schema_history left: our history in Flyway's default table.
        SqlSchema.configure(vendor(), Option.none(), SqlStoreOptions.LEGACY_HISTORY_TABLE, "")
                .dataSource(schema.dataSource())
                .load()
                .migrate();

        var store = store(SqlStoreOptions.defaults());
        var result = store.migrate();

        assertThat(store.historyTable()).isEqualTo(SqlStoreOptions.LEGACY_HISTORY_TABLE);
        assertThat(result.from()).isEqualTo(Option.some(CURRENT_VERSION));
        assertThat(result.applied()).isZero();
        assertThat(exists(SqlStoreOptions.DEFAULT_HISTORY_TABLE)).isFalse();

        // The statements the INFO line gives, run while no instance runs.
        var renames = new HistoryTable(schema.dataSource(), vendor(), SqlStoreOptions.defaults()).renameStatements();
        try (var connection = schema.dataSource().getConnection();
                var statement = connection.createStatement()) {
            for (String rename : renames) {
                statement.execute(rename);
            }
        }

        var renamed = store(SqlStoreOptions.defaults());
        assertThat(renamed.historyTable()).isEqualTo(SqlStoreOptions.DEFAULT_HISTORY_TABLE);
        assertThat(renamed.migrate().applied()).isZero();
        assertThat(renamed.validateSchema()).isEmpty();
        // The platform's Flyway can now have its default table, its key and index names included.
        assertThat(platformFlyway()
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate()
                        .migrationsExecuted)
                .isEqualTo(1);
        assertStoreWorks(renamed);
    }

    @Test
    void the_schema_option_puts_every_table_of_ours_in_that_schema() throws SQLException {
        platformFlyway().load().migrate();
        var store = store(SqlStoreOptions.defaults().withSchema(secondSchema()));

        assertThat(store.migrate().applied()).isEqualTo(3);

        assertThat(exists(SqlStoreOptions.DEFAULT_HISTORY_TABLE)).isFalse();
        assertThat(exists("ios_update_status")).as("in the connection's schema").isFalse();
        assertThat(existsIn(secondSchema(), "ios_update_status")).isTrue();
        assertThat(existsIn(secondSchema(), SqlStoreOptions.DEFAULT_HISTORY_TABLE))
                .isTrue();
        assertThat(store.schemaStatus().upToDate()).isTrue();
        assertPlatformUntouched();
        assertStoreWorks(store);
    }

    @Test
    void with_migrating_off_a_schema_not_current_is_refused_naming_what_to_run_and_left_unchanged()
            throws SQLException {
        platformFlyway().load().migrate();
        var store = store(SqlStoreOptions.defaults().withMigrate(false));

        assertThatThrownBy(store::migrate)
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageContaining("migrating is off")
                .hasMessageContaining("locations " + vendor().migrationLocation())
                .hasMessageContaining("table " + SqlStoreOptions.DEFAULT_HISTORY_TABLE)
                .hasMessageContaining("placeholder " + MigrationOptions.PLACEHOLDER)
                .hasMessageContaining("nothing was changed");

        assertThat(exists(SqlStoreOptions.DEFAULT_HISTORY_TABLE)).isFalse();
        assertThat(exists("ios_update_status")).isFalse();
    }

    @Test
    void with_migrating_off_the_platforms_flyway_runs_our_migrations_with_our_history_table() throws SQLException {
        platformFlyway().load().migrate();
        // The platform's second Flyway, over our location, as the README shows.
        Flyway.configure()
                .dataSource(schema.dataSource())
                .locations(vendor().migrationLocation())
                .table(SqlStoreOptions.DEFAULT_HISTORY_TABLE)
                .placeholders(Map.of(MigrationOptions.PLACEHOLDER, ""))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        var store = store(SqlStoreOptions.defaults().withMigrate(false));

        var result = store.migrate();

        assertThat(result.from()).isEqualTo(Option.some(CURRENT_VERSION));
        assertThat(result.to()).isEqualTo(CURRENT_VERSION);
        assertThat(result.applied()).isZero();
        assertPlatformUntouched();
        assertStoreWorks(store);
    }

    @Test
    void status_tables_without_any_history_are_refused_before_anything_changes() throws SQLException {
        SqlSchema.configure(vendor(), Option.none(), "someone_elses_history", "")
                .dataSource(schema.dataSource())
                .load()
                .migrate();

        assertThatThrownBy(store(SqlStoreOptions.defaults())::migrate)
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageContaining("ios_update_status")
                .hasMessageContaining("no Flyway history")
                .hasMessageContaining("Nothing was changed");
        assertThat(exists(SqlStoreOptions.DEFAULT_HISTORY_TABLE)).isFalse();

        var named = store(SqlStoreOptions.defaults().withHistoryTable("someone_elses_history"));
        assertThat(named.migrate().applied())
                .as("with the table named it is ours")
                .isZero();
    }

    private FluentConfiguration platformFlyway() {
        // Flyway's default location, classpath:db/migration: the library's scripts are not beneath it
        return Flyway.configure().dataSource(schema.dataSource());
    }

    private SqlStatusStore store(SqlStoreOptions options) {
        return schema.auditedStore(schema.dataSource(), options);
    }

    private String secondSchema() {
        return schema.name() + "_t";
    }

    /** The platform's history holds its V1 alone, valid, and its table its row. */
    private void assertPlatformUntouched() throws SQLException {
        var platform =
                platformFlyway().baselineOnMigrate(true).baselineVersion("0").load();
        assertThat(platform.validateWithResult().validationSuccessful).isTrue();
        assertThat(platform.info().current().getVersion().toString()).isEqualTo("1");
        try (var connection = schema.dataSource().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT name FROM platform_thing WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
        }
    }

    private static void assertStoreWorks(SqlStatusStore store) {
        var page = store.iosUpdateStatuses()
                .list(new ListRequest<>(TENANT, Option.none(), StatusFilter.any(), Option.none(), 10));
        assertThat(page.isRight()).as("listing: %s", page).isTrue();
        assertThat(store.schemaStatus().upToDate()).isTrue();
    }

    private boolean exists(String table) throws SQLException {
        try (var connection = schema.dataSource().getConnection()) {
            return existsIn(
                    connection,
                    vendor() == SqlVendor.MARIADB ? connection.getCatalog() : connection.getSchema(),
                    table);
        }
    }

    private boolean existsIn(String schemaName, String table) throws SQLException {
        try (var connection = schema.dataSource().getConnection()) {
            return existsIn(connection, JooqSettings.databaseName(vendor(), schemaName), table);
        }
    }

    /** Flyway's tables keep their lower-case names on H2; ours are folded to upper case there. */
    private boolean existsIn(Connection connection, String schemaName, String table) throws SQLException {
        var metadata = connection.getMetaData();
        for (String name : new String[] {table, JooqSettings.databaseName(vendor(), table)}) {
            var tables = vendor() == SqlVendor.MARIADB
                    ? metadata.getTables(schemaName, null, name, null)
                    : metadata.getTables(null, schemaName, name, null);
            try (tables) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
