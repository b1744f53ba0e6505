package io.devicestatus.app;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code serve}'s connection pool: its size and how long it waits on the database, so that a database that is lost
 * turns into 503s within seconds rather than requests hanging. The batch commands keep unbounded statements.
 */
final class PoolOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--db-pool-size", paramLabel = "N", defaultValue = "10")
    int poolSize;

    @picocli.CommandLine.Option(names = "--db-connect-timeout", paramLabel = "DURATION", defaultValue = "3s")
    Duration connectTimeout;

    @picocli.CommandLine.Option(names = "--db-statement-timeout", paramLabel = "DURATION", defaultValue = "10s")
    Duration statementTimeout;

    /** The options as settings; a usage error naming the option when one is out of range. */
    PoolSettings settings() {
        if (poolSize < 1 || poolSize > 1000) {
            throw new ParameterException(spec.commandLine(), "--db-pool-size must be from 1 to 1000, not " + poolSize);
        }
        if (connectTimeout.compareTo(PoolSettings.LEAST_CONNECT_TIMEOUT) < 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--db-connect-timeout must be at least 250ms, not " + DurationConverter.show(connectTimeout));
        }
        if (statementTimeout.toSeconds() < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--db-statement-timeout must be at least 1s, not " + DurationConverter.show(statementTimeout));
        }
        return new PoolSettings(poolSize, connectTimeout, Option.some(statementTimeout));
    }

    /**
     * {@code 500ms}, {@code 3s}, {@code 2m}, or an ISO-8601 duration ({@code PT3S}): how every {@link Duration} option
     * is read ({@link DeviceStatusCommand} registers it for the type).
     */
    static final class DurationConverter implements ITypeConverter<Duration> {

        private static final Pattern SHORT = Pattern.compile("([0-9]{1,9})(ms|s|m)");

        @Override
        public Duration convert(String value) {
            var matcher = SHORT.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMinutes(amount);
                };
            }
            try {
                return Duration.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration: write it as 500ms, 3s or 1m");
            }
        }

        static String show(Duration duration) {
            return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
        }
    }
}
