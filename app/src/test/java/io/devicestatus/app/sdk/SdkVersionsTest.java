package io.devicestatus.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.app.sdk.SdkServer.SdkClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One status seen through both SDKs: the versions are two views of one store. A beta-only enum member reaches a
 * v1.0 client as its wire name, as Intune sends members missing from metadata; the v1.0 SDK cannot represent it and
 * makes it {@code null} (Kiota's enum parsing), which is why beta-only members are read with the beta SDK.
 */
class SdkVersionsTest {

    private static SdkServer server;
    private SdkClients clients;

    @BeforeAll
    static void startServer() throws Exception {
        server = new SdkServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void newTenant() {
        clients = server.admin(SdkServer.newTenant());
    }

    @Test
    void a_status_created_on_v1_is_read_on_beta_with_platform_0() {
        var v1 = new V1Collections.IosUpdates(clients.v1());
        var beta = new BetaCollections.IosUpdates(clients.beta());
        var created = v1.create(v1.sample(2));

        var onBeta = beta.get(created.getId());

        assertThat(onBeta.getPlatform()).isZero();
        assertThat(onBeta.getInstallStatus().getValue())
                .isEqualTo(created.getInstallStatus().getValue());
        assertThat(onBeta.getLastReportedDateTime()).isEqualTo(created.getLastReportedDateTime());
        assertThat(onBeta.getDeviceId()).isEqualTo(created.getDeviceId());
    }

    @Test
    void a_beta_only_member_reaches_the_v1_sdk_as_null_and_the_beta_sdk_intact() {
        var v1 = new V1Collections.IosUpdates(clients.v1());
        var beta = new BetaCollections.IosUpdates(clients.beta());
        var created = beta.create(beta.sample(1));
        assertThat(created.getInstallStatus().getValue()).isEqualTo("updateScanFailed");

        var onV1 = v1.get(created.getId());

        assertThat(onV1.getInstallStatus())
                .as("the v1.0 SDK has no updateScanFailed")
                .isNull();
        assertThat(onV1.getDeviceId()).isEqualTo(created.getDeviceId());
        assertThat(beta.get(created.getId()).getInstallStatus().getValue()).isEqualTo("updateScanFailed");
    }
}
