package io.devicestatus.adapter.graph.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.devicestatus.domain.common.ApiVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code $metadata} documents against Graph's own metadata as GRAPH-FACTS.md has it, figure by figure, typed in
 * here by hand: the document is derived from the domain, so this is what catches a domain that is wrong.
 */
class CsdlGraphFactsTest {

    private static final ParsedCsdl V1 = ParsedCsdl.of(CsdlWriter.write(GraphServiceModel.of(ApiVersion.V1_0)));
    private static final ParsedCsdl BETA = ParsedCsdl.of(CsdlWriter.write(GraphServiceModel.of(ApiVersion.BETA)));

    private static final String NS = "microsoft.graph.";

    @Test
    void both_versions_describe_graphs_namespace() {
        assertThat(V1.namespace()).isEqualTo("microsoft.graph");
        assertThat(BETA.namespace()).isEqualTo("microsoft.graph");
    }

    @Test
    void ios_updates_install_status_has_18_members_in_v1_and_22_in_beta() {
        var v1 = members(
                "downloading",
                -2016330712,
                "downloadFailed",
                -2016330711,
                "downloadRequiresComputer",
                -2016330710,
                "downloadInsufficientSpace",
                -2016330709,
                "downloadInsufficientPower",
                -2016330708,
                "downloadInsufficientNetwork",
                -2016330707,
                "installing",
                -2016330706,
                "installInsufficientSpace",
                -2016330705,
                "installInsufficientPower",
                -2016330704,
                "installPhoneCallInProgress",
                -2016330703,
                "installFailed",
                -2016330702,
                "notSupportedOperation",
                -2016330701,
                "sharedDeviceUserLoggedInError",
                -2016330699,
                "deviceOsHigherThanDesiredOsVersion",
                -2016330696,
                "success",
                0,
                "available",
                1,
                "idle",
                2,
                "unknown",
                3);
        var beta = new LinkedHashMap<>(v1);
        beta.putAll(members(
                "mdmClientCrashed",
                -2016336109,
                "timeout",
                -2016333898,
                "updateError",
                -2016330697,
                "updateScanFailed",
                -2016324062));

        assertThat(V1.enums().get("iosUpdatesInstallStatus")).hasSize(18).containsExactlyInAnyOrderEntriesOf(v1);
        assertThat(BETA.enums().get("iosUpdatesInstallStatus")).hasSize(22).containsExactlyInAnyOrderEntriesOf(beta);
    }

