package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.vavr.control.Either;

/** Reads one status. */
public interface GetStatusUseCase<T, S> {

    /** The status, or {@code NotFound} when it does not exist in that scope. */
    Either<ApplicationError, Versioned<T>> get(GetStatusQuery<S> query);
}
