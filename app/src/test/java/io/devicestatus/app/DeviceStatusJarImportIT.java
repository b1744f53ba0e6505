package io.devicestatus.app;

import static io.devicestatus.app.ImportFixtures.TENANT_A;
import static io.devicestatus.app.ImportFixtures.typedIos;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} from the packaged jar, as the README runs it: NDJSON on standard input, a rejects file, exit 1. */
class DeviceStatusJarImportIT {

    private static final Path JAR = Path.of("target", "device-status.jar");
    private static final String T1 = "2026-11-23T10:00:00.1234567+01:00";

    @TempDir
    Path dir;

    @Test
    void imports_stdin_from_the_jar_with_rejects_progress_and_exit_code() throws Exception {
        assertThat(JAR).exists();
        var rejects = dir.resolve("rejects.ndjson");
        var process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "import",
                        "--tenant",
                        TENANT_A,
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--rejects",
                        rejects.toString(),
                        "--progress-seconds",
                        "0",
                        "-")
                .start();
        try (var in = process.getOutputStream()) {
            in.write((typedIos("d1", "available", T1) + "\n\"oops\"\n" + typedIos("d2", "idle", T1) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out + err).isEqualTo(1);
        assertThat(out)
                .contains(
                        "import: 3 items read into h2 ",
                        "for tenant " + TENANT_A + ": 2 created, 0 advanced," + " 0 unchanged, 0 stale, 1 rejected");
        assertThat(err)
                .containsPattern("(?m)^import: \\d+ items, \\d+/s, \\d+ s$")
                .doesNotContain("\tat ");
        assertThat(Files.readAllLines(rejects))
                .containsExactly("{\"file\":\"-\",\"line\":2,\"errors\":[{\"field\":"
                        + "\"item\",\"message\":\"is a string, not a JSON object\"}],\"item\":\"oops\"}");
    }
}
