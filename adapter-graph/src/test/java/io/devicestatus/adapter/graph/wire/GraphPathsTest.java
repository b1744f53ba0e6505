package io.devicestatus.adapter.graph.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class GraphPathsTest {

    @Test
    void ios_update_statuses_live_under_device_management() {
        assertThat(GraphPaths.iosUpdateStatuses()).isEqualTo("/deviceManagement/iosUpdateStatuses");
    }

    @Test
    void a_configuration_id_stays_one_segment() {
        assertThat(GraphPaths.appConfigurationStatuses(ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "c/1"))
                .isEqualTo("/deviceAppManagement/mobileAppConfigurations/c%2F1/deviceStatuses");
        assertThat(GraphPaths.appConfigurationStatuses(
                        ConfigurationCollection.IOS_LOB_APP_PROVISIONING_CONFIGURATIONS, "$count"))
                .isEqualTo("/deviceAppManagement/iosLobAppProvisioningConfigurations/%24count/deviceStatuses");
    }

    @Test
    void app_install_statuses_are_under_the_app_or_under_one_of_its_user_statuses() {
        assertThat(GraphPaths.appInstallStatuses("a b", Option.none()))
                .isEqualTo("/deviceAppManagement/mobileApps/a%20b/deviceStatuses");
        assertThat(GraphPaths.appInstallStatuses("a", Option.some("..")))
                .isEqualTo("/deviceAppManagement/mobileApps/a/userStatuses/%2E%2E/deviceStatuses");
    }

    @Test
    void v1_0_has_ios_updates_and_mobile_app_configurations_only() {
        assertThat(GraphPaths.collectionTemplates(ApiVersion.V1_0))
                .containsExactly(
                        "/deviceManagement/iosUpdateStatuses",
                        "/deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses");
        assertThat(GraphPaths.hasAppInstallStatuses(ApiVersion.V1_0)).isFalse();
    }

    @Test
    void beta_has_every_collection() {
        assertThat(GraphPaths.collectionTemplates(ApiVersion.BETA))
                .containsExactly(
                        "/deviceManagement/iosUpdateStatuses",
                        "/deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses",
                        "/deviceAppManagement/iosLobAppProvisioningConfigurations/{configId}/deviceStatuses",
                        "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses",
                        "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userStatusId}/deviceStatuses");
        assertThat(GraphPaths.hasAppInstallStatuses(ApiVersion.BETA)).isTrue();
    }
}
