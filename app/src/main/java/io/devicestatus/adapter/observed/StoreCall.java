package io.devicestatus.adapter.observed;

import java.time.Duration;
import java.util.Objects;

/**
 * One call of a store's port, as a metric records it.
 *
 * @param type      the status type the port stores ({@code ios-update}, {@code app-configuration},
 *                  {@code app-install}), or {@code any} for a transaction
 * @param operation the port method, e.g. {@code list}, {@code writeAll}, {@code transaction}
 * @param outcome   {@code success}, the kind of error answered in snake case ({@code not_found},
 *                  {@code unavailable}...), or {@code exception}: a fixed, small set
 * @param duration  how long the call took
 */
public record StoreCall(String type, String operation, String outcome, Duration duration) {

    public StoreCall {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }
}
