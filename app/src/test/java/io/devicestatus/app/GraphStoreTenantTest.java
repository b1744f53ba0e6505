package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphClientSettings;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.store.GraphStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Graph store talks to one tenant: every call naming another is refused as {@code Invalid} on
 * {@code scope.tenant} before anything is sent. The store here points at a port nothing listens on, so a call that
 * was sent would be {@code Unavailable} instead.
 */
class GraphStoreTenantTest {

    private static final TenantId OWN = TenantId.fromString(ServerUnderTest.TENANT);
    private static final TenantId OTHER = TenantId.fromString(TenantsEndToEndContract.TENANT_B);
    private static final GraphDateTime REPORTED =
            new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567+01:00"));

    private final GraphClient client = new GraphClient(
            GraphClientSettings.defaults(
                            GraphBaseUrl.of(URI.create("http://127.0.0.1:9")).get())
                    .withRetry(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(1))),
            AccessTokenProvider.fixed("token"));
    private final GraphStatusStore store = GraphStatusStore.of(client, OWN);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void every_call_naming_another_tenant_is_refused_unsent() {
        var ios = store.iosUpdateStatuses();
        var foreign = TenantScope.of(OTHER);

        assertForeign(ios.findById(foreign, "id-1"));
        assertForeign(ios.findByNaturalKeys(HashSet.of(new NaturalKey<>(foreign, List.of("device-1")))));
        assertForeign(ios.insert(status(OTHER)));
        assertForeign(ios.update(status(OTHER), 1));
        assertForeign(ios.delete(foreign, "id-1", Option.none()));
        assertForeign(ios.list(new ListRequest<>(OTHER, Option.none(), StatusFilter.any(), Option.none(), 10)));
        assertForeign(ios.list(new ListRequest<>(OWN, Option.some(foreign), StatusFilter.any(), Option.none(), 10)));
        assertForeign(ios.count(OTHER, Option.none(), StatusFilter.any()));
        assertForeign(ios.summarize(OTHER, Option.none()));

        var configurations = store.appConfigurationStatuses();
        var configuration = new ConfigurationScope(OTHER, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "c-1");
        assertForeign(configurations.findById(configuration, "id-1"));
        assertForeign(configurations.count(OWN, Option.some(configuration), StatusFilter.any()));
        assertForeign(configurations.summarize(OWN, Option.some(configuration)));
    }

    @Test
    void a_mixed_write_is_refused_whole() {
        var writes = store.iosUpdateStatuses()
                .writeAll(List.of(
                        new io.devicestatus.application.model.Write.Insert<>(status(OWN)),
                        new io.devicestatus.application.model.Write.Insert<>(status(OTHER))));

        assertForeign(writes);
    }

    @Test
    void the_stores_own_tenant_goes_to_the_service() {
        var answer = store.iosUpdateStatuses().findById(TenantScope.of(OWN), "id-1");

        assertThat(answer.getLeft()).as("sent, and nobody answered").isInstanceOf(ApplicationError.Unavailable.class);
        assertThat(store.tenant()).isEqualTo(OWN);
    }

    private static void assertForeign(Either<ApplicationError, ?> answer) {
        assertThat(answer.isLeft()).as(String.valueOf(answer)).isTrue();
        assertThat(answer.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        var violation =
                ((ApplicationError.Invalid) answer.getLeft()).violations().head();
        assertThat(violation.field()).isEqualTo("scope.tenant");
        assertThat(violation.message()).contains(OWN.toString(), "its access token's");
    }

    private static IosUpdateDeviceStatus status(TenantId tenant) {
        return IosUpdateKind.INSTANCE
                .create(
                        "id-1",
                        TenantScope.of(tenant),
                        IosUpdateProperties.draft()
                                .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                                .set(IosUpdateProperties.OS_VERSION, "17.1")
                                .set(IosUpdateProperties.DEVICE_ID, "device-1")
                                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad")
                                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, REPORTED)
                                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, REPORTED)
                                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                .build(),
                        ReportTimePolicy.withDefaultSkew(Clock.systemUTC()))
                .get();
    }
}
