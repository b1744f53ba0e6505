package io.devicestatus.application.contract;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.error.DomainError;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the per-type suites share to build their statuses. */
final class ContractStatuses {

    /** Far enough ahead that no report time of the kit is in the future. */
    static final ReportTimePolicy POLICY =
            ReportTimePolicy.withDefaultSkew(Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC));

    private static final OffsetDateTime BASE = OffsetDateTime.parse("2026-11-23T11:00:00.1234567+01:00");

    private ContractStatuses() {}

    /**
     * {@code minutes} after the base time, with all seven fractional digits and a non-UTC offset (what Graph sends),
     * so a store that drops the 100-ns digit or the offset fails the round trip.
     */
    static GraphDateTime at(int minutes) {
        return new GraphDateTime(BASE.plusMinutes(minutes).plusNanos(100L * (minutes % 10)));
    }

    /** The value the domain's factory answers; the kit's statuses are valid by construction. */
    static <T> T valid(Either<DomainError, T> created) {
        return created.getOrElseThrow(error -> new IllegalStateException("the contract kit built an invalid status: "
                + ApplicationError.of(error).message()));
    }

    /** {@code values[n mod length]}. */
    static <E> E pick(E[] values, int n) {
        return values[Math.floorMod(n, values.length)];
    }
}
