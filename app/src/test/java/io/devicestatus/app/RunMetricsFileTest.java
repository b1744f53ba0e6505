package io.devicestatus.app;

import static io.devicestatus.app.ImportFixtures.TENANT_A;
import static io.devicestatus.app.ImportFixtures.ios;
import static io.devicestatus.app.ImportFixtures.typedIos;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code sync} with {@code --metrics-file}: the run's metrics as Prometheus text. */
class RunMetricsFileTest {

    private static final String T1 = "2026-11-23T10:00:00.1234567+01:00";

    @TempDir
    Path dir;

    @Test
    void import_writes_its_items_by_type_and_outcome_its_duration_and_exit_code() throws Exception {
        var input = Files.writeString(
                dir.resolve("a.ndjson"),
                typedIos("d1", "available", T1) + "\n" + typedIos("d2", "idle", T1) + "\n"
                        + "{\"deviceId\":\"broken\"}\n");
        var metrics = dir.resolve("import.prom");

        var run = CommandLineTest.run(
                "import",
                "--tenant",
                TENANT_A,
                "--data-dir",
                dir.resolve("data").toString(),
                "--metrics-file",
                metrics.toString(),
                input.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1); // one item rejected
        String text = Files.readString(metrics);
        assertThat(text)
                .contains("# TYPE device_status_import_items_total counter")
                .contains("device_status_import_items_total{outcome=\"created\",type=\"ios-update\"} 2.0")
                .contains("device_status_import_items_total{outcome=\"rejected\",type=\"ios-update\"} 1.0")
                .contains("device_status_import_items_total{outcome=\"stale\",type=\"ios-update\"} 0.0")
                .contains("device_status_import_exit_code 1.0")
                .containsPattern("(?m)^device_status_import_duration_seconds [0-9.E-]+$")
                .containsPattern("(?m)^device_status_import_finished_timestamp_seconds 1\\.[0-9]+E9$");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void a_second_run_replaces_the_file_and_a_file_that_cannot_be_written_fails_the_run() throws Exception {
        var input = Files.writeString(dir.resolve("a.json"), "[" + ios("d1", "available", T1) + "]");
        var metrics = dir.resolve("import.prom");
        String[] args = {
            "import",
            "--tenant",
            TENANT_A,
            "--type",
            "ios-update",
            "--data-dir",
            dir.resolve("data").toString(),
            "--metrics-file",
            metrics.toString(),
            input.toString()
        };

        assertThat(CommandLineTest.run(args).exit()).isZero();
        assertThat(CommandLineTest.run(args).exit()).isZero();
        assertThat(Files.readString(metrics))
                .contains("device_status_import_items_total{outcome=\"unchanged\",type=\"ios-update\"} 1.0")
                .contains("device_status_import_items_total{outcome=\"created\",type=\"ios-update\"} 0.0")
                .contains("device_status_import_exit_code 0.0");

        var nowhere = dir.resolve("no-such-dir").resolve("import.prom");
        var failed = CommandLineTest.run(
                "import",
                "--tenant",
                TENANT_A,
                "--type",
                "ios-update",
                "--data-dir",
                dir.resolve("data").toString(),
                "--metrics-file",
                nowhere.toString(),
                input.toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err().strip())
                .startsWith("device-status: cannot write --metrics-file " + nowhere + ": ")
                .endsWith("the directory must exist and be writable")
                .doesNotContain("\n\tat ");
    }

    @Test
    void sync_writes_its_items_by_type_and_outcome() throws Exception {
        try (var upstream = ServerUnderTest.inMemory()) {
            var created = upstream.post(
                    "/v1.0/deviceManagement/iosUpdateStatuses",
                    upstream.admin(),
                    ServerUnderTest.seed("001-request.json"));
            assertThat(created.status()).isEqualTo(201);
            var tokenFile = Files.writeString(
                    dir.resolve("token"),
                    upstream.sign(List.of(ServerUnderTest.CONFIG_READ), List.empty(), ServerUnderTest.TENANT));
            var metrics = dir.resolve("sync.prom");

            var run = CommandLineTest.run(
                    "sync",
                    "--type",
                    "ios-update",
                    "--graph-url",
                    upstream.baseUri().toString(),
                    "--token-file",
                    tokenFile.toString(),
                    "--data-dir",
                    dir.resolve("local").toString(),
                    "--metrics-file",
                    metrics.toString());

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Files.readString(metrics))
                    .contains("device_status_sync_items_total{outcome=\"created\",type=\"ios-update\"} 1.0")
                    .contains("device_status_sync_items_total{outcome=\"rejected\",type=\"ios-update\"} 0.0")
                    .contains("device_status_sync_exit_code 0.0");
        }
    }
}
