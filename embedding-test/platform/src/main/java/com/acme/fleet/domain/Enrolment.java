package com.acme.fleet.domain;

import java.util.Objects;
import java.util.UUID;

/** The platform's own record: a device enrolled in a tenant's fleet, and who owns it. */
public record Enrolment(UUID tenant, String deviceId, String owner) {

    public Enrolment {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(owner, "owner");
    }
}
