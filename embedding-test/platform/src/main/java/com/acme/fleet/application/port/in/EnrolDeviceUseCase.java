package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.FleetError;
import io.vavr.control.Either;

/** Enrols a device: records who owns it and starts its update status at what it reports first. */
public interface EnrolDeviceUseCase {

    Either<FleetError, EnrolDeviceResult> enrol(EnrolDeviceCommand command);
}
