package io.devicestatus.domain.appinstall;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;

/**
 * Graph's {@code resultantAppState} (beta): an app's install state on one device. It is both
 * {@code installState} and {@code mobileAppInstallStatusValue} of a {@link MobileAppInstallStatus}.
 *
 * <p>The last column is the error-code rule: {@code errorCode} is non-zero exactly for the states marked
 * {@code true}, the ones whose details say "see the error code" ({@code seeInstallErrorCode} goes only with
 * {@code failed}, {@code seeUninstallErrorCode} only with {@code uninstallFailed}).
 */
public enum ResultantAppState implements GraphEnum {
    // constant        wire name          value  has an error code
    NOT_APPLICABLE("notApplicable", -1, false),
    INSTALLED("installed", 1, false),
    FAILED("failed", 2, true),
    NOT_INSTALLED("notInstalled", 3, false),
    UNINSTALL_FAILED("uninstallFailed", 4, true),
    PENDING_INSTALL("pendingInstall", 5, false),
    UNKNOWN("unknown", 99, false);

    public static final GraphEnumType<ResultantAppState> TYPE =
            GraphEnumType.of("resultantAppState", ResultantAppState.class);

    private final Member member;
    private final boolean hasErrorCode;

    ResultantAppState(String wireName, int value, boolean hasErrorCode) {
        // the whole enumeration is beta only, like mobileAppInstallStatus
        this.member = new Member(wireName, value, ApiVersion.BETA_ONLY);
        this.hasErrorCode = hasErrorCode;
    }

    @Override
    public Member member() {
        return member;
    }

    /** Whether a status in this state carries a non-zero {@code errorCode} (and no other state may). */
    public boolean hasErrorCode() {
        return hasErrorCode;
    }
}
