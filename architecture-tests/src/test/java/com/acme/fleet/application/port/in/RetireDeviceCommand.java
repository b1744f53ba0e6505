package com.acme.fleet.application.port.in;

import com.acme.fleet.domain.FleetDevice;

/** Retire a device; its last status is looked up in device-status under {@code scope} and {@code statusId}. */
public record RetireDeviceCommand<S>(FleetDevice device, S scope, String statusId) {}
