package io.devicestatus.domain.common;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The time rules every report follows: it may not claim to come from further in the future than {@code
 * maxFutureSkew} (device clocks drift, but a report from next week is corrupt), and it may not be older than the
 * report already stored (devices report out of order; the newest report wins).
 *
 * @param clock         where "now" comes from; the domain never reads the system clock itself
 * @param maxFutureSkew how far ahead of {@code clock} a report time may be; not negative
 */
public record ReportTimePolicy(Clock clock, Duration maxFutureSkew) {

    /** Five minutes: the usual tolerance for unsynchronised device clocks. */
    public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofMinutes(5);

    public ReportTimePolicy {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must not be negative: " + maxFutureSkew);
        }
    }

    /** The default skew of five minutes against the given clock. */
    public static ReportTimePolicy withDefaultSkew(Clock clock) {
        return new ReportTimePolicy(clock, DEFAULT_MAX_FUTURE_SKEW);
    }

    /** Refuses a report time later than now plus the allowed skew; exactly at the bound is accepted. */
    public Validation<Violation, GraphDateTime> notInFuture(String field, GraphDateTime reportTime) {
        var latest = clock.instant().plus(maxFutureSkew);
        return reportTime.instant().isAfter(latest)
                ? Validation.invalid(Violation.of(
                        field,
                        reportTime,
                        "is more than " + maxFutureSkew + " ahead of the current time " + clock.instant()))
                : Validation.valid(reportTime);
    }

    /** Refuses a report older than the stored one; an equal time is a repeated report and is accepted. */
    public static Either<DomainError, GraphDateTime> notStale(
            String field, GraphDateTime stored, GraphDateTime received) {
        return received.isBefore(stored)
                ? Either.left(new DomainError.Stale(field, stored.value(), received.value()))
                : Either.right(received);
    }
}
