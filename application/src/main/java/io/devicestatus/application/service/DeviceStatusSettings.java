package io.devicestatus.application.service;

import io.devicestatus.domain.common.ReportTimePolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the use cases behave, with sane defaults ({@link #defaults(Clock)}).
 *
 * @param clock            "now" for the report-time rules
 * @param maxFutureSkew    how far ahead of {@code clock} a report time may be (default 5 minutes)
 * @param importBatchSize  items per bulk-import transaction (default 500; 1 to 10,000)
 * @param maxWriteAttempts how often a write that lost a race is tried in all, where retrying is safe (default 5;
 *                         1 to 100)
 */
public record DeviceStatusSettings(Clock clock, Duration maxFutureSkew, int importBatchSize, int maxWriteAttempts) {

    public static final int DEFAULT_IMPORT_BATCH_SIZE = 500;
    public static final int DEFAULT_MAX_WRITE_ATTEMPTS = 5;

    public DeviceStatusSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must not be negative: " + maxFutureSkew);
        }
        if (importBatchSize < 1 || importBatchSize > 10_000) {
            throw new IllegalArgumentException("importBatchSize must be 1 to 10000: " + importBatchSize);
        }
        if (maxWriteAttempts < 1 || maxWriteAttempts > 100) {
            throw new IllegalArgumentException("maxWriteAttempts must be 1 to 100: " + maxWriteAttempts);
        }
    }

    /** The defaults, against {@code clock}. */
    public static DeviceStatusSettings defaults(Clock clock) {
        return new DeviceStatusSettings(
                clock, ReportTimePolicy.DEFAULT_MAX_FUTURE_SKEW, DEFAULT_IMPORT_BATCH_SIZE, DEFAULT_MAX_WRITE_ATTEMPTS);
    }

    public DeviceStatusSettings withImportBatchSize(int size) {
        return new DeviceStatusSettings(clock, maxFutureSkew, size, maxWriteAttempts);
    }

    public DeviceStatusSettings withMaxWriteAttempts(int attempts) {
        return new DeviceStatusSettings(clock, maxFutureSkew, importBatchSize, attempts);
    }

    ReportTimePolicy reportTimePolicy() {
        return new ReportTimePolicy(clock, maxFutureSkew);
    }
}
