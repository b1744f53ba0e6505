package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.FleetDevice;

public interface RetireDeviceUseCase<S> {

    FleetDevice retire(RetireDeviceCommand<S> command);
}
