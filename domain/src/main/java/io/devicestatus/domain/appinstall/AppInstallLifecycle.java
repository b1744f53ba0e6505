package io.devicestatus.domain.appinstall;

import static io.devicestatus.domain.appinstall.ResultantAppState.FAILED;
import static io.devicestatus.domain.appinstall.ResultantAppState.INSTALLED;
import static io.devicestatus.domain.appinstall.ResultantAppState.NOT_APPLICABLE;
import static io.devicestatus.domain.appinstall.ResultantAppState.NOT_INSTALLED;
import static io.devicestatus.domain.appinstall.ResultantAppState.PENDING_INSTALL;
import static io.devicestatus.domain.appinstall.ResultantAppState.UNINSTALL_FAILED;
import static io.devicestatus.domain.appinstall.ResultantAppState.UNKNOWN;

import io.devicestatus.domain.common.TransitionTable;

/**
 * How {@code installState} may move for one app on one device.
 *
 * <pre>
 * from \ to         installed failed notInstalled uninstallFailed pendingInstall notApplicable unknown
 * pendingInstall        x       x         x              .              x              x          x
 * installed             x       .         x              x              x              x          x
 * failed                x       x         x              .              x              x          x
 * notInstalled          x       x         x              .              x              x          x
 * uninstallFailed       x       .         x              x              .              x          x
 * notApplicable         x       x         x              .              x              x          x
 * unknown               x       x         x              x              x              x          x
 * </pre>
 *
 * <p>Why: an install ends {@code installed} or {@code failed}; an installed app goes back to {@code pendingInstall}
 * for an update and to {@code notInstalled} (or {@code uninstallFailed}) on removal, so it never jumps straight to
 * {@code failed}; only an installed app can fail to uninstall; after a failed uninstall the app is still there, so
 * it may become {@code installed} again (removal withdrawn) or {@code notInstalled} (retry worked). Any state may
 * become {@code notApplicable} when the requirements change, and leave it when they change back. {@code unknown}
 * may come from and go to anywhere. Reports are snapshots: {@code notInstalled} may be followed directly by
 * {@code installed} or {@code failed} when the pending phase was never reported.
 */
public final class AppInstallLifecycle {

    /** The table above, row for row. */
    public static final TransitionTable<ResultantAppState> STATES = TransitionTable.over(ResultantAppState.class)
            .from(PENDING_INSTALL, INSTALLED, FAILED, NOT_INSTALLED, PENDING_INSTALL, NOT_APPLICABLE, UNKNOWN)
            .from(INSTALLED, INSTALLED, NOT_INSTALLED, UNINSTALL_FAILED, PENDING_INSTALL, NOT_APPLICABLE, UNKNOWN)
            .from(FAILED, INSTALLED, FAILED, NOT_INSTALLED, PENDING_INSTALL, NOT_APPLICABLE, UNKNOWN)
            .from(NOT_INSTALLED, INSTALLED, FAILED, NOT_INSTALLED, PENDING_INSTALL, NOT_APPLICABLE, UNKNOWN)
            .from(UNINSTALL_FAILED, INSTALLED, NOT_INSTALLED, UNINSTALL_FAILED, NOT_APPLICABLE, UNKNOWN)
            .from(NOT_APPLICABLE, INSTALLED, FAILED, NOT_INSTALLED, PENDING_INSTALL, NOT_APPLICABLE, UNKNOWN)
            .fromAnywhere(UNKNOWN)
            .build();

    private AppInstallLifecycle() {}

    public static boolean allows(ResultantAppState from, ResultantAppState to) {
        return STATES.allows(from, to);
    }
}
