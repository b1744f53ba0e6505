package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.FleetError;
import com.acme.fleet.domain.UpdateState;
import io.vavr.control.Either;

/** Takes a device's report of its iOS update. */
public interface ReportUpdateUseCase {

    Either<FleetError, UpdateState> report(ReportUpdateCommand command);
}
