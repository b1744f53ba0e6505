package io.devicestatus.app;

import static io.devicestatus.app.ImportFixtures.IOS_TYPE;
import static io.devicestatus.app.ImportFixtures.TENANT_A;
import static io.devicestatus.app.ImportFixtures.TENANT_B;
import static io.devicestatus.app.ImportFixtures.ios;
import static io.devicestatus.app.ImportFixtures.iosRows;
import static io.devicestatus.app.ImportFixtures.rows;
import static io.devicestatus.app.ImportFixtures.typedIos;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.app.CommandLineTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} in process: the three input forms, rejects, exit codes, re-imports, tenants, malformed input. */
class ImportCommandTest {

    private static final String T1 = "2026-11-23T10:00:00.1234567+01:00";
    private static final String T2 = "2026-11-24T10:00:00.7654321-08:00";
    private static final String T0 = "2026-11-22T10:00:00Z";

    @TempDir
    Path dir;

    private Run importing(String tenant, String... args) {
        var all = new ArrayList<>(List.of(
                "import", "--tenant", tenant, "--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    private String file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private List<String> stored() throws Exception {
        return iosRows(dir.resolve("data"));
    }

    @Test
    void ndjson_with_odata_type_per_item() throws Exception {
        var input = file("a.ndjson", typedIos("d1", "available", T1) + "\n" + typedIos("d2", "idle", T1) + "\n");

        var run = importing(TENANT_A, input);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "import: 2 items read into",
                        "for tenant " + TENANT_A + ": 2 created, 0 advanced," + " 0 unchanged, 0 stale, 0 rejected");
        assertThat(stored()).containsExactly(TENANT_A + " d1 available", TENANT_A + " d2 idle");
    }

    @Test
    void a_plain_json_array_with_type_option() throws Exception {
        var input = file("a.json", "[\n" + ios("d1", "available", T1) + ",\n" + ios("d2", "idle", T1) + "\n]\n");

        var run = importing(TENANT_A, "--type", "ios-update", input);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(stored()).containsExactly(TENANT_A + " d1 available", TENANT_A + " d2 idle");
    }

    @Test
    void graph_pages_in_several_files_take_the_type_from_odata_context() throws Exception {
        String context = "\"@odata.context\":\"https://graph.microsoft.com/beta/$metadata#deviceManagement/"
                + "iosUpdateStatuses\"";
        var first = file(
                "page1.json",
                "{" + context + ",\"value\":[" + ios("d1", "available", T1) + ","
                        + ios("d2", "idle", T1)
                        + "],\"@odata.nextLink\":\"https://graph.microsoft.com/beta/deviceManagement/"
                        + "iosUpdateStatuses?$skiptoken=2\"}");
        var second = file("page2.json", "{" + context + ",\"value\":[" + typedIos("d3", "downloading", T1) + "]}");

        var run = importing(TENANT_A, first, second);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(stored())
                .containsExactly(TENANT_A + " d1 available", TENANT_A + " d2 idle", TENANT_A + " d3 downloading");
    }

    @Test
    void app_configuration_and_app_install_pages_take_their_scope_from_options() throws Exception {
        var config = file(
                "config.json",
                "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#"
                        + "deviceAppManagement/mobileAppConfigurations('cfg-1')/deviceStatuses\",\"value\":[{\"deviceDisplayName\":"
                        + "\"iPad 1\",\"complianceGracePeriodExpirationDateTime\":\"" + T2
                        + "\",\"status\":\"compliant\","
                        + "\"lastReportedDateTime\":\"" + T1 + "\",\"userPrincipalName\":"
                        + "\"a@contoso.com\"}]}");
        var install = file(
                "install.ndjson",
                "{\"@odata.type\":\"#microsoft.graph.mobileAppInstallStatus\","
                        + "\"deviceName\":\"iPad 1\",\"deviceId\":\"d1\",\"lastSyncDateTime\":\"" + T1 + "\","
                        + "\"installState\":\"installed\"}\n");

        var configRun = importing(TENANT_A, "--configuration", "cfg-1", config);
        var installRun = importing(TENANT_A, "--app", "app-1", "--user-status", "us-1", install);

        assertThat(configRun.exit()).as(configRun.err() + configRun.out()).isZero();
        assertThat(installRun.exit()).as(installRun.err() + installRun.out()).isZero();
        assertThat(rows(
                        dir.resolve("data"),
                        "SELECT tenant_id, configuration_id, device_display_name FROM" + " app_configuration_status"))
                .containsExactly(TENANT_A + " cfg-1 iPad 1");
        assertThat(rows(
                        dir.resolve("data"),
                        "SELECT tenant_id, mobile_app_id, user_status_id, device_id FROM" + " app_install_status"))
                .containsExactly(TENANT_A + " app-1 us-1 d1");
    }

    @Test
    void rejected_items_go_to_the_rejects_file_with_position_violations_and_the_item() throws Exception {
        var input = file(
                "mixed.ndjson",
                String.join(
                                "\n",
                                typedIos("d1", "available", T1),
                                typedIos("d2", "bogus", T1).replace("\"status\":\"compliant\"", "\"status\":7"),
                                "42",
                                "{\"@odata.type\":\"#microsoft.graph.user\",\"deviceId\":\"x\"}",
                                "{\"deviceId\":\"d3\",\"deviceId\":\"d4\"}",
                                typedIos("d5", "idle", T1))
                        + "\n");
        var rejects = dir.resolve("rejects.ndjson");

        var run = importing(TENANT_A, "--rejects", rejects.toString(), input);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("6 items read", "2 created, 0 advanced, 0 unchanged, 0 stale, 4 rejected");
        assertThat(Files.readAllLines(rejects))
                .containsExactly(
                        "{\"file\":\"" + input
                                + "\",\"line\":2,\"errors\":[{\"field\":\"installStatus\",\"value\":\"bogus\","
                                + "\"message\":\"'bogus' is not a iosUpdatesInstallStatus; allowed: mdmClientCrashed, timeout,"
                                + " downloading, downloadFailed, downloadRequiresComputer, downloadInsufficientSpace,"
                                + " downloadInsufficientPower, downloadInsufficientNetwork, installing, installInsufficientSpace,"
                                + " installInsufficientPower, installPhoneCallInProgress, installFailed, notSupportedOperation,"
                                + " sharedDeviceUserLoggedInError, updateError, deviceOsHigherThanDesiredOsVersion,"
                                + " updateScanFailed, success, available, idle, unknown\"},{\"field\":\"status\","
                                + "\"value\":\"7\",\"message\":\"is a JSON number, expected a complianceStatus name as a"
                                + " string\"}],\"item\":"
                                + typedIos("d2", "bogus", T1).replace("\"status\":\"compliant\"", "\"status\":7") + "}",
                        "{\"file\":\"" + input + "\",\"line\":3,\"errors\":[{\"field\":\"item\",\"message\":"
                                + "\"is a number, not a JSON object\"}],\"item\":42}",
                        "{\"file\":\"" + input + "\",\"line\":4,\"errors\":[{\"field\":\"@odata.type\",\"value\":"
                                + "\"#microsoft.graph.user\",\"message\":\"is not a type import reads; it reads"
                                + " #microsoft.graph.iosUpdateDeviceStatus,"
                                + " #microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus,"
                                + " #microsoft.graph.mobileAppInstallStatus\"}],\"item\":"
                                + "{\"@odata.type\":\"#microsoft.graph.user\",\"deviceId\":\"x\"}}",
                        "{\"file\":\"" + input + "\",\"line\":5,\"errors\":[{\"field\":\"item\",\"message\":"
                                + "\"repeats property 'deviceId'\"}],\"item\":{\"deviceId\":\"d3\"}}");
        assertThat(stored()).containsExactly(TENANT_A + " d1 available", TENANT_A + " d5 idle");
    }

    @Test
    void array_items_are_named_by_index_and_a_type_mismatch_is_rejected() throws Exception {
        var input =
                file("a.json", "[" + ios("d1", "available", T1) + ", \"text\", {" + IOS_TYPE + "\"deviceId\":\"d2\"}]");
        var rejects = dir.resolve("r.ndjson");

        var run = importing(TENANT_A, "--type", "app-install", "--app", "a1", "--rejects", rejects.toString(), input);

        assertThat(run.exit()).isEqualTo(1);
        var lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith(
                        "{\"file\":\"" + input + "\",\"index\":0,\"errors\":[{\"field\":"
                                + "\"installStatus\",\"value\":\"available\",\"message\":\"is not a property of mobileAppInstallStatus");
        assertThat(lines.get(1))
                .isEqualTo("{\"file\":\"" + input + "\",\"index\":1,\"errors\":[{\"field\":\"item\","
                        + "\"message\":\"is a string, not a JSON object\"}],\"item\":\"text\"}");
        assertThat(lines.get(2))
                .isEqualTo("{\"file\":\"" + input + "\",\"index\":2,\"errors\":[{\"field\":"
                        + "\"@odata.type\",\"value\":\"#microsoft.graph.iosUpdateDeviceStatus\",\"message\":\"differs from"
                        + " --type app-install\"}],\"item\":{" + IOS_TYPE + "\"deviceId\":\"d2\"}}");
    }

    @Test
    void reimport_in_report_mode_advances_newer_and_counts_older_as_stale_and_equal_as_unchanged() throws Exception {
        importing(
                TENANT_A,
                file(
                        "first.ndjson",
                        typedIos("d1", "available", T1) + "\n" + typedIos("d2", "available", T1) + "\n"
                                + typedIos("d3", "available", T1) + "\n"));

        var run = importing(
                TENANT_A,
                file(
                        "second.ndjson",
                        typedIos("d1", "installing", T2) + "\n"
                                + typedIos("d2", "available", T1) + "\n" + typedIos("d3", "idle", T0) + "\n"
                                + typedIos("d4", "idle", T0) + "\n"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 items read", "1 created, 1 advanced, 1 unchanged, 1 stale, 0 rejected");
        assertThat(stored())
                .containsExactly(
                        TENANT_A + " d1 installing",
                        TENANT_A + " d2 available",
                        TENANT_A + " d3 available",
                        TENANT_A + " d4 idle");
    }

    @Test
    void create_mode_rejects_a_taken_natural_key() throws Exception {
        var input = file("a.ndjson", typedIos("d1", "available", T1) + "\n");
        importing(TENANT_A, "--mode", "create", input);

        var again = importing(TENANT_A, "--mode", "create", input);

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).contains("0 created, 0 advanced, 0 unchanged, 0 stale, 1 rejected");
        assertThat(again.err()).contains("import: rejected " + input + ", line 1: ");
    }

    @Test
    void imported_statuses_are_the_named_tenants_only() throws Exception {
        var input = file("a.ndjson", typedIos("d1", "available", T1) + "\n");

        assertThat(importing(TENANT_A, input).exit()).isZero();
        var forB = importing(TENANT_B, file("b.ndjson", typedIos("d1", "idle", T2) + "\n"));

        assertThat(forB.out()).contains("1 created, 0 advanced");
        assertThat(stored()).containsExactly(TENANT_A + " d1 available", TENANT_B + " d1 idle");
    }

    @Test
    void progress_is_a_plain_line_on_stderr_when_not_on_a_terminal() throws Exception {
        var input = file(
                "many.ndjson",
                IntStream.range(0, 3000)
                        .mapToObj(i -> typedIos("d" + i, "available", T1))
                        .collect(Collectors.joining("\n")));

        var run = importing(TENANT_A, "--progress-seconds", "0.01", input);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("(?m)^import: \\d+ items, \\d+/s, \\d+ s$");
        assertThat(run.out()).contains("3000 created");
    }

    @Test
    void truncated_json_stops_at_its_position_with_what_was_committed() throws Exception {
        var input = file(
                "cut.json",
                "[" + typedIos("d1", "available", T1) + ",\n" + typedIos("d2", "idle", T1)
                        + ",\n{\"deviceId\": \"d3\", \"installStatus\": ");

        var run = importing(TENANT_A, input);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("import: stopped at " + input + ", line 3, column 37: not valid JSON, cannot"
                        + " read on: Unexpected end-of-input")
                .doesNotContain("\tat ", "Exception");
        assertThat(run.out()).contains("2 items read", "2 created, 0 advanced, 0 unchanged, 0 stale, 0 rejected");
        assertThat(stored()).containsExactly(TENANT_A + " d1 available", TENANT_A + " d2 idle");
    }

    @Test
    void garbage_in_ndjson_stops_at_its_line_and_column() throws Exception {
        var input = file(
                "g.ndjson",
                typedIos("d1", "available", T1) + "\nthis is not json\n" + typedIos("d2", "idle", T1) + "\n");

        var run = importing(TENANT_A, input);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("import: stopped at " + input
                        + ", line 2, column 1: not valid JSON, cannot read on: Unrecognized token 'this'");
        assertThat(stored()).containsExactly(TENANT_A + " d1 available");
    }

    @Test
    void usage_errors_exit_2_before_anything_is_imported() throws Exception {
        var input = file("a.ndjson", typedIos("d1", "available", T1) + "\n");

        var noTenant = CommandLineTest.run("import", "--data-dir", dir.toString(), input);
        assertThat(noTenant.exit()).isEqualTo(2);
        assertThat(noTenant.err()).contains("Missing required option: '--tenant=GUID'");
        assertThat(importing("contoso", input).err()).contains("--tenant 'contoso' is not a tenant id");
        var badType = importing(TENANT_A, "--type", "ios", input);
        assertThat(badType.exit()).isEqualTo(2);
        assertThat(badType.err()).contains("--type 'ios' is none of ios-update, app-configuration, app-install");
        var noConfig = importing(TENANT_A, "--type", "app-configuration", input);
        assertThat(noConfig.exit()).isEqualTo(2);
        assertThat(noConfig.err()).contains("app-configuration statuses need --configuration ID");
        var wrongScope = importing(TENANT_A, "--app", "a1", input);
        assertThat(wrongScope.exit()).isEqualTo(2);
        assertThat(wrongScope.err()).contains("--app is for app-install statuses; this import is of ios-update");
        var missing = importing(TENANT_A, dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read " + dir.resolve("nope.json") + ": no such file");
        assertThat(importing(TENANT_A, "--mode", "upsert", input).exit()).isEqualTo(2);
        assertThat(stored()).isEmpty();
    }

    @Test
    void help_documents_the_exit_codes() {
        var help = CommandLineTest.run("import", "--help");

        assertThat(help.out())
                .contains(
                        "Exit codes:",
                        "0   every item was imported",
                        "1   some items were rejected",
                        "2   a usage error");
    }
}
