package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * What happened to one imported item.
 *
 * @param index   the item's position in the input, from 0
 * @param outcome created, advanced, unchanged, or rejected
 * @param result  the stored status, or why the item was rejected
 */
public record ImportItemResult<T>(long index, Outcome outcome, Either<ApplicationError, Versioned<T>> result) {

    public ImportItemResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(result, "result");
        if (result.isLeft() != (outcome == Outcome.REJECTED)) {
            throw new IllegalArgumentException("a rejected item, and only one, carries an error: " + outcome);
        }
    }

    /**
     * E.g. {@code item 3: CREATED version 1 of IosUpdateDeviceStatus[...]} or {@code item 4: REJECTED: Invalid:
     * deviceId ...}: the error's message, not vavr's {@code Left(...)}.
     */
    @Override
    public String toString() {
        return "item " + index + ": " + outcome + " "
                + result.fold(error -> error.getClass().getSimpleName() + ": " + error.message(), Versioned::toString);
    }

    /** What an import did with one item. */
    public enum Outcome {
        CREATED,
        ADVANCED,
        UNCHANGED,
        REJECTED
    }
}
