package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import io.devicestatus.app.logging.LogOptions;
import io.devicestatus.app.logging.LogOptions.LogFormat;
import io.devicestatus.app.logging.LogOptions.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** {@code --log-level} and {@code --log-format}: parsed on every command, applied to Logback. */
class LogOptionsTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreTheTestConfiguration() throws Exception {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
        MDC.clear();
    }

    @Test
    void json_lines_parse_and_carry_the_mdc_and_the_level_filters() {
        LogOptions.apply(LogLevel.WARN, LogFormat.JSON);

        String err = stderrDuring(() -> {
            var log = LoggerFactory.getLogger("test.json");
            MDC.put("request-id", "r-1");
            log.info("not at WARN");
            log.warn("a \"quoted\" line");
            MDC.clear();
            log.error("outside a request");
        });

        var lines = Arrays.stream(err.split("\n"))
                .filter(l -> !l.isBlank())
                .map(ServerUnderTest::json)
                .toList();
        assertThat(lines)
                .extracting(l -> l.path("formattedMessage").asText())
                .containsExactly("a \"quoted\" line", "outside a request");
        assertThat(lines).extracting(l -> l.path("level").asText()).containsExactly("WARN", "ERROR");
        assertThat(lines.get(0).path("mdc").path("request-id").asText()).isEqualTo("r-1");
        assertThat(lines.get(1).path("mdc").path("request-id").isMissingNode()).isTrue();
        assertThat(lines).extracting(l -> l.path("loggerName").asText()).containsOnly("test.json");
    }

    @Test
    void a_level_alone_keeps_the_text_format() {
        LogOptions.apply(LogLevel.DEBUG, LogFormat.TEXT);

        String err = stderrDuring(() -> LoggerFactory.getLogger("test.text").debug("shown at DEBUG"));

        assertThat(err).contains("DEBUG", "test.text - shown at DEBUG").doesNotContain("{\"");
    }

    @Test
    void every_command_takes_the_options_before_or_after_its_name() {
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT");
        var before = CommandLineTest.run(
                "--log-level",
                "debug",
                "--log-format",
                "JSON",
                "token",
                "--data-dir",
                dataDir.toString(),
                "--scope",
                "DeviceManagementApps.Read.All");
        assertThat(root.getLevel()).hasToString("DEBUG");
        var after = CommandLineTest.run(
                "token",
                "--data-dir",
                dataDir.toString(),
                "--scope",
                "DeviceManagementApps.Read.All",
                "--log-level",
                "ERROR");

        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(root.getLevel()).hasToString("ERROR");
    }

    @Test
    void the_options_also_come_from_the_environment() {
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT");
        var commandLine = DeviceStatusCommand.commandLine(java.util.Map.of("DEVICE_STATUS_LOG_LEVEL", "trace"));
        commandLine.setOut(new java.io.PrintWriter(new java.io.StringWriter()));

        int exit = commandLine.execute(
                "token", "--data-dir", dataDir.toString(), "--scope", "DeviceManagementApps.Read.All");

        assertThat(exit).isZero();
        assertThat(root.getLevel()).hasToString("TRACE");
    }

    @Test
    void a_wrong_level_or_format_is_a_usage_error_naming_what_is_allowed() {
        var level = CommandLineTest.run(
                "--log-level",
                "verbose",
                "token",
                "--data-dir",
                dataDir.toString(),
                "--scope",
                "DeviceManagementApps.Read.All");
        var format = CommandLineTest.run("summary", "--log-format", "xml");

        assertThat(level.exit()).isEqualTo(2);
        assertThat(level.err()).contains("'verbose' is not a level; use ERROR, WARN, INFO, DEBUG or TRACE");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("'xml' is not a log format; use text or json");
    }

    private static String stderrDuring(Runnable action) {
        var original = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
