package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;

/** Reads statuses page by page. */
public interface ListStatusesUseCase<T, S, D> {

    /**
     * One page, in the query's order; {@code Invalid} for a bad page size, a cursor this service did not issue, or a
     * cursor issued for another order.
     */
    Either<ApplicationError, StatusPageResult<T>> list(ListStatusesQuery<S, D> query);
}
