package io.devicestatus.app;

import static io.devicestatus.app.ImportFixtures.TENANT_A;
import static io.devicestatus.app.ImportFixtures.ios;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import -} in a JVM of its own capped at {@code -Xmx128m}, NDJSON generated as it is read through a pipe to
 * its standard input, into the embedded H2 database: it must hold one batch at a time. 20,000 items by default
 * (one device in ten reports ten times) to keep the build under a minute, as H2's look-up by natural key slows with
 * the table; {@code -Dimport.items=1000000} runs the million (the README's run of a million went to PostgreSQL).
 */
class ImportSmallHeapTest {

    private static final int ITEMS = Integer.getInteger("import.items", 20_000);

    @TempDir
    Path dir;

    @Test
    void a_long_ndjson_stream_on_stdin_imports_in_128_mb_of_heap() throws Exception {
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-Dorg.jooq.no-logo=true",
                "-cp",
                System.getProperty("java.class.path"),
                DeviceStatusCommand.class.getName(),
                "import",
                "--tenant",
                TENANT_A,
                "--type",
                "ios-update",
                "--data-dir",
                dir.resolve("data").toString(),
                "--progress-seconds",
                "5",
                "-");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        int devices = Math.max(1, ITEMS / 10);
        try (var in = new BufferedWriter(
                new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < ITEMS; i++) {
                int round = i / devices;
                in.write(ios(
                        "device-" + (i % devices),
                        round == 0 ? "available" : "downloading",
                        String.format("2026-11-23T10:%02d:%02d.1234567+01:00", round / 60 % 60, round % 60)));
                in.write('\n');
            }
        }
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String out = java.nio.file.Files.readString(dir.resolve("out.txt"));
        System.out.println(out);

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out)
                .contains(
                        "import: " + ITEMS + " items read",
                        ": " + devices + " created, " + (ITEMS - devices)
                                + " advanced, 0 unchanged, 0 stale, 0 rejected")
                .doesNotContain("OutOfMemory");
    }
}
