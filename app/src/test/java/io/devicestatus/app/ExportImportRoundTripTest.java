package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
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
                        .report()
                        .report(new ReportStatusCommand<>(
                                TenantScope.of(TENANT),
                                new IosUpdateDeviceStatus.Draft(
                                        n == 0
                                                ? IosUpdatesInstallStatus.UPDATE_SCAN_FAILED
                                                : IosUpdatesInstallStatus.SUCCESS,
                                        "17." + n,
                                        "device-" + n,
                                        n % 2 == 0 ? null : "user-" + n,
                                        "Anna\u2019s iPad " + n,
                                        "Ånna",
                                        "iPad13,1",
                                        n,
                                        time,
                                        ComplianceStatus.values()[n],
                                        time,
                                        "anna@contoso.com")))
                        .get();
                app.appConfigurations()
                        .report()
                        .report(new ReportStatusCommand<>(
                                config,
                                new AppConfigurationDeviceStatus.Draft(
                                        "Device " + n,
                                        "Anna",
                                        null,
                                        n,
                                        time,
                                        ComplianceStatus.COMPLIANT,
                                        time,
                                        "user" + n + "@contoso.com")))
                        .get();
                app.appInstalls()
                        .report()
                        .report(new ReportStatusCommand<>(
                                install,
                                new MobileAppInstallStatus.Draft(
                                        "Anna's iPad",
                                        "device-" + n,
                                        time,
                                        null,
                                        ResultantAppState.INSTALLED,
                                        ResultantAppStateDetail.NO_ADDITIONAL_DETAILS,
                                        0,
                                        "17.1",
                                        "iOS 17.1 \u00e9",
                                        "Anna",
                                        "anna@contoso.com",
                                        "2." + n)))
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
                            .list()
                            .list(new ListStatusesQuery<>(TENANT, null, StatusFilter.any(), null, null, false))
                            .get()
                            .items()
                            .map(stored -> stored.value().toDraft()));
            assertSame(
                    before.application(),
                    after.application(),
                    app -> app.appConfigurations()
                            .list()
                            .list(new ListStatusesQuery<>(TENANT, config, StatusFilter.any(), null, null, false))
                            .get()
                            .items()
                            .map(stored -> List.of(
                                    stored.value().scope(), stored.value().toDraft())));
            assertSame(
                    before.application(),
                    after.application(),
                    app -> app.appInstalls()
                            .list()
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
