package io.devicestatus.adapter.graph.http;

import java.time.Clock;
import java.util.Objects;

/**
 * Limits and collaborators of the HTTP core.
 *
 * @param maxBodyBytes the largest request body taken; larger ones are 413. A {@code $batch} body may be
 *                     20 times as large ({@link #maxBatchBodyBytes()})
 * @param maxSkip      the largest {@code $skip} taken (it costs reading what it skips); links page with cursors
 * @param clock        the time written into error bodies ({@code innerError.date})
 * @param readiness    asked by {@code GET /health/ready}
 * @param observer     told of every answered request
 */
public record GraphApiSettings(
        int maxBodyBytes, int maxSkip, Clock clock, ReadinessProbe readiness, ApiObserver observer) {

    /** 64 KiB: an entity with every text at its longest (4-byte characters) is under 16 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public static final int DEFAULT_MAX_SKIP = 10_000;

    public GraphApiSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(observer, "observer");
        if (maxBodyBytes < 1 || maxSkip < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive and maxSkip not negative");
        }
    }

    public static GraphApiSettings defaults(Clock clock) {
        return new GraphApiSettings(
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SKIP, clock, ReadinessProbe.alwaysReady(), ApiObserver.none());
    }

    /** The largest {@code $batch} body taken: room for as many requests as a batch holds, each at the limit. */
    public int maxBatchBodyBytes() {
        // readNBytes(limit + 1) must not overflow, nor ask for an array larger than a JVM makes
        return (int) Math.min((long) BatchRequest.MAX_REQUESTS * maxBodyBytes, Integer.MAX_VALUE - 16);
    }

    public GraphApiSettings withMaxBodyBytes(int bytes) {
        return new GraphApiSettings(bytes, maxSkip, clock, readiness, observer);
    }

    public GraphApiSettings withReadiness(ReadinessProbe probe) {
        return new GraphApiSettings(maxBodyBytes, maxSkip, clock, probe, observer);
    }

    public GraphApiSettings withObserver(ApiObserver newObserver) {
        return new GraphApiSettings(maxBodyBytes, maxSkip, clock, readiness, newObserver);
    }
}
