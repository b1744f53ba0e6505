package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;

/** Reads statuses page by page. */
public interface ListStatusesUseCase<T, S, F> {

    /** One page; {@code Invalid} for a bad page size or a cursor this service did not issue. */
    Either<ApplicationError, StatusPageResult<T>> list(ListStatusesQuery<S, F> query);
}
