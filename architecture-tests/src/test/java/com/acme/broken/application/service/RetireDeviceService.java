package com.acme.broken.application.service;

import com.acme.broken.application.port.in.RetireDeviceCommand;
import com.acme.broken.application.port.in.RetireDeviceUseCase;
import com.acme.broken.domain.BrokenDevice;
import com.acme.broken.persistence.JdbcDevices;

/** Breaks the application's allow-list: it reaches the platform's persistence instead of a port. */
public final class RetireDeviceService implements RetireDeviceUseCase {
    private final JdbcDevices devices;

    public RetireDeviceService(JdbcDevices devices) {
        this.devices = devices;
    }

    @Override
    public BrokenDevice retire(RetireDeviceCommand command) {
        BrokenDevice retired = command.device().retired();
        devices.save(retired);
        return retired;
    }
}
