package io.devicestatus.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code --log-level} and {@code --log-format} for every command (inherited by the subcommands), applied to Logback
 * before the command runs. Unset, logging is as {@code logback.xml} makes it: text on standard error, at the level
 * of the system property {@value #LEVEL_PROPERTY}, which {@link #defaultLevel} sets before Logback starts (INFO for
 * {@code serve}, WARN for commands whose output is their answer).
 */
public final class LogOptions {

    /** The level {@code logback.xml} reads. */
    public static final String LEVEL_PROPERTY = "device-status.log.level";

    static final String LEVEL = "--log-level";
    static final String FORMAT = "--log-format";

    /** The levels an operator chooses from. */
    public enum LogLevel {
        ERROR,
        WARN,
        INFO,
        DEBUG,
        TRACE
    }

    /** How lines are written: Logback's pattern, or one JSON object per line (Logback's {@link JsonEncoder}). */
    public enum LogFormat {
        TEXT,
        JSON
    }

    @Option(names = LEVEL, scope = ScopeType.INHERIT, paramLabel = "LEVEL", converter = LevelConverter.class)
    LogLevel level;

    @Option(names = FORMAT, scope = ScopeType.INHERIT, paramLabel = "FORMAT", converter = FormatConverter.class)
    LogFormat format;

    /**
     * Runs the command {@code parsed} names, its logging set up first: the options where given (on the top command
     * or the subcommand), else the command's default level.
     */
    public static int execute(ParseResult parsed) {
        LogLevel level = null;
        LogFormat format = null;
        String command = "";
        for (ParseResult at = parsed; at != null; at = at.subcommand()) {
            level = at.matchedOptionValue(LEVEL, level);
            format = at.matchedOptionValue(FORMAT, format);
            if (at != parsed && command.isEmpty()) {
                command = at.commandSpec().name();
            }
        }
        // not on the command line: perhaps from the environment (DEVICE_STATUS_LOG_LEVEL), which sets the value only
        level = level != null ? level : defaulted(parsed, LEVEL);
        format = format != null ? format : defaulted(parsed, FORMAT);
        defaultLevel(command);
        if (level != null || format != null) {
            apply(
                    level == null
                            ? LogLevel.valueOf(
                                    System.getProperty(LEVEL_PROPERTY).toUpperCase(Locale.ROOT))
                            : level,
                    format == null ? LogFormat.TEXT : format);
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** The option's value where a default provider gave it one, on the top command or a subcommand; else null. */
    private static <T> T defaulted(ParseResult parsed, String name) {
        for (ParseResult at = parsed; at != null; at = at.subcommand()) {
            var option = at.commandSpec().findOption(name);
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        return null;
    }

    /**
     * Sets {@value #LEVEL_PROPERTY} unless given: INFO for {@code serve}, WARN for the others, whose standard output
     * is their answer (the pool's and Flyway's start-up lines belong in a server's log only).
     */
    static void defaultLevel(String command) {
        String level = System.getProperty(LEVEL_PROPERTY, command.equals("serve") ? "INFO" : "WARN");
        if (Arrays.stream(LogLevel.values()).noneMatch(l -> l.name().equalsIgnoreCase(level.strip()))) {
            System.setProperty(LEVEL_PROPERTY, "INFO"); // as logback.xml would read an unknown level
        } else {
            System.setProperty(LEVEL_PROPERTY, level.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Sets the root level and, for JSON, gives every console/file appender of the root Logback's {@link JsonEncoder}
     * (the MDC and an access line's key-value pairs included). Does nothing when SLF4J is bound to another backend.
     */
    public static void apply(LogLevel level, LogFormat format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level.name()));
        if (format == LogFormat.TEXT) {
            return;
        }
        var appenders = new ArrayList<Appender<ILoggingEvent>>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        for (var appender : appenders) {
            if (appender instanceof OutputStreamAppender<ILoggingEvent> stream
                    && !(stream.getEncoder() instanceof JsonEncoder)) {
                var json = new JsonEncoder();
                json.setContext(context);
                // the line as text people read; the template ("message") stays, to group lines by
                json.setWithFormattedMessage(true);
                json.setWithArguments(false);
                json.start();
                stream.stop();
                stream.setEncoder(json);
                stream.start();
            }
        }
    }

    /** Reads a level in any case; anything else is a one-line usage error naming the levels. */
    static final class LevelConverter extends AnyCase<LogLevel> {
        LevelConverter() {
            super(LogLevel.class, "a level; use ERROR, WARN, INFO, DEBUG or TRACE");
        }
    }

    /** Reads text or json in any case. */
    static final class FormatConverter extends AnyCase<LogFormat> {
        FormatConverter() {
            super(LogFormat.class, "a log format; use text or json");
        }
    }

    /** One of an enum's constants by its name in any case; anything else is a usage error saying what it is not. */
    private abstract static class AnyCase<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

        private final Class<E> type;
        private final String expected;

        AnyCase(Class<E> type, String expected) {
            this.type = type;
            this.expected = expected;
        }

        @Override
        public E convert(String value) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                    .findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not " + expected));
        }
    }
}
