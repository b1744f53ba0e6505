package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary} and {@code export} over the embedded database: one tenant's statuses, never another's. */
class SummaryAndExportTest {

    private static final String A = ServerUnderTest.TENANT;
    private static final String B = TenantsEndToEndContract.TENANT_B;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @BeforeEach
    void statusesOfTwoTenants() {
        try (var storage = Storage.h2Files(dataDir, Clock.systemUTC()).get()) {
            var ios = storage.application().iosUpdates();
            var config = storage.application().appConfigurations();
            for (int device = 0; device < 5; device++) {
                var state = device < 3 ? IosUpdatesInstallStatus.SUCCESS : IosUpdatesInstallStatus.DOWNLOADING;
                ios.report(new ReportStatusCommand<>(TenantScope.of(TenantId.fromString(A)), ios(device, state)))
                        .get();
            }
            ios.report(new ReportStatusCommand<>(
                            TenantScope.of(TenantId.fromString(B)), ios(0, IosUpdatesInstallStatus.INSTALL_FAILED)))
                    .get();
            config.report(new ReportStatusCommand<>(
                            new ConfigurationScope(
                                    TenantId.fromString(A),
                                    ConfigurationCollection.MOBILE_APP_CONFIGURATIONS,
                                    "config-1"),
                            config("Anna\u2019s iPad")))
                    .get();
        }
    }

    private CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(List.of(args)
                .appendAll(List.of("--data-dir", dataDir.toString()))
                .toJavaArray(String[]::new));
    }

    @Test
    void summary_counts_one_tenants_statuses_per_scope_property_and_value_as_a_table() {
        var table = run("summary", "--tenant", A, "--type", "ios-update");

        assertThat(table.exit()).isZero();
        assertThat(table.out().lines())
                .containsExactly(
                        "SCOPE             PROPERTY       VALUE        COUNT",
                        "deviceManagement  installStatus  downloading      2",
                        "deviceManagement  installStatus  success          3",
                        "deviceManagement  status         compliant        5");

        var other = run("summary", "--tenant", B, "--type", "ios-update");
        assertThat(other.out()).contains("installFailed").doesNotContain("success");
    }

    @Test
    void summary_json_is_one_document_for_scripts() throws Exception {
        var json = run("summary", "--tenant", A, "--type", "app-configuration", "--json");

        assertThat(json.exit()).isZero();
        JsonNode document = JSON.readTree(json.out());
        assertThat(document.get("tenant").asText()).isEqualTo(A);
        assertThat(document.get("type").asText()).isEqualTo("app-configuration");
        assertThat(document.get("counts")).hasSize(1);
        assertThat(document.get("counts").get(0).toString())
                .isEqualTo(
                        "{\"scope\":\"mobileAppConfigurations/config-1\",\"property\":\"status\",\"value\":\"compliant\","
                                + "\"count\":1}");
    }

    @Test
    void export_writes_one_tenants_collection_as_ndjson_filtered_as_the_api_filters() throws Exception {
        var all = run("export", "--tenant", A, "--type", "ios-update");
        var filtered = run("export", "--tenant", A, "--type", "ios-update", "--filter", "installStatus eq 'success'");

        assertThat(all.exit()).isZero();
        var lines = all.out().lines().map(this::tree).toList();
        assertThat(lines)
                .hasSize(5)
                .allMatch(
                        entity -> entity.get("@odata.type").asText().equals("#microsoft.graph.iosUpdateDeviceStatus"));
        assertThat(lines.get(0).get("lastReportedDateTime").asText()).isEqualTo("2026-11-23T10:00:00.1234567+01:00");
        assertThat(lines.get(0).has("platform"))
                .as("beta by default: every property")
                .isTrue();
        assertThat(all.err()).contains("export: 5 ios-update statuses of tenant " + A);
        assertThat(filtered.out().lines()).hasSize(3);
        assertThat(run("export", "--tenant", B, "--type", "ios-update").out().lines())
                .hasSize(1);
    }

    @Test
    void export_as_a_page_to_a_file_is_one_graph_page_with_non_ascii_kept() throws Exception {
        Path file = dataDir.resolve("config.json");

        var done = run(
                "export",
                "--tenant",
                A,
                "--type",
                "app-configuration",
                "--configuration",
                "config-1",
                "--format",
                "page",
                "--api-version",
                "v1.0",
                "--output",
                file.toString());

        assertThat(done.exit()).isZero();
        JsonNode page = JSON.readTree(Files.readString(file));
        assertThat(page.get("@odata.context").asText())
                .isEqualTo("$metadata#deviceAppManagement/mobileAppConfigurations('config-1')/deviceStatuses");
        assertThat(page.get("value")).hasSize(1);
        assertThat(page.get("value").get(0).get("deviceDisplayName").asText()).isEqualTo("Anna\u2019s iPad");
        assertThat(page.get("value").get(0).has("platform"))
                .as("v1.0 has no platform")
                .isFalse();
        assertThat(Files.exists(dataDir.resolve("config.json.partial"))).isFalse();

        var stdout = run("export", "--tenant", A, "--type", "app-configuration", "--configuration", "config-1");
        assertThat(stdout.out()).contains("Anna\\u2019s iPad");
        assertThat(tree(stdout.out().strip()).get("deviceDisplayName").asText()).isEqualTo("Anna\u2019s iPad");
    }

    @Test
    void bad_selections_are_usage_errors_naming_the_option() {
        assertThat(run("export", "--tenant", A, "--type", "app-configuration").err())
                .contains("export writes one collection: name it with --configuration ID");
        var badFilter = run("export", "--tenant", A, "--type", "ios-update", "--filter", "installStatus eq 'nope'");
        assertThat(badFilter.exit()).isEqualTo(2);
        assertThat(badFilter.err()).contains("--filter").contains("nope");
        var noTenant = run("summary", "--type", "ios-update");
        assertThat(noTenant.exit()).isEqualTo(2);
        assertThat(noTenant.err()).contains("Missing required option: '--tenant=GUID'");
        assertThat(run("summary", "--tenant", A, "--type", "windows").err())
                .contains("'windows' is not a status type: ios-update, app-configuration or app-install");
        assertThat(run("summary", "--tenant", A, "--type", "ios-update", "--app", "x")
                        .err())
                .contains("--app and --user-status need --type app-install");
        assertThat(run("export", "--tenant", A, "--type", "app-install", "--app", "x", "--api-version", "v1.0")
                        .err())
                .contains("app-install statuses exist in beta only");
    }

    @Test
    void reading_commands_do_not_migrate_a_schema_that_is_behind() {
        Path empty = dataDir.resolve("empty");
        var refused =
                CommandLineTest.run("summary", "--tenant", A, "--type", "ios-update", "--data-dir", empty.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("this release needs 3").contains("device-status migrate");
    }

    private JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static IosUpdateDeviceStatus.Draft ios(int device, IosUpdatesInstallStatus state) {
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
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, time("2026-11-23T10:00:00.1234567+01:00"))
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    private static AppConfigurationDeviceStatus.Draft config(String device) {
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
