package io.devicestatus.adapter.graph.client;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Graph's {@code Retry-After}: seconds, possibly fractional ({@code 2.128}), or an HTTP date. A date in the past is
 * no wait; anything unreadable is none, and the caller falls back to its own backoff.
 */
public final class RetryAfter {

    /** A server asking for more than a day is taken at a day: the caller's total budget decides anyway. */
    static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {}

    /** The wait a header value asks for, relative to {@code now} for a date. */
    public static Option<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Option.none();
        }
        String text = value.trim();
        if (text.matches("[0-9]{1,10}(\\.[0-9]{1,9})?")) {
            var nanos = new BigDecimal(text).movePointRight(9).toBigInteger();
            return Option.some(bounded(
                    nanos.compareTo(BigDecimal.valueOf(MAX.toNanos()).toBigInteger()) > 0
                            ? MAX
                            : Duration.ofNanos(nanos.longValueExact())));
        }
        try {
            var date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Option.some(bounded(Duration.between(now, date)));
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }

    private static Duration bounded(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
