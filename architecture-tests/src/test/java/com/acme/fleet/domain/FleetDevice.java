package com.acme.fleet.domain;

import io.devicestatus.domain.common.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A device of the fleet; its tenant is device-status' own domain type. */
public record FleetDevice(TenantId tenant, String name, Optional<Instant> retiredAt) {

    public FleetDevice retired(Clock clock) {
        return new FleetDevice(tenant, name, Optional.of(clock.instant()));
    }
}
