package io.devicestatus.application.port.in;

import io.devicestatus.application.model.Versioned;
import java.util.Objects;

/**
 * What a report did.
 *
 * @param outcome created, advanced, or unchanged (the same report again: nothing written)
 * @param status  the stored status afterwards
 */
public record ReportResult<T>(Outcome outcome, Versioned<T> status) {

    public ReportResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
    }

    /** E.g. {@code ADVANCED to version 2 of IosUpdateDeviceStatus[...]}. */
    @Override
    public String toString() {
        return outcome + " to " + status;
    }

    /** What a report did to the store. */
    public enum Outcome {
        CREATED,
        ADVANCED,
        UNCHANGED
    }
}
