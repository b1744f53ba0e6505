package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.vavr.control.Either;

/** Creates a status. */
public interface CreateStatusUseCase<T, S, D> {

    /**
     * Validates the command, then the domain's invariants; mints an id; stores the status at version 1. A natural key
     * already held is {@code Conflict}.
     */
    Either<ApplicationError, Versioned<T>> create(CreateStatusCommand<S, D> command);
}
