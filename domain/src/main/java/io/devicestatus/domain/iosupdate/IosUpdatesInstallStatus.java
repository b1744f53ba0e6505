package io.devicestatus.domain.iosupdate;

import static io.devicestatus.domain.iosupdate.IosUpdatePhase.DOWNLOAD;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.DOWNLOAD_FAILURE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.GENERAL_FAILURE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.INSTALL;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.INSTALL_FAILURE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.NOT_APPLICABLE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.PENDING;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.SUCCEEDED;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.UNDETERMINED;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import java.util.Set;

/**
 * Graph's {@code iosUpdatesInstallStatus}: where an iOS software update stands on one device. Eighteen members exist
 * in v1.0; beta adds four. Declared in Graph's numeric order.
 */
public enum IosUpdatesInstallStatus implements GraphEnum {
    // constant                              wire name                             Graph value  versions
    // phase
    MDM_CLIENT_CRASHED("mdmClientCrashed", -2016336109, ApiVersion.BETA_ONLY, GENERAL_FAILURE),
    TIMEOUT("timeout", -2016333898, ApiVersion.BETA_ONLY, GENERAL_FAILURE),
    DOWNLOADING("downloading", -2016330712, ApiVersion.ALL, DOWNLOAD),
    DOWNLOAD_FAILED("downloadFailed", -2016330711, ApiVersion.ALL, DOWNLOAD_FAILURE),
    DOWNLOAD_REQUIRES_COMPUTER("downloadRequiresComputer", -2016330710, ApiVersion.ALL, DOWNLOAD_FAILURE),
    DOWNLOAD_INSUFFICIENT_SPACE("downloadInsufficientSpace", -2016330709, ApiVersion.ALL, DOWNLOAD_FAILURE),
    DOWNLOAD_INSUFFICIENT_POWER("downloadInsufficientPower", -2016330708, ApiVersion.ALL, DOWNLOAD_FAILURE),
    DOWNLOAD_INSUFFICIENT_NETWORK("downloadInsufficientNetwork", -2016330707, ApiVersion.ALL, DOWNLOAD_FAILURE),
    INSTALLING("installing", -2016330706, ApiVersion.ALL, INSTALL),
    INSTALL_INSUFFICIENT_SPACE("installInsufficientSpace", -2016330705, ApiVersion.ALL, INSTALL_FAILURE),
    INSTALL_INSUFFICIENT_POWER("installInsufficientPower", -2016330704, ApiVersion.ALL, INSTALL_FAILURE),
    INSTALL_PHONE_CALL_IN_PROGRESS("installPhoneCallInProgress", -2016330703, ApiVersion.ALL, INSTALL_FAILURE),
    INSTALL_FAILED("installFailed", -2016330702, ApiVersion.ALL, INSTALL_FAILURE),
    NOT_SUPPORTED_OPERATION("notSupportedOperation", -2016330701, ApiVersion.ALL, NOT_APPLICABLE),
    SHARED_DEVICE_USER_LOGGED_IN_ERROR("sharedDeviceUserLoggedInError", -2016330699, ApiVersion.ALL, INSTALL_FAILURE),
    UPDATE_ERROR("updateError", -2016330697, ApiVersion.BETA_ONLY, GENERAL_FAILURE),
    DEVICE_OS_HIGHER_THAN_DESIRED_OS_VERSION(
            "deviceOsHigherThanDesiredOsVersion", -2016330696, ApiVersion.ALL, NOT_APPLICABLE),
    UPDATE_SCAN_FAILED("updateScanFailed", -2016324062, ApiVersion.BETA_ONLY, GENERAL_FAILURE),
    SUCCESS("success", 0, ApiVersion.ALL, SUCCEEDED),
    AVAILABLE("available", 1, ApiVersion.ALL, PENDING),
    IDLE("idle", 2, ApiVersion.ALL, PENDING),
    UNKNOWN("unknown", 3, ApiVersion.ALL, UNDETERMINED);

    public static final GraphEnumType<IosUpdatesInstallStatus> TYPE =
            GraphEnumType.of("iosUpdatesInstallStatus", IosUpdatesInstallStatus.class);

    private final Member member;
    private final IosUpdatePhase phase;

    IosUpdatesInstallStatus(String wireName, int value, Set<ApiVersion> versions, IosUpdatePhase phase) {
        this.member = new Member(wireName, value, versions);
        this.phase = phase;
    }

    @Override
    public Member member() {
        return member;
    }

    /** The lifecycle phase this status belongs to. */
    public IosUpdatePhase phase() {
        return phase;
    }
}
