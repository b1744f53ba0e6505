package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.vavr.control.Either;

/** Changes some properties of a status (PATCH semantics). */
public interface UpdateStatusUseCase<T, S, D> {

    /**
     * Applies the partial update (see {@link UpdateStatusCommand}); answers the stored result. {@code Invalid} for a
     * bad change (every violation), {@code NotFound}, {@code IllegalTransition}, {@code Stale},
     * {@code VersionMismatch} when {@code expectedVersion} is not the stored one, {@code Conflict} when a changed
     * natural key is taken.
     */
    Either<ApplicationError, Versioned<T>> update(UpdateStatusCommand<S, D> command);
}
