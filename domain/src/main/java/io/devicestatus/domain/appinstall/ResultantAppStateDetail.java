package io.devicestatus.domain.appinstall;

import static io.devicestatus.domain.appinstall.ResultantAppState.FAILED;
import static io.devicestatus.domain.appinstall.ResultantAppState.INSTALLED;
import static io.devicestatus.domain.appinstall.ResultantAppState.NOT_APPLICABLE;
import static io.devicestatus.domain.appinstall.ResultantAppState.NOT_INSTALLED;
import static io.devicestatus.domain.appinstall.ResultantAppState.PENDING_INSTALL;
import static io.devicestatus.domain.appinstall.ResultantAppState.UNINSTALL_FAILED;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Graph's {@code resultantAppStateDetail} (beta, 36 members): why an app is in its {@link ResultantAppState}.
 *
 * <p>The last column is the compatibility table: the install states a detail may accompany. It follows Graph's
 * numeric groups, where the thousands digit is the state's own value: -1xxx requirement not met goes with
 * {@code notApplicable} (-1), 1xxx with {@code installed} (1), 2000 {@code seeInstallErrorCode} with {@code failed}
 * (2), 3xxx with {@code notInstalled} (3), 4000 {@code seeUninstallErrorCode} with {@code uninstallFailed} (4), 5xxx
 * pending details with {@code pendingInstall} (5). The 0..7 group is about dependencies and supersedence and is
 * decided member by member; {@code noAdditionalDetails} goes with any state.
 */
public enum ResultantAppStateDetail implements GraphEnum {
    // constant                             wire name                              value  compatible install states
    SUPERSEDING_APPS_NOT_APPLICABLE("supersedingAppsNotApplicable", -1016, states(NOT_APPLICABLE)),
    POWER_SHELL_SCRIPT_REQUIREMENT_NOT_MET("powerShellScriptRequirementNotMet", -1013, states(NOT_APPLICABLE)),
    REGISTRY_REQUIREMENT_NOT_MET("registryRequirementNotMet", -1012, states(NOT_APPLICABLE)),
    FILE_SYSTEM_REQUIREMENT_NOT_MET("fileSystemRequirementNotMet", -1011, states(NOT_APPLICABLE)),
    PLATFORM_NOT_APPLICABLE("platformNotApplicable", -1006, states(NOT_APPLICABLE)),
    MINIMUM_CPU_SPEED_NOT_MET("minimumCpuSpeedNotMet", -1005, states(NOT_APPLICABLE)),
    MINIMUM_LOGICAL_PROCESSOR_COUNT_NOT_MET("minimumLogicalProcessorCountNotMet", -1004, states(NOT_APPLICABLE)),
    MINIMUM_PHYSICAL_MEMORY_NOT_MET("minimumPhysicalMemoryNotMet", -1003, states(NOT_APPLICABLE)),
    MINIMUM_OS_VERSION_NOT_MET("minimumOsVersionNotMet", -1002, states(NOT_APPLICABLE)),
    MINIMUM_DISK_SPACE_NOT_MET("minimumDiskSpaceNotMet", -1001, states(NOT_APPLICABLE)),
    PROCESSOR_ARCHITECTURE_NOT_APPLICABLE("processorArchitectureNotApplicable", -1000, states(NOT_APPLICABLE)),
    NO_ADDITIONAL_DETAILS("noAdditionalDetails", 0, anyState()),
    DEPENDENCY_FAILED_TO_INSTALL("dependencyFailedToInstall", 1, states(FAILED)),
    DEPENDENCY_WITH_REQUIREMENTS_NOT_MET("dependencyWithRequirementsNotMet", 2, states(NOT_APPLICABLE, FAILED)),
    DEPENDENCY_PENDING_REBOOT("dependencyPendingReboot", 3, states(PENDING_INSTALL)),
    DEPENDENCY_WITH_AUTO_INSTALL_DISABLED("dependencyWithAutoInstallDisabled", 4, states(NOT_INSTALLED, FAILED)),
    SUPERSEDED_APP_UNINSTALL_FAILED("supersededAppUninstallFailed", 5, states(FAILED)),
    SUPERSEDED_APP_UNINSTALL_PENDING_REBOOT("supersededAppUninstallPendingReboot", 6, states(PENDING_INSTALL)),
    REMOVING_SUPERSEDED_APPS("removingSupersededApps", 7, states(PENDING_INSTALL)),
    IOS_APP_STORE_UPDATE_FAILED_TO_INSTALL("iosAppStoreUpdateFailedToInstall", 1000, states(INSTALLED)),
    VPP_APP_HAS_UPDATE_AVAILABLE("vppAppHasUpdateAvailable", 1001, states(INSTALLED)),
    USER_REJECTED_UPDATE("userRejectedUpdate", 1002, states(INSTALLED)),
    UNINSTALL_PENDING_REBOOT("uninstallPendingReboot", 1003, states(INSTALLED)),
    SUPERSEDING_APPS_DETECTED("supersedingAppsDetected", 1004, states(INSTALLED)),
    SUPERSEDED_APPS_DETECTED("supersededAppsDetected", 1005, states(INSTALLED)),
    SEE_INSTALL_ERROR_CODE("seeInstallErrorCode", 2000, states(FAILED)),
    AUTO_INSTALL_DISABLED("autoInstallDisabled", 3000, states(NOT_INSTALLED)),
    MANAGED_APP_NO_LONGER_PRESENT("managedAppNoLongerPresent", 3001, states(NOT_INSTALLED)),
    USER_REJECTED_INSTALL("userRejectedInstall", 3002, states(NOT_INSTALLED)),
    USER_IS_NOT_LOGGED_INTO_APP_STORE("userIsNotLoggedIntoAppStore", 3003, states(NOT_INSTALLED)),
    UNTARGETED_SUPERSEDING_APPS_DETECTED("untargetedSupersedingAppsDetected", 3004, states(NOT_INSTALLED)),
    APP_REMOVED_BY_SUPERSEDENCE("appRemovedBySupersedence", 3005, states(NOT_INSTALLED)),
    SEE_UNINSTALL_ERROR_CODE("seeUninstallErrorCode", 4000, states(UNINSTALL_FAILED)),
    PENDING_REBOOT("pendingReboot", 5000, states(PENDING_INSTALL)),
    INSTALLING_DEPENDENCIES("installingDependencies", 5001, states(PENDING_INSTALL)),
    CONTENT_DOWNLOADED("contentDownloaded", 5002, states(PENDING_INSTALL));

    public static final GraphEnumType<ResultantAppStateDetail> TYPE =
            GraphEnumType.of("resultantAppStateDetail", ResultantAppStateDetail.class);

    private final Member member;
    private final Set<ResultantAppState> compatibleStates;

    ResultantAppStateDetail(String wireName, int value, Set<ResultantAppState> compatibleStates) {
        // the whole enumeration is beta only, like mobileAppInstallStatus
        this.member = new Member(wireName, value, ApiVersion.BETA_ONLY);
        this.compatibleStates = compatibleStates;
    }

    @Override
    public Member member() {
        return member;
    }

    /** The install states this detail may accompany. */
    public Set<ResultantAppState> compatibleStates() {
        return compatibleStates;
    }

    public boolean isCompatibleWith(ResultantAppState state) {
        return compatibleStates.contains(state);
    }

    private static Set<ResultantAppState> states(ResultantAppState first, ResultantAppState... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    private static Set<ResultantAppState> anyState() {
        return Collections.unmodifiableSet(EnumSet.allOf(ResultantAppState.class));
    }
}
