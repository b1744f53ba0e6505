package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} from this project's own server over real HTTP, behind a proxy that throttles every second request:
 * every status arrives exactly once, a second run applies nothing new, a newer upstream report advances.
 */
class SyncCommandTest {

    private static final TenantId TENANT = TenantId.fromString(ServerUnderTest.TENANT);
    private static final int STATUSES = 1_234;

    @TempDir
    Path dataDir;

    private Storage upstreamStore;
    private ServerUnderTest upstream;
    private ThrottlingProxy proxy;
    private Path tokenFile;

    @BeforeEach
    void anUpstreamOfManyStatusesBehindAThrottlingProxy() throws Exception {
        upstreamStore = Storage.memory(Clock.systemUTC());
        var ios = upstreamStore.application().iosUpdates();
        for (int device = 0; device < STATUSES; device++) {
            ios.report(new ReportStatusCommand<>(
                            TenantScope.of(TENANT), ios(device, 0, IosUpdatesInstallStatus.DOWNLOADING)))
                    .get();
        }
        upstream = ServerUnderTest.over(upstreamStore);
        proxy = new ThrottlingProxy(upstream.baseUri(), 2);
        tokenFile = dataDir.resolve("token");
        Files.writeString(
                tokenFile,
                upstream.sign(
                        List.of(ServerUnderTest.CONFIG_READ, ServerUnderTest.APPS_READ),
                        List.empty(),
                        ServerUnderTest.TENANT));
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.close();
    }

    private CommandLineTest.Run sync(String... args) {
        return CommandLineTest.run(List.of(
                        "sync",
                        "--graph-url",
                        proxy.baseUri().toString(),
                        "--token-file",
                        tokenFile.toString(),
                        "--data-dir",
                        dataDir.resolve("local").toString())
                .appendAll(List.of(args))
                .toJavaArray(String[]::new));
    }

    @Test
    void every_status_arrives_once_through_throttling_and_a_second_run_applies_nothing_new() {
        var first = sync("--type", "ios-update");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err())
                .contains("sync: " + STATUSES + " statuses in")
                .contains("created " + STATUSES + ", advanced 0, unchanged 0, rejected 0");
        assertThat(proxy.throttled()).as("the proxy throttled").isPositive();
        assertThat(localIosCount()).isEqualTo(STATUSES);

        var second = sync("--type", "ios-update");
        assertThat(second.exit()).isZero();
        assertThat(second.err())
                .contains("created 0, advanced 0, unchanged " + STATUSES + ", rejected 0 (nothing new)");
        assertThat(localIosCount()).isEqualTo(STATUSES);

        upstreamStore
                .application()
                .iosUpdates()
                .report(new ReportStatusCommand<>(
                        TenantScope.of(TENANT), ios(7, 5, IosUpdatesInstallStatus.INSTALLING)))
                .get();
        var third = sync("--type", "ios-update");
        assertThat(third.err()).contains("created 0, advanced 1, unchanged " + (STATUSES - 1));
    }

    @Test
    void configuration_statuses_are_pulled_per_named_configuration_into_the_tokens_tenant_only() {
        var config = upstreamStore.application().appConfigurations();
        for (String id : List.of("config-1", "config-2")) {
            var scope = new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, id);
            config.report(new ReportStatusCommand<>(scope, configDraft("iPad of " + id)))
                    .get();
        }

        var pulled = sync("--type", "app-configuration", "--configuration", "config-1");

        assertThat(pulled.exit()).as(pulled.err()).isZero();
        assertThat(pulled.err()).contains("created 1,");
        try (var local = localStore()) {
            var listed = local.application()
                    .appConfigurations()
                    .list(new ListStatusesQuery<>(TENANT, null, StatusFilter.any(), null, null, true))
                    .get();
            assertThat(listed.totalCount()).contains(1L);
            assertThat(listed.items().head().value().deviceDisplayName()).contains("iPad of config-1");
            var other = TenantId.fromString(TenantsEndToEndContract.TENANT_B);
            assertThat(local.application()
                            .appConfigurations()
                            .list(new ListStatusesQuery<>(other, null, StatusFilter.any(), null, null, true))
                            .get()
                            .totalCount())
                    .contains(0L);
        }
    }

    @Test
    void usage_errors_name_what_is_missing() {
        assertThat(sync("--type", "app-install").err()).contains("sync --type app-install needs --app ID");
        assertThat(sync("--type", "ios-update", "--graph-tenant", TenantsEndToEndContract.TENANT_B)
                        .err())
                .contains("is not the tenant the token is for (" + TENANT + ")");
    }

    private long localIosCount() {
        try (var local = localStore()) {
            return local.application()
                    .iosUpdates()
                    .list(new ListStatusesQuery<>(TENANT, null, StatusFilter.any(), 1, null, true))
                    .get()
                    .totalCount()
                    .get();
        }
    }

    private Storage localStore() {
        return Storage.h2Files(dataDir.resolve("local"), Clock.systemUTC()).get();
    }

    private static IosUpdateDeviceStatus.Draft ios(int device, int minutes, IosUpdatesInstallStatus state) {
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, state)
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, "device-" + device)
                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad " + device)
                .set(IosUpdateProperties.USER_NAME, "Anna")
                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                .set(IosUpdateProperties.PLATFORM, 3)
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, time("2026-12-31T00:00:00Z"))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(
                        IosUpdateProperties.LAST_REPORTED_DATE_TIME,
                        time("2026-11-23T10:" + String.format("%02d", minutes) + ":00.1234567+01:00"))
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    private static AppConfigurationDeviceStatus.Draft configDraft(String device) {
        return AppConfigurationProperties.draft()
                .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, device)
                .set(AppConfigurationProperties.USER_NAME, "Anna")
                .set(AppConfigurationProperties.DEVICE_MODEL, "iPad13,1")
                .set(AppConfigurationProperties.PLATFORM, 3)
                .set(
                        AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                        time("2026-12-31T00:00:00Z"))
                .set(AppConfigurationProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(AppConfigurationProperties.LAST_REPORTED_DATE_TIME, time("2026-11-23T10:00:00Z"))
                .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    private static GraphDateTime time(String text) {
        return GraphDateTime.parse("t", text).get();
    }
}
