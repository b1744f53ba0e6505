package io.devicestatus.domain.iosupdate;

import static io.devicestatus.domain.iosupdate.IosUpdatePhase.DOWNLOAD;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.DOWNLOAD_FAILURE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.GENERAL_FAILURE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.INSTALL;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.INSTALL_FAILURE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.NOT_APPLICABLE;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.SUCCEEDED;
import static io.devicestatus.domain.iosupdate.IosUpdatePhase.UNDETERMINED;

import io.devicestatus.domain.common.TransitionTable;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * How {@code installStatus} may move for one device within one OS version. Reports are snapshots, so a device may
 * skip phases forward (available to installing without a downloading report in between); what it may not do is
 * go back without a failure to explain it.
 *
 * <pre>
 * from \ to        PENDING DOWNLOAD DL_FAIL INSTALL IN_FAIL GEN_FAIL SUCCEEDED NOT_APPL UNDETERMINED
 * PENDING             x       x       x       x       x       x        x         x        x
 * DOWNLOAD            .       x       x       x       x       x        x         x        x
 * DOWNLOAD_FAILURE    x       x       x       x       x       x        x         x        x   (retry)
 * INSTALL             .       .       .       x       x       x        x         x        x
 * INSTALL_FAILURE     x       x       x       x       x       x        x         x        x   (retry)
 * GENERAL_FAILURE     x       x       x       x       x       x        x         x        x   (retry)
 * SUCCEEDED           .       .       .       .       .       .        x         x        x
 * NOT_APPLICABLE      .       .       .       .       .       .        .         x        x
 * UNDETERMINED        x       x       x       x       x       x        x         x        x
 * </pre>
 *
 * <p>A report with a different, present {@code osVersion} starts a new cycle: any status may follow. {@code success}
 * may reach {@code deviceOsHigherThanDesiredOsVersion} (the device is now at or past the target) but never falls back
 * to an earlier phase for the same OS version.
 */
public final class IosUpdateLifecycle {

    /**
     * The table above, row for row: a row that only stays or moves forwards is {@code onwardFrom}, in the phases'
     * declaration order.
     */
    public static final TransitionTable<IosUpdatePhase> PHASES = TransitionTable.over(IosUpdatePhase.class)
            .fromAnywhere(IosUpdatePhase.PENDING)
            .onwardFrom(DOWNLOAD)
            .fromAnywhere(DOWNLOAD_FAILURE)
            .onwardFrom(INSTALL)
            .fromAnywhere(INSTALL_FAILURE)
            .fromAnywhere(GENERAL_FAILURE)
            .onwardFrom(SUCCEEDED)
            .onwardFrom(NOT_APPLICABLE)
            .fromAnywhere(UNDETERMINED)
            .build();

    private IosUpdateLifecycle() {}

    /** Whether {@code from} may be followed by {@code to} within one OS version. */
    public static boolean allows(IosUpdatesInstallStatus from, IosUpdatesInstallStatus to) {
        return PHASES.allows(from.phase(), to.phase());
    }

    /** The statuses that may follow {@code from} within one OS version, in declaration order. */
    public static List<IosUpdatesInstallStatus> allowedFrom(IosUpdatesInstallStatus from) {
        return List.of(IosUpdatesInstallStatus.values()).filter(to -> allows(from, to));
    }

    static Either<DomainError, IosUpdatesInstallStatus> check(
            IosUpdatesInstallStatus from, IosUpdatesInstallStatus to) {
        return allows(from, to)
                ? Either.right(to)
                : Either.left(new DomainError.IllegalTransition(
                        IosUpdateDeviceStatus.INSTALL_STATUS,
                        from.wireName(),
                        to.wireName(),
                        allowedFrom(from).map(IosUpdatesInstallStatus::wireName)));
    }
}
