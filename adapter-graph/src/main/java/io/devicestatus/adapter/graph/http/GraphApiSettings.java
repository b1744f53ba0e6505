package io.devicestatus.adapter.graph.http;

import java.time.Clock;
import java.util.Objects;

/**
 * Limits and collaborators of the HTTP core.
 *
 * @param maxBodyBytes the largest request body taken; larger ones are 413
 * @param maxSkip      the largest {@code $skip} taken (it costs reading what it skips); links page with cursors
 * @param clock        the time written into error bodies ({@code innerError.date})
 */
public record GraphApiSettings(int maxBodyBytes, int maxSkip, Clock clock) {

    /** 64 KiB: an entity with every text at its longest (4-byte characters) is under 16 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_SKIP = 10_000;

    public GraphApiSettings {
        Objects.requireNonNull(clock, "clock");
        if (maxBodyBytes < 1 || maxSkip < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive and maxSkip not negative");
        }
    }

    public static GraphApiSettings defaults(Clock clock) {
        return new GraphApiSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SKIP, clock);
    }

    public GraphApiSettings withMaxBodyBytes(int bytes) {
        return new GraphApiSettings(bytes, maxSkip, clock);
    }
}
