package io.devicestatus.app;

import static io.devicestatus.app.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.sql.SqlVendor;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database options: the password from a file, the JDBC URL schemes taken, serve's pool and its timeouts. */
class DatabaseOptionsTest {

    @TempDir
    Path dir;

    @Test
    void a_jdbc_mysql_url_is_refused_in_one_line_suggesting_jdbc_mariadb() {
        var refused = run("migrate", "info", "--jdbc-url", "jdbc:mysql://127.0.0.1:3306/test?password=s3cret");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip())
                .isEqualTo(
                        "device-status: unsupported JDBC URL scheme 'jdbc:mysql:': the"
                                + " MariaDB driver needs 'jdbc:mariadb:' (e.g. jdbc:mariadb://127.0.0.1:3306/test?password=***)");
    }

    @Test
    void an_embedded_database_under_a_file_is_one_line_for_every_command_that_opens_it() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        String dataDir = file.resolve("data").toString();
        String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

        for (var run : java.util.List.of(
                run("migrate", "--data-dir", dataDir),
                run("migrate", "info", "--data-dir", dataDir),
                run("summary", "--data-dir", dataDir, "--tenant", tenant, "--type", "ios-update"),
                run("export", "--data-dir", dataDir, "--tenant", tenant, "--type", "ios-update"))) {
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err())
                    .contains("--data-dir " + dataDir + " cannot hold the embedded database: " + file
                            + " is a file, not a directory")
                    .doesNotContain("\tat ", "DbException");
        }
    }

    @Test
    void the_password_file_is_read_without_its_trailing_line_break() throws Exception {
        DatabaseServers.requireReachable(DatabaseServers.MARIADB);
        Path empty = Files.writeString(dir.resolve("empty-password"), "\n");
        Path wrong = Files.writeString(dir.resolve("wrong-password"), "wrong\n");

        // root has no password on the test server: the file's line break alone must not become one
        var read = run(
                "migrate",
                "info",
                "--jdbc-url",
                "jdbc:mariadb://127.0.0.1:3306/test",
                "--jdbc-user",
                "root",
                "--jdbc-password-file",
                empty.toString());
        var refused = run(
                "migrate",
                "info",
                "--jdbc-url",
                "jdbc:mariadb://127.0.0.1:3306/test",
                "--jdbc-user",
                "root",
                "--jdbc-password-file",
                wrong.toString());

        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("database:        mariadb jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Access denied").doesNotContain("wrong", "\tat ");
    }

    @Test
    void the_password_and_its_file_together_or_an_unreadable_file_are_usage_errors() {
        var both = run(
                "migrate",
                "info",
                "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/none",
                "--jdbc-password",
                "x",
                "--jdbc-password-file",
                dir.resolve("secret").toString());
        var missing = run(
                "migrate",
                "info",
                "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/none",
                "--jdbc-password-file",
                dir.resolve("no-such-secret").toString());
        var directory = run(
                "migrate",
                "info",
                "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/none",
                "--jdbc-password-file",
                dir.toString());
        var embedded = run("migrate", "info", "--data-dir", dir.toString(), "--jdbc-password", "x");

        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give --jdbc-password or --jdbc-password-file, not both");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .contains("--jdbc-password-file " + dir.resolve("no-such-secret") + ": cannot read it: "
                        + dir.resolve("no-such-secret") + " does not exist")
                .doesNotContain("\tat ");
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).contains("--jdbc-password-file " + dir + ": cannot read it");
        assertThat(embedded.exit()).isEqualTo(2);
        assertThat(embedded.err()).contains("need --jdbc-url");
    }

    @Test
    void pool_options_out_of_range_are_usage_errors_naming_the_option() {
        String data = dir.toString();
        var size = run("serve", "--data-dir", data, "--port", "0", "--db-pool-size", "0");
        var notDuration = run("serve", "--data-dir", data, "--port", "0", "--db-connect-timeout", "3x");
        var tooShort = run("serve", "--data-dir", data, "--port", "0", "--db-connect-timeout", "100ms");
        var statement = run("serve", "--data-dir", data, "--port", "0", "--db-statement-timeout", "500ms");

        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.err()).contains("--db-pool-size must be from 1 to 1000, not 0");
        assertThat(notDuration.exit()).isEqualTo(2);
        assertThat(notDuration.err())
                .contains("--db-connect-timeout", "'3x' is not a duration: write it as 500ms, 3s" + " or 1m");
        assertThat(tooShort.exit()).isEqualTo(2);
        assertThat(tooShort.err()).contains("--db-connect-timeout must be at least 250ms, not 100ms");
        assertThat(statement.exit()).isEqualTo(2);
        assertThat(statement.err()).contains("--db-statement-timeout must be at least 1s, not 500ms");
        assertThat(size.out() + notDuration.out() + tooShort.out() + statement.out())
                .doesNotContain("serving");
    }

    @Test
    void durations_are_written_short_or_as_iso_8601() {
        var converter = new PoolOptions.DurationConverter();

        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("3s")).isEqualTo(Duration.ofSeconds(3));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void each_driver_gets_its_timeouts_in_its_own_unit_and_batch_commands_no_read_timeout() {
        var server = new PoolSettings(10, Duration.ofMillis(2500), Option.some(Duration.ofSeconds(10)));

        assertThat(SqlDatabase.driverTimeouts(SqlVendor.POSTGRESQL, server))
                .isEqualTo(Map.of("connectTimeout", "3", "socketTimeout", "13"));
        assertThat(SqlDatabase.driverTimeouts(SqlVendor.MARIADB, server))
                .isEqualTo(Map.of("connectTimeout", "2500", "socketTimeout", "12500"));
        assertThat(SqlDatabase.driverTimeouts(SqlVendor.H2, server)).isEmpty();
        assertThat(SqlDatabase.driverTimeouts(SqlVendor.POSTGRESQL, PoolSettings.batch()))
                .isEqualTo(Map.of("connectTimeout", "3"));
        assertThat(server.validationTimeout()).isEqualTo(Duration.ofMillis(1250));
    }
}