    @Test
    void compliance_status_is_the_same_in_both_versions() {
        var expected = members(
                "unknown",
                0,
                "notApplicable",
                1,
                "compliant",
                2,
                "remediated",
                3,
                "nonCompliant",
                4,
                "error",
                5,
                "conflict",
                6,
                "notAssigned",
                7);

        assertThat(V1.enums().get("complianceStatus")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(BETA.enums().get("complianceStatus")).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void the_app_install_enums_exist_in_beta_only() {
        assertThat(V1.enums()).containsOnlyKeys("iosUpdatesInstallStatus", "complianceStatus");
        assertThat(BETA.enums())
                .containsOnlyKeys(
                        "iosUpdatesInstallStatus", "complianceStatus", "resultantAppState", "resultantAppStateDetail");
        assertThat(BETA.enums().get("resultantAppState"))
                .containsExactlyInAnyOrderEntriesOf(members(
                        "notApplicable",
                        -1,
                        "installed",
                        1,
                        "failed",
                        2,
                        "notInstalled",
                        3,
                        "uninstallFailed",
                        4,
                        "pendingInstall",
                        5,
                        "unknown",
                        99));
    }

    @Test
    void resultant_app_state_detail_has_its_36_members() {
        assertThat(BETA.enums().get("resultantAppStateDetail"))
                .hasSize(36)
                .containsExactlyInAnyOrderEntriesOf(members(
                        "supersedingAppsNotApplicable",
                        -1016,
                        "powerShellScriptRequirementNotMet",
                        -1013,
                        "registryRequirementNotMet",
                        -1012,
                        "fileSystemRequirementNotMet",
                        -1011,
                        "platformNotApplicable",
                        -1006,
                        "minimumCpuSpeedNotMet",
                        -1005,
                        "minimumLogicalProcessorCountNotMet",
                        -1004,
                        "minimumPhysicalMemoryNotMet",
                        -1003,
                        "minimumOsVersionNotMet",
                        -1002,
                        "minimumDiskSpaceNotMet",
                        -1001,
                        "processorArchitectureNotApplicable",
                        -1000,
                        "noAdditionalDetails",
                        0,
                        "dependencyFailedToInstall",
                        1,
                        "dependencyWithRequirementsNotMet",
                        2,
                        "dependencyPendingReboot",
                        3,
                        "dependencyWithAutoInstallDisabled",
                        4,
                        "supersededAppUninstallFailed",
                        5,
                        "supersededAppUninstallPendingReboot",
                        6,
                        "removingSupersededApps",
                        7,
                        "iosAppStoreUpdateFailedToInstall",
                        1000,
                        "vppAppHasUpdateAvailable",
                        1001,
                        "userRejectedUpdate",
                        1002,
                        "uninstallPendingReboot",
                        1003,
                        "supersedingAppsDetected",
                        1004,
                        "supersededAppsDetected",
                        1005,
                        "seeInstallErrorCode",
                        2000,
                        "autoInstallDisabled",
                        3000,
                        "managedAppNoLongerPresent",
                        3001,
                        "userRejectedInstall",
                        3002,
                        "userIsNotLoggedIntoAppStore",
                        3003,
                        "untargetedSupersedingAppsDetected",
                        3004,
                        "appRemovedBySupersedence",
                        3005,
                        "seeUninstallErrorCode",
                        4000,
                        "pendingReboot",
                        5000,
                        "installingDependencies",
                        5001,
                        "contentDownloaded",
                        5002));
    }

    @Test
    void ios_update_device_status_has_graphs_properties_platform_in_beta_only() {
        var v1 = new String[] {
            "installStatus " + NS + "iosUpdatesInstallStatus!",
            "osVersion Edm.String",
            "deviceId Edm.String",
            "userId Edm.String",
            "deviceDisplayName Edm.String",
            "userName Edm.String",
            "deviceModel Edm.String",
            "complianceGracePeriodExpirationDateTime Edm.DateTimeOffset!",
            "status " + NS + "complianceStatus!",
            "lastReportedDateTime Edm.DateTimeOffset!",
            "userPrincipalName Edm.String"
        };

        assertThat(V1.properties().get("iosUpdateDeviceStatus")).containsExactlyInAnyOrder(v1);
        assertThat(BETA.properties().get("iosUpdateDeviceStatus"))
                .containsExactlyInAnyOrder(with(v1, "platform Edm.Int32!"));
    }

    @Test
    void app_configuration_device_status_has_graphs_properties_platform_in_beta_only() {
        var v1 = new String[] {
            "deviceDisplayName Edm.String",
            "userName Edm.String",
            "deviceModel Edm.String",
            "complianceGracePeriodExpirationDateTime Edm.DateTimeOffset!",
            "status " + NS + "complianceStatus!",
            "lastReportedDateTime Edm.DateTimeOffset!",
            "userPrincipalName Edm.String"
        };

        assertThat(V1.properties().get("managedDeviceMobileAppConfigurationDeviceStatus"))
                .containsExactlyInAnyOrder(v1);
        assertThat(BETA.properties().get("managedDeviceMobileAppConfigurationDeviceStatus"))
                .containsExactlyInAnyOrder(with(v1, "platform Edm.Int32!"));
    }

    @Test
    void mobile_app_install_status_exists_in_beta_only() {
        assertThat(V1.properties()).doesNotContainKey("mobileAppInstallStatus");
        assertThat(BETA.properties().get("mobileAppInstallStatus"))
                .containsExactlyInAnyOrder(
                        "deviceName Edm.String",
                        "deviceId Edm.String",
                        "lastSyncDateTime Edm.DateTimeOffset!",
                        "mobileAppInstallStatusValue " + NS + "resultantAppState!",
                        "installState " + NS + "resultantAppState!",
                        "installStateDetail " + NS + "resultantAppStateDetail!",
                        "errorCode Edm.Int32!",
                        "osVersion Edm.String",
                        "osDescription Edm.String",
                        "userName Edm.String",
                        "userPrincipalName Edm.String",
                        "displayVersion Edm.String");
    }

    @Test
    void every_entity_type_has_the_key_id_from_graphs_base_type_entity() {
        for (var document : new ParsedCsdl[] {V1, BETA}) {
            assertThat(document.properties().get("entity")).containsExactly("id Edm.String!");
            var entity = document.entityType("entity");
            assertThat(entity.getAttribute("Abstract")).isEqualTo("true");
            assertThat(ParsedCsdl.elements(ParsedCsdl.elements(entity, "Key").get(0), "PropertyRef"))
                    .extracting(ref -> ref.getAttribute("Name"))
                    .containsExactly("id");
            for (String type : document.properties().keySet()) {
                if (!type.equals("entity")) {
                    assertThat(document.entityType(type).getAttribute("BaseType"))
                            .as(type)
                            .isEqualTo(NS + "entity");
                }
            }
        }
    }

    @Test
    void the_container_leads_to_the_collections_of_graph_facts_paths() {
        assertThat(V1.singletons())
                .containsExactly(
                        entry("deviceManagement", NS + "deviceManagement"),
                        entry("deviceAppManagement", NS + "deviceAppManagement"));
        assertThat(V1.paths())
                .containsExactly(
                        "deviceAppManagement/mobileAppConfigurations/deviceStatuses -> " + NS
                                + "managedDeviceMobileAppConfigurationDeviceStatus",
                        "deviceManagement/iosUpdateStatuses -> " + NS + "iosUpdateDeviceStatus");
        assertThat(BETA.paths())
                .containsExactly(
                        "deviceAppManagement/iosLobAppProvisioningConfigurations/deviceStatuses -> " + NS
                                + "managedDeviceMobileAppConfigurationDeviceStatus",
                        "deviceAppManagement/mobileAppConfigurations/deviceStatuses -> " + NS
                                + "managedDeviceMobileAppConfigurationDeviceStatus",
                        "deviceAppManagement/mobileApps/deviceStatuses -> " + NS + "mobileAppInstallStatus",
                        "deviceAppManagement/mobileApps/userStatuses/deviceStatuses -> " + NS
                                + "mobileAppInstallStatus",
                        "deviceManagement/iosUpdateStatuses -> " + NS + "iosUpdateDeviceStatus");
    }

    private static Map<String, Integer> members(Object... namesAndValues) {
        var members = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], (Integer) namesAndValues[i + 1]);
        }
        return members;
    }

    private static String[] with(String[] properties, String more) {
        var all = java.util.Arrays.copyOf(properties, properties.length + 1);
        all[properties.length] = more;
        return all;
    }
}
