package com.acme.broken.application.port.in;

import com.acme.broken.domain.BrokenDevice;

public interface RetireDeviceUseCase {

    BrokenDevice retire(RetireDeviceCommand command);
}
