package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;

/** Applies a device's report: create-or-advance by natural key. */
public interface ReportStatusUseCase<T, S, D> {

    /**
     * Creates the status when its natural key is new, advances it otherwise, or leaves it as it is when the report
     * repeats the stored state. Races with other writers are retried a bounded number of times.
     */
    Either<ApplicationError, ReportResult<T>> report(ReportStatusCommand<S, D> command);
}
