package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every member of the four enumerations checked against Graph's metadata as transcribed in shared/spec/GRAPH-FACTS.md
 * (type, wire name, value, versions). The size checks make a member added to an enum fail until it is listed here.
 */
class GraphEnumCatalogueTest {

    private static final Map<String, GraphEnumType<?>> TYPES = Stream.of(
                    IosUpdatesInstallStatus.TYPE,
                    ComplianceStatus.TYPE,
                    ResultantAppState.TYPE,
                    ResultantAppStateDetail.TYPE)
            .collect(Collectors.toMap(GraphEnumType::graphName, t -> t));

    @ParameterizedTest(name = "{0}.{1} = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            iosUpdatesInstallStatus | mdmClientCrashed                   | -2016336109 | beta
            iosUpdatesInstallStatus | timeout                            | -2016333898 | beta
            iosUpdatesInstallStatus | downloading                        | -2016330712 | both
            iosUpdatesInstallStatus | downloadFailed                     | -2016330711 | both
            iosUpdatesInstallStatus | downloadRequiresComputer           | -2016330710 | both
            iosUpdatesInstallStatus | downloadInsufficientSpace          | -2016330709 | both
            iosUpdatesInstallStatus | downloadInsufficientPower          | -2016330708 | both
            iosUpdatesInstallStatus | downloadInsufficientNetwork        | -2016330707 | both
            iosUpdatesInstallStatus | installing                         | -2016330706 | both
            iosUpdatesInstallStatus | installInsufficientSpace           | -2016330705 | both
            iosUpdatesInstallStatus | installInsufficientPower           | -2016330704 | both
            iosUpdatesInstallStatus | installPhoneCallInProgress         | -2016330703 | both
            iosUpdatesInstallStatus | installFailed                      | -2016330702 | both
            iosUpdatesInstallStatus | notSupportedOperation              | -2016330701 | both
            iosUpdatesInstallStatus | sharedDeviceUserLoggedInError      | -2016330699 | both
            iosUpdatesInstallStatus | updateError                        | -2016330697 | beta
            iosUpdatesInstallStatus | deviceOsHigherThanDesiredOsVersion | -2016330696 | both
            iosUpdatesInstallStatus | updateScanFailed                   | -2016324062 | beta
            iosUpdatesInstallStatus | success                            | 0           | both
            iosUpdatesInstallStatus | available                          | 1           | both
            iosUpdatesInstallStatus | idle                               | 2           | both
            iosUpdatesInstallStatus | unknown                            | 3           | both
            complianceStatus        | unknown                            | 0           | both
            complianceStatus        | notApplicable                      | 1           | both
            complianceStatus        | compliant                          | 2           | both
            complianceStatus        | remediated                         | 3           | both
            complianceStatus        | nonCompliant                       | 4           | both
            complianceStatus        | error                              | 5           | both
            complianceStatus        | conflict                           | 6           | both
            complianceStatus        | notAssigned                        | 7           | both
            resultantAppState       | notApplicable                      | -1          | beta
            resultantAppState       | installed                          | 1           | beta
            resultantAppState       | failed                             | 2           | beta
            resultantAppState       | notInstalled                       | 3           | beta
            resultantAppState       | uninstallFailed                    | 4           | beta
            resultantAppState       | pendingInstall                     | 5           | beta
            resultantAppState       | unknown                            | 99          | beta
            resultantAppStateDetail | supersedingAppsNotApplicable       | -1016       | beta
            resultantAppStateDetail | powerShellScriptRequirementNotMet  | -1013       | beta
            resultantAppStateDetail | registryRequirementNotMet          | -1012       | beta
            resultantAppStateDetail | fileSystemRequirementNotMet        | -1011       | beta
            resultantAppStateDetail | platformNotApplicable              | -1006       | beta
            resultantAppStateDetail | minimumCpuSpeedNotMet              | -1005       | beta
            resultantAppStateDetail | minimumLogicalProcessorCountNotMet | -1004       | beta
            resultantAppStateDetail | minimumPhysicalMemoryNotMet        | -1003       | beta
            resultantAppStateDetail | minimumOsVersionNotMet             | -1002       | beta
            resultantAppStateDetail | minimumDiskSpaceNotMet             | -1001       | beta
            resultantAppStateDetail | processorArchitectureNotApplicable | -1000       | beta
            resultantAppStateDetail | noAdditionalDetails                | 0           | beta
            resultantAppStateDetail | dependencyFailedToInstall          | 1           | beta
            resultantAppStateDetail | dependencyWithRequirementsNotMet   | 2           | beta
            resultantAppStateDetail | dependencyPendingReboot            | 3           | beta
            resultantAppStateDetail | dependencyWithAutoInstallDisabled  | 4           | beta
            resultantAppStateDetail | supersededAppUninstallFailed       | 5           | beta
            resultantAppStateDetail | supersededAppUninstallPendingReboot| 6           | beta
            resultantAppStateDetail | removingSupersededApps             | 7           | beta
            resultantAppStateDetail | iosAppStoreUpdateFailedToInstall   | 1000        | beta
            resultantAppStateDetail | vppAppHasUpdateAvailable           | 1001        | beta
            resultantAppStateDetail | userRejectedUpdate                 | 1002        | beta
            resultantAppStateDetail | uninstallPendingReboot             | 1003        | beta
            resultantAppStateDetail | supersedingAppsDetected            | 1004        | beta
            resultantAppStateDetail | supersededAppsDetected             | 1005        | beta
            resultantAppStateDetail | seeInstallErrorCode                | 2000        | beta
            resultantAppStateDetail | autoInstallDisabled                | 3000        | beta
            resultantAppStateDetail | managedAppNoLongerPresent          | 3001        | beta
            resultantAppStateDetail | userRejectedInstall                | 3002        | beta
            resultantAppStateDetail | userIsNotLoggedIntoAppStore        | 3003        | beta
            resultantAppStateDetail | untargetedSupersedingAppsDetected  | 3004        | beta
            resultantAppStateDetail | appRemovedBySupersedence           | 3005        | beta
            resultantAppStateDetail | seeUninstallErrorCode              | 4000        | beta
            resultantAppStateDetail | pendingReboot                      | 5000        | beta
            resultantAppStateDetail | installingDependencies             | 5001        | beta
            resultantAppStateDetail | contentDownloaded                  | 5002        | beta
            """)
    void member_matches_graph_metadata(String type, String wireName, int value, String versions) {
        GraphEnum member = TYPES.get(type).parse("field", wireName).get();

        assertThat(member.wireName()).isEqualTo(wireName);
        assertThat(member.value()).isEqualTo(value);
        assertThat(member.versions())
                .isEqualTo(
                        versions.equals("both") ? Set.of(ApiVersion.V1_0, ApiVersion.BETA) : Set.of(ApiVersion.BETA));
    }

    @Test
    void each_enumeration_has_exactly_the_members_listed_above() {
        assertThat(IosUpdatesInstallStatus.values()).hasSize(22);
        assertThat(IosUpdatesInstallStatus.TYPE.members(ApiVersion.V1_0)).hasSize(18);
        assertThat(ComplianceStatus.values()).hasSize(8);
        assertThat(ResultantAppState.values()).hasSize(7);
        assertThat(ResultantAppStateDetail.values()).hasSize(36);
    }
}
