package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.store.GraphVersions;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --store graph} in front of another server, as {@code Storage.graph} wires it: the caller's beta
 * reaches the upstream whole (beta-only members and properties), and each caller reads in its own version.
 */
class GraphProxyVersionsTest {

    private static final String IOS = "/deviceManagement/iosUpdateStatuses";
    private static final String CONFIGS = "/deviceAppManagement/mobileAppConfigurations/c-1/deviceStatuses";

    private ServerUnderTest upstream;
    private ServerUnderTest proxy;
    private String admin;

    @BeforeEach
    void start() throws Exception {
        upstream = ServerUnderTest.inMemory();
        var tenant = TenantId.fromString(ServerUnderTest.TENANT);
        proxy = ServerUnderTest.over(Storage.graph(
                GraphBaseUrl.of(upstream.baseUri()).get(),
                AccessTokenProvider.fixed(upstream.admin()),
                "test",
                tenant,
                RetryPolicy.defaults(),
                Clock.systemUTC()));
        admin = proxy.admin();
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.close();
    }

    @Test
    void a_beta_create_with_beta_only_members_goes_through_and_each_version_reads_its_own_shape() {
        var body = ((ObjectNode) json(TenantsEndToEndContract.device("device-1")))
                .put("installStatus", "updateScanFailed")
                .put("platform", 8);

        var created = proxy.post("/beta" + IOS, admin, body.toString());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        var beta = proxy.get("/beta" + IOS + "/" + id, admin).json();
        assertThat(beta.path("installStatus").asText()).isEqualTo("updateScanFailed");
        assertThat(beta.path("platform").asInt()).isEqualTo(8);
        var v1 = proxy.get("/v1.0" + IOS + "/" + id, admin);
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.json().has("platform")).as("v1.0 has no platform").isFalse();
        assertThat(v1.json().path("@odata.context").asText()).startsWith(proxy.baseUri() + "/v1.0/$metadata#");
        var stored = upstream.get("/beta" + IOS + "/" + id, upstream.admin()).json();
        assertThat(stored.path("installStatus").asText()).isEqualTo("updateScanFailed");
        assertThat(stored.path("platform").asInt()).isEqualTo(8);
    }

    @Test
    void a_v1_patch_through_the_proxy_keeps_what_only_beta_shows() {
        var body = ((ObjectNode) json(GraphApiEndToEndContract.configuration("iPad", "compliant"))).put("platform", 3);
        String id = proxy.post("/beta" + CONFIGS, admin, body.toString())
                .json()
                .path("id")
                .asText();

        var patched = proxy.patch("/v1.0" + CONFIGS + "/" + id, admin, "{\"status\": \"nonCompliant\"}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().has("platform")).isFalse();
        var beta = proxy.get("/beta" + CONFIGS + "/" + id, admin).json();
        assertThat(beta.path("platform").asInt()).isEqualTo(3);
        assertThat(beta.path("status").asText()).isEqualTo("nonCompliant");
        assertThat(proxy.get("/v1.0" + CONFIGS + "/$count", admin).body()).isEqualTo("1");
    }

    /** The library's default store keeps v1.0 for iOS updates; its refusal names the field once. */
    @Test
    void a_v1_store_refusing_a_beta_only_member_names_the_field_once() throws Exception {
        try (var graph = GraphStoreUnderTest.start(GraphVersions.defaults())) {
            var reported = new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567+01:00"));
            var status = IosUpdateKind.INSTANCE
                    .create(
                            "id-1",
                            TenantScope.of(GraphStoreUnderTest.TENANT),
                            IosUpdateProperties.draft()
                                    .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.MDM_CLIENT_CRASHED)
                                    .set(IosUpdateProperties.OS_VERSION, "17.1")
                                    .set(IosUpdateProperties.DEVICE_ID, "device-1")
                                    .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad")
                                    .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                                    .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, reported)
                                    .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                                    .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, reported)
                                    .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                    .build(),
                            ReportTimePolicy.withDefaultSkew(GraphStoreUnderTest.SERVER_CLOCK))
                    .get();

            var refused = graph.store.iosUpdateStatuses().insert(status);

            var violation =
                    ((ApplicationError.Invalid) refused.getLeft()).violations().head();
            assertThat(violation.field()).isEqualTo("installStatus");
            assertThat(violation.rejectedValue()).contains("mdmClientCrashed");
            assertThat(violation.toString())
                    .startsWith("installStatus 'mdmClientCrashed': ")
                    .doesNotContain("installStatus: installStatus")
                    .contains("request-id");
            assertThat(refused.getLeft().message()).doesNotContain("installStatus: installStatus");
        }
    }
}
