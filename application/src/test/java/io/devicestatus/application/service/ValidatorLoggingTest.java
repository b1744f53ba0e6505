package io.devicestatus.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hibernate-validator logs through JBoss Logging, which by itself picks SLF4J only when Logback is the binding and
 * java.util.logging otherwise: around a platform's SLF4J set-up. The library names SLF4J to it (a
 * {@code META-INF/services/org.jboss.logging.LoggerProvider} entry; the system property
 * {@code org.jboss.logging.provider} still wins), so its start-up line reaches SLF4J (slf4j-simple here, on stderr)
 * and nothing reaches java.util.logging.
 */
class ValidatorLoggingTest {

    @Test
    void hibernate_validator_logs_through_slf4j_and_nothing_through_java_util_logging(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        var process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ValidatorLoggingProbe.class.getName()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();

        assertThat(process.waitFor())
                .as("the probe's exit; stderr: %s", read(err))
                .isZero();
        String stdout = read(out);
        String stderr = read(err);
        assertThat(stdout).contains("probe done").doesNotContain("JUL ");
        assertThat(stderr)
                .as("slf4j-simple's line for hibernate-validator's start-up message")
                .containsPattern("INFO org\\.hibernate\\.validator\\.[\\w.]+ - HV000001");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
