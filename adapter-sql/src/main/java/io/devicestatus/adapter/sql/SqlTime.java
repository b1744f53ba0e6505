package io.devicestatus.adapter.sql;

import io.devicestatus.domain.common.GraphDateTime;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A {@link GraphDateTime} as two columns: 100-ns ticks since 1970-01-01T00:00Z and the offset it was received with,
 * in seconds. Exact on every vendor (PostgreSQL and MariaDB timestamps keep 6 fractional digits, Graph sends 7), and
 * ordered as the instants are.
 */
final class SqlTime {

    private static final long TICKS_PER_SECOND = 10_000_000L;
    private static final int NANOS_PER_TICK = GraphDateTime.PRECISION_NANOS;

    private SqlTime() {}

    static long ticks(GraphDateTime time) {
        return ticks(time.instant());
    }

    /** {@code instant} in 100-ns ticks; exact for an instant of a {@link GraphDateTime}, whose precision that is. */
    static long ticks(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), TICKS_PER_SECOND), instant.getNano() / NANOS_PER_TICK);
    }

    static int offsetSeconds(GraphDateTime time) {
        return time.value().getOffset().getTotalSeconds();
    }

    static GraphDateTime time(long ticks, int offsetSeconds) {
        Instant instant = Instant.ofEpochSecond(
                Math.floorDiv(ticks, TICKS_PER_SECOND), Math.floorMod(ticks, TICKS_PER_SECOND) * NANOS_PER_TICK);
        return new GraphDateTime(instant.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }
}
