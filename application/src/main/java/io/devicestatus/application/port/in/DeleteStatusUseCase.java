package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.vavr.control.Either;

/** Removes a status. */
public interface DeleteStatusUseCase<T, S> {

    /** Removes the status and answers what was removed; {@code NotFound} when there was none. */
    Either<ApplicationError, Versioned<T>> delete(DeleteStatusCommand<S> command);
}
