package io.devicestatus.application.model;

import java.util.Objects;

/**
 * One write in a batch handed to {@link io.devicestatus.application.port.out.StatusRepository#writeAll}.
 *
 * @param <T> the status type
 */
public sealed interface Write<T> {

    /** The status written. */
    T status();

    /**
     * Adds a new status at version {@link Versioned#FIRST}; refused with {@code Conflict} when its id or natural key
     * is taken.
     */
    record Insert<T>(T status) implements Write<T> {
        public Insert {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Replaces the stored status of the same id, only if it is still at {@code expectedVersion}; refused with
     * {@code VersionMismatch} otherwise, {@code NotFound} when it is gone, {@code Conflict} when the new natural key
     * belongs to another status.
     */
    record Update<T>(T status, long expectedVersion) implements Write<T> {
        public Update {
            Objects.requireNonNull(status, "status");
        }
    }
}
