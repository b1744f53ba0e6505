package io.devicestatus.application.model;

import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * List conditions for app-install device statuses.
 *
 * @param installState on {@code installState} (the same value as {@code mobileAppInstallStatusValue})
 * @param deviceId     on {@code deviceId}, which may be absent
 */
public record AppInstallStatusFilter(Match<ResultantAppState> installState, Match<String> deviceId)
        implements StatusFilter<MobileAppInstallStatus> {

    /** The filter that passes every status. */
    public static final AppInstallStatusFilter ANY = new AppInstallStatusFilter(Match.any(), Match.any());

    public AppInstallStatusFilter {
        Objects.requireNonNull(installState, "installState");
        Objects.requireNonNull(deviceId, "deviceId");
    }

    @Override
    public boolean test(MobileAppInstallStatus candidate) {
        return installState.test(Option.some(candidate.installState())) && deviceId.test(candidate.deviceId());
    }

    public AppInstallStatusFilter withInstallState(Match<ResultantAppState> match) {
        return new AppInstallStatusFilter(match, deviceId);
    }

    public AppInstallStatusFilter withDeviceId(Match<String> match) {
        return new AppInstallStatusFilter(installState, match);
    }
}
