package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate}, {@code migrate info}, {@code migrate validate} and {@code serve --no-migrate} on the embedded database. */
class MigrateCommandTest {

    @TempDir
    Path dataDir;

    private CommandLineTest.Run run(String... args) {
        var withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return CommandLineTest.run(withDataDir);
    }

    @Test
    void an_empty_database_is_behind_until_migrate_brings_it_to_this_releases_version_once() {
        var before = run("migrate", "info");
        assertThat(before.exit()).isZero();
        assertThat(before.out())
                .contains("schema version:  none (empty database)")
                .contains("this release:    3")
                .contains("pending:         1 status tables, 2 report time indexes, 3 tenants")
                .contains("behind: run 'device-status migrate'");

        var migrated = run("migrate");
        assertThat(migrated.exit()).isZero();
        assertThat(migrated.out())
                .contains("migrated h2 jdbc:h2:file:")
                .contains("from version none (empty database)" + " to 3 (3 migrations)");

        var again = run("migrate");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("is at version 3, this release's; nothing to do");

        var after = run("migrate", "info");
        assertThat(after.out())
                .contains("schema version:  3")
                .contains("pending:         none")
                .contains("up to date");
        var valid = run("migrate", "validate");
        assertThat(valid.exit()).isZero();
        assertThat(valid.out()).contains("are this release's (schema version 3)");
    }

    @Test
    void serve_no_migrate_refuses_a_schema_that_is_behind_naming_both_versions_and_changes_nothing() {
        var refused = run("serve", "--no-migrate", "--port", "0");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("its schema is at version none (empty database), this release needs 3")
                .contains("run 'device-status migrate'")
                .doesNotContain("\tat ");
        assertThat(run("migrate", "info").out()).contains("schema version:  none (empty database)");

        assertThat(run("migrate").exit()).isZero();
        var current = Storage.sql(
                Storage.h2Url(dataDir), "sa", "", Option.none(), Storage.Schema.REQUIRE_CURRENT, Clock.systemUTC());
        assertThat(current.isRight())
                .as("a current schema is used as it is: %s", current)
                .isTrue();
        assertThat(current.get().description()).contains("(schema version 3)");
        current.get().close();
    }

    @Test
    void validate_names_an_applied_migration_that_is_not_this_releases() throws Exception {
        assertThat(run("migrate").exit()).isZero();
        try (var connection = DriverManager.getConnection(Storage.h2Url(dataDir), "sa", "");
                var statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE \"device_status_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '2'");
        }

        var invalid = run("migrate", "validate");

        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err())
                .contains("differ from this release's")
                .contains("2 report time indexes")
                .containsIgnoringCase("checksum");
    }

    @Test
    void a_database_from_before_tenants_migrates_only_with_the_tenant_of_its_statuses() throws Exception {
        String url = Storage.h2Url(dataDir);
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/device-status/h2")
                .target("2")
                .load()
                .migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ios_update_status (id, install_status, platform,"
                    + " compliance_grace_period_expiration_ticks, compliance_grace_period_expiration_offset, status,"
                    + " last_reported_ticks, last_reported_offset, version) VALUES ('old-1', 'success', 0,"
                    + " 17000000000000000, 0, 'compliant', 17000000000000000, 0, 1)");
        }

        var refused = run("migrate");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("from before tenants")
                .contains("--existing-rows-tenant GUID")
                .contains("Nothing was changed");
        assertThat(run("migrate", "info").out()).contains("schema version:  2").contains("pending:         3 tenants");

        var migrated = run("migrate", "--existing-rows-tenant", ServerUnderTest.TENANT);
        assertThat(migrated.exit()).isZero();
        assertThat(migrated.out()).contains("from version 2 to 3 (1 migration)");
    }

    @Test
    void an_unusable_database_is_one_line_and_exit_1() {
        var unsupported = CommandLineTest.run("migrate", "info", "--jdbc-url", "jdbc:oracle:thin:@x");
        assertThat(unsupported.exit()).isEqualTo(1);
        assertThat(unsupported.err())
                .contains("unsupported JDBC URL 'jdbc:oracle:thin:@x'")
                .doesNotContain("\tat ");

        var unreachable = CommandLineTest.run("migrate", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err())
                .contains("cannot connect to jdbc:postgresql://127.0.0.1:1/none")
                .doesNotContain("\tat ");
    }
}
