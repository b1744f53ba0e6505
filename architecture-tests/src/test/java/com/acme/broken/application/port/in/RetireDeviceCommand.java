package com.acme.broken.application.port.in;

import com.acme.broken.domain.BrokenDevice;

public record RetireDeviceCommand(BrokenDevice device) {}
