package com.acme.fleet.web;

import com.acme.fleet.application.port.in.RetireDeviceCommand;
import com.acme.fleet.application.port.in.RetireDeviceUseCase;
import com.acme.fleet.domain.FleetDevice;

/** The platform's web layer: not a part of the hexagon, so no rule but cycles and the composition root's looks here. */
public final class FleetController<S> {
    private final RetireDeviceUseCase<S> retire;

    public FleetController(RetireDeviceUseCase<S> retire) {
        this.retire = retire;
    }

    public String retire(FleetDevice device, S scope, String statusId) {
        return retire.retire(new RetireDeviceCommand<>(device, scope, statusId)).name();
    }
}
