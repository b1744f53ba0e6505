package com.acme.fleet.application.port.out;

import com.acme.fleet.domain.FleetError;
import com.acme.fleet.domain.UpdateState;
import io.vavr.control.Either;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Devices' iOS update statuses, kept for the platform by device-status; every call is for one tenant. */
public interface IosUpdatesPort {

    Either<FleetError, UpdateState> create(UUID tenant, String deviceId, String osVersion, OffsetDateTime reportedAt);

    Either<FleetError, UpdateState> report(
            UUID tenant, String deviceId, String osVersion, String installStatus, OffsetDateTime reportedAt);

    /** {@code tenant}'s statuses in device order. */
    Either<FleetError, List<UpdateState>> list(UUID tenant);
}
