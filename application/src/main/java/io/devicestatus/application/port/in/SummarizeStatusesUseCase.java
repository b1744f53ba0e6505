package io.devicestatus.application.port.in;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;

/** Counts statuses per state value per scope: the overview an admin console shows. */
public interface SummarizeStatusesUseCase<S> {

    Either<ApplicationError, StatusSummaryResult<S>> summarize(SummarizeStatusesQuery<S> query);
}
