package com.acme.fleet.adapter.devicestatus;

import com.acme.fleet.application.port.out.IosUpdatesPort;
import com.acme.fleet.domain.FleetError;
import com.acme.fleet.domain.UpdateState;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.service.StatusService;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Either;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The platform's iOS update statuses, kept by device-status's use cases: each call is for the one tenant it names. */
public final class DeviceStatusIosUpdates implements IosUpdatesPort {

    /** How long a device may stay out of compliance after a report, by the platform's policy. */
    private static final java.time.Duration GRACE = java.time.Duration.ofDays(7);

    private final StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> statuses;

    public DeviceStatusIosUpdates(
            StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> statuses) {
        this.statuses = statuses;
    }

    @Override
    public Either<FleetError, UpdateState> create(
            UUID tenant, String deviceId, String osVersion, OffsetDateTime reportedAt) {
        // [use-cases-start]
        var scope = TenantScope.of(new TenantId(tenant));
        return draft(deviceId, osVersion, IosUpdatesInstallStatus.AVAILABLE, reportedAt)
                .flatMap(draft -> statuses.create(new CreateStatusCommand<>(scope, draft))
                        .mapLeft(error -> new FleetError(error.message())))
                .map(DeviceStatusIosUpdates::state);
        // [use-cases-end]
    }

    @Override
    public Either<FleetError, UpdateState> report(
            UUID tenant, String deviceId, String osVersion, String installStatus, OffsetDateTime reportedAt) {
        return IosUpdatesInstallStatus.TYPE
                .parse("installStatus", installStatus)
                .toEither()
                .mapLeft(violation -> new FleetError(violation.message()))
                .flatMap(status -> draft(deviceId, osVersion, status, reportedAt))
                .flatMap(draft -> statuses.report(new ReportStatusCommand<>(scope(tenant), draft))
                        .mapLeft(DeviceStatusIosUpdates::error))
                .map(result -> state(result.status()));
    }

    @Override
    public Either<FleetError, List<UpdateState>> list(UUID tenant) {
        var states = new ArrayList<UpdateState>();
        String cursor = null;
        do {
            var page = statuses.list(new ListStatusesQuery<>(
                    new TenantId(tenant), scope(tenant), StatusFilter.any(), null, cursor, false));
            if (page.isLeft()) {
                return Either.left(error(page.getLeft()));
            }
            page.get().items().forEach(status -> states.add(state(status)));
            cursor = page.get().nextCursor().getOrNull();
        } while (cursor != null);
        states.sort(Comparator.comparing(UpdateState::deviceId));
        return Either.right(List.copyOf(states));
    }

    private static TenantScope scope(UUID tenant) {
        return TenantScope.of(new TenantId(tenant));
    }

    /** The report as device-status takes it; a time finer than Graph's 100 ns is refused, naming the field. */
    private static Either<FleetError, IosUpdateDeviceStatus.Draft> draft(
            String deviceId, String osVersion, IosUpdatesInstallStatus installStatus, OffsetDateTime reportedAt) {
        return GraphDateTime.of("lastReportedDateTime", reportedAt)
                .toEither()
                .mapLeft(violation -> new FleetError(violation.field() + ": " + violation.message()))
                .map(reported -> IosUpdateProperties.draft()
                        .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                        .set(IosUpdateProperties.OS_VERSION, osVersion)
                        .set(IosUpdateProperties.DEVICE_ID, deviceId)
                        .set(
                                IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                new GraphDateTime(reported.value().plus(GRACE)))
                        .set(IosUpdateProperties.STATUS, ComplianceStatus.UNKNOWN)
                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, reported)
                        .build());
    }

    private static UpdateState state(Versioned<IosUpdateDeviceStatus> status) {
        var value = status.value();
        return new UpdateState(
                value.id().value(),
                value.deviceId().getOrNull(),
                value.osVersion().getOrNull(),
                value.installStatus().wireName(),
                status.version());
    }

    private static FleetError error(ApplicationError error) {
        return new FleetError(error.message());
    }
}
