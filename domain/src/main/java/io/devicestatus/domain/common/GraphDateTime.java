package io.devicestatus.domain.common;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * Graph's {@code DateTimeOffset}: an instant with 100-nanosecond precision (seven fractional digits, as Graph sends)
 * and the offset it was written with, so that a value is written back as it was received.
 *
 * <p>Two values are {@code equals} when both instant and offset match; use {@link #instant()} or
 * {@link #isBefore(GraphDateTime)} to compare moments.
 *
 * @param value never {@code null}; its nanoseconds are a multiple of 100
 */
public record GraphDateTime(OffsetDateTime value) implements Comparable<GraphDateTime> {

    /** Graph's precision: one tick of .NET's {@code DateTimeOffset}. */
    public static final int PRECISION_NANOS = 100;

    private static final String EXAMPLE = "2017-01-01T00:02:16.0971046+00:00";

    /** .NET's {@code DateTimeOffset} range, as an instant: what Graph can carry and every store can keep. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.9999999Z");
    /** .NET's DateTimeOffset takes offsets of whole minutes up to 14 hours either way. */
    public static final int MAX_OFFSET_SECONDS = 14 * 3600;

    /** ISO 8601 local date-time, then an optional offset ({@code Z} or {@code ±hh:mm}); no offset means UTC. */
    private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    public GraphDateTime {
        Objects.requireNonNull(value, "value");
        if (value.getNano() % PRECISION_NANOS != 0) {
            throw new IllegalArgumentException("DateTimeOffset is precise to 100 ns; got " + value);
        }
    }

    /**
     * Parses Graph's text form. Up to seven fractional digits are kept; more precision than 100 ns is refused rather
     * than silently rounded.
     */
    public static Validation<Violation, GraphDateTime> parse(String field, String text) {
        if (text == null) {
            return Validation.invalid(Violation.missing(field));
        }
        OffsetDateTime parsed;
        try {
            var temporal = PARSER.parse(text);
            var local = LocalDateTime.from(temporal);
            var offset = temporal.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(temporal.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            parsed = OffsetDateTime.of(local, offset);
        } catch (DateTimeParseException e) {
            return Validation.invalid(Violation.of(field, text, "is not an ISO 8601 date-time such as " + EXAMPLE));
        }
        return of(field, parsed);
    }

    /** Accepts a value whose precision Graph can carry. */
    public static Validation<Violation, GraphDateTime> of(String field, OffsetDateTime value) {
        if (value == null) {
            return Validation.invalid(Violation.missing(field));
        }
        if (value.getNano() % PRECISION_NANOS != 0) {
            return Validation.invalid(
                    Violation.of(field, value, "has more than 7 fractional digits; Graph keeps time to 100 ns"));
        }
        int offset = value.getOffset().getTotalSeconds();
        if (offset % 60 != 0 || Math.abs(offset) > MAX_OFFSET_SECONDS) {
            return Validation.invalid(Violation.of(
                    field,
                    value,
                    "has the offset " + value.getOffset()
                            + "; Graph's offsets are whole minutes from -14:00 to +14:00"));
        }
        // .NET's DateTimeOffset keeps both the instant and the local date-time within years 0001 to 9999
        if (value.toInstant().isBefore(EARLIEST)
                || value.toInstant().isAfter(LATEST)
                || value.getYear() < 1
                || value.getYear() > 9999) {
            return Validation.invalid(Violation.of(
                    field,
                    value,
                    "is outside Graph's DateTimeOffset range, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.9999999Z"
                            + " (in UTC and in its own offset)"));
        }
        return Validation.valid(new GraphDateTime(value));
    }

    /** The moment, independent of the offset it was written with. */
    public Instant instant() {
        return value.toInstant();
    }

    public boolean isBefore(GraphDateTime other) {
        return instant().isBefore(other.instant());
    }

    /** Orders by instant only. */
    @Override
    public int compareTo(GraphDateTime other) {
        return instant().compareTo(other.instant());
    }

    /** Graph's text form with the original offset, e.g. {@code 2016-12-31T23:56:44.951111-08:00}. */
    @Override
    public String toString() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
}
