package io.devicestatus.application.model;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * List conditions for iOS update statuses.
 *
 * @param installStatus on {@code installStatus}
 * @param status        on {@code status} (compliance)
 * @param deviceId      on {@code deviceId}, which may be absent
 */
public record IosUpdateStatusFilter(
        Match<IosUpdatesInstallStatus> installStatus, Match<ComplianceStatus> status, Match<String> deviceId)
        implements StatusFilter<IosUpdateDeviceStatus> {

    /** The filter that passes every status. */
    public static final IosUpdateStatusFilter ANY = new IosUpdateStatusFilter(Match.any(), Match.any(), Match.any());

    public IosUpdateStatusFilter {
        Objects.requireNonNull(installStatus, "installStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deviceId, "deviceId");
    }

    @Override
    public boolean test(IosUpdateDeviceStatus candidate) {
        return installStatus.test(Option.some(candidate.installStatus()))
                && status.test(Option.some(candidate.status()))
                && deviceId.test(candidate.deviceId());
    }

    public IosUpdateStatusFilter withInstallStatus(Match<IosUpdatesInstallStatus> match) {
        return new IosUpdateStatusFilter(match, status, deviceId);
    }

    public IosUpdateStatusFilter withStatus(Match<ComplianceStatus> match) {
        return new IosUpdateStatusFilter(installStatus, match, deviceId);
    }

    public IosUpdateStatusFilter withDeviceId(Match<String> match) {
        return new IosUpdateStatusFilter(installStatus, status, match);
    }
}
