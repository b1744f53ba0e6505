package io.devicestatus.adapter.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the library's start leaves in a platform's logs, each run in a JVM of its own ({@link LoggingProbe}): no jOOQ
 * logo or tip, hibernate-validator through SLF4J (slf4j-simple here, on stderr), nothing through java.util.logging,
 * and no system property left changed. A platform that sets jOOQ's switches itself keeps its choice.
 */
class LoggingTest {

    private static final String LOGO = "Thank you for using jOOQ";
    private static final String TIP = "tip of the day";

    @TempDir
    Path dir;

    @Test
    void the_library_logs_no_jooq_logo_or_tip_and_nothing_through_java_util_logging()
            throws IOException, InterruptedException {
        var run = probe();

        assertThat(run.out()).contains("probe done").doesNotContain("JUL ");
        assertThat(run.out() + run.err()).doesNotContain(LOGO).doesNotContainIgnoringCase(TIP);
        assertThat(run.err())
                .as("slf4j-simple's line for hibernate-validator's start-up message")
                .containsPattern("INFO org\\.hibernate\\.validator\\.[\\w.]+ - HV000001");
        assertThat(run.out())
                .as("no system property left set")
                .contains("property org.jooq.no-logo=null")
                .contains("property org.jooq.no-tips=null");
    }

    @Test
    void a_platform_that_sets_jooqs_switches_itself_keeps_its_choice() throws IOException, InterruptedException {
        var run = probe("-Dorg.jooq.no-logo=false", "-Dorg.jooq.no-tips=false");

        assertThat(run.out()).contains("probe done").doesNotContain("JUL ");
        assertThat(run.err()).as("jOOQ's logo, through SLF4J").contains(LOGO);
        assertThat(run.out()).contains("property org.jooq.no-logo=false").contains("property org.jooq.no-tips=false");
    }

    private record Run(String out, String err) {}

    private Run probe(String... jvmOptions) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        var command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName()));
        var process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        int exit = process.waitFor();
        var run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(exit).as("the probe's exit; stderr: %s", run.err()).isZero();
        return run;
    }
}
