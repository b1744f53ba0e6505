package com.acme.fleet.application.port.in;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A device joining {@code tenant}'s fleet with the OS version it is to install, as of {@code reportedAt}. */
public record EnrolDeviceCommand(
        UUID tenant, String deviceId, String owner, String osVersion, OffsetDateTime reportedAt) {}
