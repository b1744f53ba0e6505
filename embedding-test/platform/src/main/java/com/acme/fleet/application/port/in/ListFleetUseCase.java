package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.FleetError;
import io.vavr.control.Either;

/** Lists one tenant's fleet. */
public interface ListFleetUseCase {

    Either<FleetError, ListFleetResult> list(ListFleetQuery query);
}
