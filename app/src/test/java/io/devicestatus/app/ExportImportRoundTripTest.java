package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code export} then {@code import} into an empty store yields the same statuses, property for property (new ids
 * aside), on all three types: 7-digit instants and every offset kept, beta-only members and non-ASCII text included.
 */
class ExportImportRoundTripTest {

    private static final String A = ServerUnderTest.TENANT;
    private static final TenantId TENANT = TenantId.fromString(A);
    private static final List<String> TIMES = List.of(
            "2026-11-23T10:00:00.1234567+05:30",
            "2026-11-23T10:00:00.0000001-08:00",
            "2026-11-23T10:00:00Z",
            "2026-11-22T23:59:59.9999999+14:00",
            "2026-11-23T10:00:00.5-12:00");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ndjson", "page"})
    void every_type_survives_export_then_import_property_for_property(String format) {
        Path from = dir.resolve("from");
        Path into = dir.resolve("into");
        var config = new ConfigurationScope(
                TENANT, ConfigurationCollection.IOS_LOB_APP_PROVISIONING_CONFIGURATIONS, "config-1");
        var install = new AppInstallScope(TENANT, "app-1", io.vavr.control.Option.some("user-1"));
        try (var storage = Storage.h2Files(from, Clock.systemUTC()).get()) {
            var app = storage.application();
            for (int n = 0; n < TIMES.size(); n++) {
                var time = GraphDateTime.parse("t", TIMES.get(n)).get();
                app.iosUpdates()
                        .report(new ReportStatusCommand<>(
                                TenantScope.of(TENANT),
                                IosUpdateProperties.draft()
                                        .set(
                                                IosUpdateProperties.INSTALL_STATUS,
                                                n == 0
                                                        ? IosUpdatesInstallStatus.UPDATE_SCAN_FAILED
                                                        : IosUpdatesInstallStatus.SUCCESS)
                                        .set(IosUpdateProperties.OS_VERSION, "17." + n)
                                        .set(IosUpdateProperties.DEVICE_ID, "device-" + n)
                                        .set(IosUpdateProperties.USER_ID, n % 2 == 0 ? null : "user-" + n)
                                        .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Anna\u2019s iPad " + n)
                                        .set(IosUpdateProperties.USER_NAME, "Ånna")
                                        .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                                        .set(IosUpdateProperties.PLATFORM, n)
                                        .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, time)
                                        .set(IosUpdateProperties.STATUS, ComplianceStatus.values()[n])
                                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, time)
                                        .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                        .build()))
                        .get();
                app.appConfigurations()
                        .report(new ReportStatusCommand<>(
                                config,
                                AppConfigurationProperties.draft()
                                        .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, "Device " + n)
                                        .set(AppConfigurationProperties.USER_NAME, "Anna")
                                        .set(AppConfigurationProperties.PLATFORM, n)
                                        .set(
                                                AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                                time)
                                        .set(AppConfigurationProperties.STATUS, ComplianceStatus.COMPLIANT)
                                        .set(AppConfigurationProperties.LAST_REPORTED_DATE_TIME, time)
                                        .set(
                                                AppConfigurationProperties.USER_PRINCIPAL_NAME,
                                                "user" + n + "@contoso.com")
                                        .build()))
                        .get();
                app.appInstalls()
                        .report(new ReportStatusCommand<>(
                                install,
                                AppInstallProperties.draft()
                                        .set(AppInstallProperties.DEVICE_NAME, "Anna's iPad")
                                        .set(AppInstallProperties.DEVICE_ID, "device-" + n)
                                        .set(AppInstallProperties.LAST_SYNC_DATE_TIME, time)
                                        .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.INSTALLED)
                                        .set(
                                                AppInstallProperties.INSTALL_STATE_DETAIL,
                                                ResultantAppStateDetail.NO_ADDITIONAL_DETAILS)
                                        .set(AppInstallProperties.ERROR_CODE, 0)
                                        .set(AppInstallProperties.OS_VERSION, "17.1")
                                        .set(AppInstallProperties.OS_DESCRIPTION, "iOS 17.1 \u00e9")
                                        .set(AppInstallProperties.USER_NAME, "Anna")
                                        .set(AppInstallProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                        .set(AppInstallProperties.DISPLAY_VERSION, "2." + n)
                                        .build()))
                        .get();
            }
        }
        assertThat(CommandLineTest.run("migrate", "--data-dir", into.toString()).exit())
                .isZero();

        roundTrip(format, from, into, "ios-update", List.empty());
        roundTrip(
                format,
                from,
                into,
                "app-configuration",
                List.of("--configuration", "config-1", "--collection", "iosLobAppProvisioningConfigurations"));
        roundTrip(format, from, into, "app-install", List.of("--app", "app-1", "--user-status", "user-1"));

        try (var before = Storage.h2Files(from, Clock.systemUTC()).get();
                var after = Storage.h2Files(into, Clock.systemUTC()).get()) {
            assertSame(
                    before.application(),
                    after.application(),
                    app -> app.iosUpdates()
                            .list(new ListStatusesQuery<>(TENANT, null, StatusFilter.any(), null, null, false))
                            .get()
                            .items()
                            .map(stored -> stored.value().toDraft()));
            assertSame(
                    before.application(),
                    after.application(),
                    app -> app.appConfigurations()
                            .list(new ListStatusesQuery<>(TENANT, config, StatusFilter.any(), null, null, false))
                            .get()
                            .items()
                            .map(stored -> List.of(
                                    stored.value().scope(), stored.value().toDraft())));
            assertSame(
                    before.application(),
                    after.application(),
                    app -> app.appInstalls()
                            .list(new ListStatusesQuery<>(TENANT, install, StatusFilter.any(), null, null, false))
                            .get()
                            .items()
                            .map(stored -> List.of(
                                    stored.value().scope(), stored.value().toDraft())));
        }
    }

    private void roundTrip(String format, Path from, Path into, String type, List<String> scope) {
        Path file = dir.resolve(type + "." + format);
        var exported = CommandLineTest.run(List.of(
                        "export",
                        "--tenant",
                        A,
                        "--type",
                        type,
                        "--format",
                        format,
                        "-o",
                        file.toString(),
                        "--data-dir",
                        from.toString())
                .appendAll(scope)
                .toJavaArray(String[]::new));
        assertThat(exported.exit()).as(exported.err()).isZero();
        var imported =
                CommandLineTest.run(List.of("import", "--tenant", A, "--type", type, "--data-dir", into.toString())
                        .appendAll(scope)
                        .append(file.toString())
                        .toJavaArray(String[]::new));
        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    }

    /** The statuses each store lists, as their properties in a comparable form, are the same (ids aside). */
    private static void assertSame(
            DeviceStatusApplication before,
            DeviceStatusApplication after,
            Function<DeviceStatusApplication, Seq<?>> properties) {
        var expected = properties.apply(before).map(Object::toString).sorted();
        var actual = properties.apply(after).map(Object::toString).sorted();
        assertThat(expected).hasSize(TIMES.size());
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
