package io.devicestatus.application.model;

import java.util.Objects;

/**
 * A stored status and its version. Versions start at 1 and grow by one with every write, so a writer that read
 * version {@code n} can say "apply this only if it is still {@code n}" (optimistic concurrency).
 *
 * @param value   the status; never {@code null}
 * @param version at least 1
 * @param <T>     the status type
 */
public record Versioned<T>(T value, long version) {

    /** The version of a status that was just inserted. */
    public static final long FIRST = 1;

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < FIRST) {
            throw new IllegalArgumentException("versions start at " + FIRST + ": " + version);
        }
    }

    /** The same status at the next version, as a repository stores an update. */
    public Versioned<T> next(T newValue) {
        return new Versioned<>(newValue, version + 1);
    }

    /** E.g. {@code version 2 of IosUpdateDeviceStatus[...]}. */
    @Override
    public String toString() {
        return "version " + version + " of " + value;
    }
}
