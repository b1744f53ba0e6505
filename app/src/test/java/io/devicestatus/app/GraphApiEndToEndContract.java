package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.json;
import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Graph API end to end, over real HTTP against the standalone server, once per store: the spec's examples
 * (seed pages 000 to 004), the operations, and every refusal the store takes part in. Each test has a fresh server
 * and store.
 */
abstract class GraphApiEndToEndContract {

    static final String IOS = "/deviceManagement/iosUpdateStatuses";
    static final String LOB = "/beta/deviceAppManagement/iosLobAppProvisioningConfigurations/lob-1/deviceStatuses";
    static final String INSTALLS = "/beta/deviceAppManagement/mobileApps/app-1/userStatuses/user-1/deviceStatuses";

    @TempDir
    Path dataDir;

    ServerUnderTest server;
    String admin;

    /** A server with a fresh, empty store of the kind under test. */
    abstract ServerUnderTest start(Path dataDir) throws Exception;

    @BeforeEach
    void startServer() throws Exception {
        server = start(dataDir);
        admin = server.admin();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    // --- the seed examples ---

    @Test
    void seed_001_creates_as_written_on_v1_and_answers_the_documented_entity() {
        var created = server.post("/v1.0" + IOS, admin, seed("001-request.json"));

        assertThat(created.status()).isEqualTo(201);
        assertDocumented(created.json(), json(seed("001-response.json")));
        assertThat(created.json().has("platform")).as("v1.0 has no platform").isFalse();
        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(server.baseUri() + "/v1.0" + IOS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("W/\"1\"");

        var read = server.get(created.header("Location"), admin);
        assertThat(read.status()).isEqualTo(200);
        assertDocumented(read.json(), json(seed("001-response.json")));
    }

    @Test
    void seed_000_as_written_is_refused_naming_the_placeholders_and_with_real_values_is_created_on_beta() {
        var asWritten = server.post("/beta" + IOS, admin, seed("000-request.json"));

        assertThat(asWritten.status()).isEqualTo(400);
        assertThat(asWritten.targets()).containsExactlyInAnyOrder("installStatus", "status");
        assertThat(server.get("/beta" + IOS, admin).json().path("value")).isEmpty();

        var replacements = Map.of("installStatus", "downloading", "status", "compliant");
        var created = server.post("/beta" + IOS, admin, replaced(seed("000-request.json"), replacements));

        assertThat(created.status()).isEqualTo(201);
        assertDocumented(created.json(), replaced(json(seed("000-response.json")), replacements));
        assertThat(created.json().path("platform").asInt()).isEqualTo(8);
    }

    @Test
    void seed_002_patch_on_the_collection_is_405_pointing_to_the_entity_url() {
        var reply = server.patch("/v1.0" + IOS, admin, seed("002-request.json"));

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.code()).isEqualTo("MethodNotAllowed");
        assertThat(reply.message()).contains("/v1.0/deviceManagement/iosUpdateStatuses/{id}");
        assertThat(reply.header("Allow")).isEqualTo("GET, POST");
    }

    @Test
    void seed_002_on_its_entity_is_refused_as_written_and_updates_with_real_values() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");

        var asWritten = server.patch(url, admin, seed("002-request.json"));
        assertThat(asWritten.status()).isEqualTo(400);
        assertThat(asWritten.targets())
                .containsExactlyInAnyOrder(
                        "installStatus", "status", "complianceGracePeriodExpirationDateTime", "lastReportedDateTime");
        assertThat(server.get(url, admin).json().path("installStatus").asText()).isEqualTo("available");

        var replacements = Map.of(
                "installStatus",
                "installing",
                "status",
                "compliant",
                "complianceGracePeriodExpirationDateTime",
                "2017-01-31T00:00:00.1234567+01:00",
                "lastReportedDateTime",
                "2017-01-02T08:00:00.0000001Z");
        var updated = server.patch(url, admin, replaced(seed("002-request.json"), replacements));

        assertThat(updated.status()).isEqualTo(200);
        assertDocumented(updated.json(), replaced(json(seed("002-response.json")), replacements));
        assertThat(updated.header("ETag")).isEqualTo("W/\"2\"");
    }

    @Test
    void seed_003_as_written_is_refused_naming_status_and_with_a_real_status_is_created_under_its_configuration() {
        var asWritten = server.post(LOB, admin, seed("003-request.json"));
        assertThat(asWritten.status()).isEqualTo(400);
        assertThat(asWritten.targets()).containsExactly("status");

        var replacements = Map.of("status", "nonCompliant");
        var created = server.post(LOB, admin, replaced(seed("003-request.json"), replacements));

        assertThat(created.status()).isEqualTo(201);
        assertDocumented(created.json(), replaced(json(seed("003-response.json")), replacements));
        assertThat(server.get(LOB, admin).json().path("value")).hasSize(1);
        assertThat(server.get(LOB.replace("lob-1", "lob-2"), admin).json().path("value"))
                .isEmpty();
    }

    @Test
    void seed_004_as_written_is_refused_naming_the_three_states_and_with_real_values_is_created() {
        var asWritten = server.post(INSTALLS, admin, seed("004-request.json"));
        assertThat(asWritten.status()).isEqualTo(400);
        assertThat(asWritten.targets())
                .containsExactlyInAnyOrder("mobileAppInstallStatusValue", "installState", "installStateDetail");

        var replacements = Map.of(
                "mobileAppInstallStatusValue",
                "failed",
                "installState",
                "failed",
                "installStateDetail",
                "seeInstallErrorCode");
        var created = server.post(INSTALLS, admin, replaced(seed("004-request.json"), replacements));

        assertThat(created.status()).isEqualTo(201);
        assertDocumented(created.json(), replaced(json(seed("004-response.json")), replacements));
    }

    // --- operations ---

    @Test
    void get_update_and_delete_address_one_entity_and_delete_makes_it_gone() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");

        var minimal = server.patch(url, admin, "{\"osVersion\": \"17.2\"}", "Prefer", "return=minimal");
        assertThat(minimal.status()).isEqualTo(204);
        assertThat(minimal.body()).isEmpty();
        assertThat(minimal.header("Preference-Applied")).isEqualTo("return=minimal");
        assertThat(server.get(url, admin).json().path("osVersion").asText()).isEqualTo("17.2");

        var deleted = server.delete(url, admin);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(server.get(url, admin).status()).isEqualTo(404);
        assertThat(server.get(url, admin).code()).isEqualTo("ResourceNotFound");
        assertThat(server.delete(url, admin).status()).isEqualTo(404);
    }

    @Test
    void patch_keeps_absent_properties_and_clears_properties_sent_as_null() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");

        var updated = server.patch(url, admin, "{\"osVersion\": null, \"deviceModel\": \"iPad13,1\"}")
                .json();

        assertThat(updated.path("osVersion").isNull()).isTrue();
        assertThat(updated.path("deviceModel").asText()).isEqualTo("iPad13,1");
        assertThat(updated.path("userName").asText()).isEqualTo("User Name value");
        assertThat(updated.path("installStatus").asText()).isEqualTo("available");
    }

    @Test
    void patch_refuses_null_for_a_property_that_is_not_nullable_and_changes_nothing() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");

        var reply = server.patch(url, admin, "{\"installStatus\": null, \"osVersion\": \"18.0\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("installStatus");
        assertThat(server.get(url, admin).json().path("osVersion").asText()).isEqualTo("Os Version value");
    }

    @Test
    void if_match_applies_a_write_only_at_that_version() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");

        assertThat(server.patch(url, admin, "{\"osVersion\": \"a\"}", "If-Match", "W/\"1\"")
                        .status())
                .isEqualTo(200);
        var stale = server.patch(url, admin, "{\"osVersion\": \"b\"}", "If-Match", "W/\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("PreconditionFailed");
        assertThat(server.delete(url, admin, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(server.patch(url, admin, "{\"osVersion\": \"b\"}", "If-Match", "version 2")
                        .status())
                .isEqualTo(400);
        assertThat(server.delete(url, admin, "If-Match", "W/\"2\"").status()).isEqualTo(204);
    }

    @Test
    void list_pages_with_next_links_counts_and_visits_every_status_once() {
        var created = new HashSet<String>();
        for (int i = 0; i < 7; i++) {
            created.add(server.post(LOB, admin, configuration("device " + i, "compliant"))
                    .json()
                    .path("id")
                    .asText());
        }
        var seen = new HashSet<String>();
        String next = LOB + "?$top=3&$count=true";
        int pages = 0;
        while (next != null) {
            var page = server.get(next, admin);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("@odata.count").asLong()).isEqualTo(7);
            assertThat(page.json().path("value").size()).isLessThanOrEqualTo(3);
            page.json()
                    .path("value")
                    .forEach(item ->
                            assertThat(seen.add(item.path("id").asText())).isTrue());
            next = page.json().has("@odata.nextLink")
                    ? page.json().path("@odata.nextLink").asText()
                    : null;
            assertThat(next == null || next.startsWith(server.baseUri() + LOB + "?"))
                    .isTrue();
            pages++;
        }
        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void list_filters_with_eq_ne_and_selects_and_skips() {
        server.post(LOB, admin, configuration("alpha", "compliant"));
        server.post(LOB, admin, configuration("beta", "nonCompliant"));
        server.post(LOB, admin, configuration("gamma", "error"));

        assertThat(names(server.get(LOB + "?$filter=status+eq+'compliant'", admin)))
                .containsExactly("alpha");
        assertThat(names(server.get(LOB + "?$filter=status%20ne%20'compliant'%20and%20status%20ne%20'error'", admin)))
                .containsExactly("beta");
        assertThat(names(server.get(LOB + "?$skip=1", admin))).hasSize(2);
        assertThat(names(server.get(LOB + "?$skip=5&$count=true", admin))).isEmpty();
        assertThat(server.get(LOB + "?$skip=5&$count=true", admin)
                        .json()
                        .path("@odata.count")
                        .asLong())
                .isEqualTo(3);

        var selected = server.get(LOB + "?$select=id,deviceDisplayName", admin)
                .json()
                .path("value")
                .get(0);
        Set<String> fields = new HashSet<>();
        selected.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .as("the version goes with every entity")
                .containsExactlyInAnyOrder("@odata.type", "@odata.etag", "id", "deviceDisplayName");
    }

    @Test
    void list_filters_with_in_alone_and_combined_with_eq_ne_and_parentheses() {
        server.post(INSTALLS, admin, install("device-1", "installed"));
        server.post(INSTALLS, admin, install("device-2", "pendingInstall"));
        server.post(INSTALLS, admin, install("device-3", "installed"));
        server.post(INSTALLS, admin, install("device-4", "notInstalled"));

        assertThat(deviceIds(INSTALLS + "?$filter=deviceId in ('device-1', 'device-4', 'device-9')"))
                .containsExactly("device-1", "device-4");
        assertThat(deviceIds(INSTALLS + "?$filter=installState in ('installed','pendingInstall') and deviceId ne "
                        + "'device-1'"))
                .containsExactly("device-2", "device-3");
        assertThat(deviceIds(INSTALLS + "?$filter=(deviceId in ('device-1','device-2')) and (installState in "
                        + "('installed') and mobileAppInstallStatusValue eq 'installed')"))
                .containsExactly("device-1");
        var empty = server.get(INSTALLS + encoded("?$filter=deviceId in ()"), admin);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.message()).contains("needs at least one value");
        var unknown = server.get(INSTALLS + encoded("?$filter=installState in ('installed', 'Failed', 'gone')"), admin);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.targets()).containsExactly("$filter.installState", "$filter.installState");
    }

    /** The device ids a list answers, sorted. */
    private java.util.List<String> deviceIds(String pathAndQuery) {
        var reply = server.get(encoded(pathAndQuery), admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var ids = new java.util.ArrayList<String>();
        reply.json().path("value").forEach(item -> ids.add(item.path("deviceId").asText()));
        java.util.Collections.sort(ids);
        return ids;
    }

    /** Spaces and quotes percent-encoded, as an HTTP client sends them. */
    private static String encoded(String pathAndQuery) {
        return pathAndQuery.replace(" ", "%20").replace("'", "%27");
    }

    @Test
    void list_orders_by_report_time_across_pages_in_either_direction() {
        // the same instant in two offsets counts as one time; ties go by id
        var times = java.util.List.of(
                "2026-01-03T00:00:00Z",
                "2026-01-01T00:00:00.0000001Z",
                "2026-01-02T09:00:00+09:00",
                "2026-01-02T00:00:00Z",
                "2025-12-31T23:59:59.9999999-01:00");
        for (int i = 0; i < times.size(); i++) {
            server.post(
                    LOB,
                    admin,
                    configuration("device " + i, "compliant")
                            .replace("2026-01-01T10:00:00.1234567+01:00", times.get(i)));
        }

        var ascending = walk(LOB + "?$orderby=lastReportedDateTime&$top=2");
        var descending = walk(LOB + "?$orderby=lastReportedDateTime%20desc&$top=2");

        assertThat(ascending).extracting(t -> t.toInstant()).isSorted();
        assertThat(ascending).hasSize(5);
        assertThat(descending).extracting(t -> t.toInstant()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(descending.get(0).toInstant()).isEqualTo(java.time.Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(descending.get(4).toInstant()).isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00.0000001Z"));
        assertThat(descending)
                .as("offsets as received")
                .extracting(OffsetDateTime::getOffset)
                .contains(java.time.ZoneOffset.ofHours(-1), java.time.ZoneOffset.ofHours(9));
    }

    /** Follows next links from {@code first}, answering the report times in the order listed. */
    private java.util.List<OffsetDateTime> walk(String first) {
        var times = new java.util.ArrayList<OffsetDateTime>();
        for (String next = first; next != null; ) {
            var page = server.get(next, admin);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json()
                    .path("value")
                    .forEach(item -> times.add(OffsetDateTime.parse(
                            item.path("lastReportedDateTime").asText())));
            next = page.json().has("@odata.nextLink")
                    ? page.json().path("@odata.nextLink").asText()
                    : null;
        }
        return times;
    }

    @Test
    void install_statuses_list_by_device_and_state_under_their_app() {
        server.post(INSTALLS, admin, install("device-1", "installed"));
        server.post(INSTALLS, admin, install("device-2", "pendingInstall"));

        var byDevice = server.get(INSTALLS + "?$filter=deviceId eq 'device-2'".replace(" ", "%20"), admin);
        assertThat(byDevice.json().path("value")).hasSize(1);
        assertThat(byDevice.json().path("value").get(0).path("installState").asText())
                .isEqualTo("pendingInstall");
        var byState = server.get(INSTALLS + "?$filter=installState%20eq%20'installed'", admin);
        assertThat(byState.json().path("value").get(0).path("deviceId").asText())
                .isEqualTo("device-1");
        assertThat(server.get("/beta/deviceAppManagement/mobileApps/app-1/deviceStatuses", admin)
                        .json()
                        .path("value"))
                .as("statuses directly under the app are another scope")
                .isEmpty();
    }

    @Test
    void a_create_with_a_free_id_of_the_client_s_is_created_under_it() {
        var body = replaced(seed("001-request.json"), Map.of("id", "client/minted 1"));

        var created = server.post("/v1.0" + IOS, admin, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("id").asText()).isEqualTo("client/minted 1");
        assertThat(created.header("Location")).isEqualTo(server.baseUri() + "/v1.0" + IOS + "/client%2Fminted%201");
        var read = server.get(created.header("Location"), admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("id").asText()).isEqualTo("client/minted 1");
        assertThat(read.json().path("deviceId").asText()).isEqualTo("Device Id value");
    }

    @Test
    void a_create_with_a_taken_id_is_409_and_the_stored_status_is_unchanged() {
        var first = server.post(LOB, admin, withId(configuration("alpha", "compliant"), "retried-1"));
        assertThat(first.status()).isEqualTo(201);

        var retry = server.post(LOB, admin, withId(configuration("beta", "error"), "retried-1"));

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.code()).isEqualTo("Conflict");
        assertThat(retry.message()).contains("retried-1");
        var stored = server.get(LOB + "/retried-1", admin);
        assertThat(stored.json().path("deviceDisplayName").asText()).isEqualTo("alpha");
        assertThat(stored.header("ETag")).isEqualTo("W/\"1\"");
        assertThat(server.get(LOB, admin).json().path("value")).hasSize(1);
    }

    @Test
    void a_create_with_a_blank_or_too_long_id_is_400_naming_id_and_stores_nothing() {
        for (String id : java.util.List.of("", "  ", "x".repeat(129))) {
            var reply = server.post(LOB, admin, withId(configuration("alpha", "compliant"), id));

            assertThat(reply.status()).as(id).isEqualTo(400);
            assertThat(reply.targets()).as(id).containsExactly("id");
        }
        assertThat(server.get(LOB, admin).json().path("value")).isEmpty();
    }

    // --- refusals the store takes part in ---

    @Test
    void a_natural_key_taken_is_409_conflict() {
        server.post("/v1.0" + IOS, admin, seed("001-request.json"));

        var second = server.post("/v1.0" + IOS, admin, seed("001-request.json"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("Conflict");
        assertThat(second.message()).contains("deviceId 'Device Id value'");
    }

    @Test
    void an_illegal_transition_is_409_and_says_where_the_state_may_go() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");
        server.patch(url, admin, "{\"installStatus\": \"success\"}");

        var back = server.patch(url, admin, "{\"installStatus\": \"downloading\"}");

        assertThat(back.status()).isEqualTo(409);
        assertThat(back.code()).isEqualTo("IllegalStateTransition");
        assertThat(back.message()).contains("installStatus", "success", "downloading");
    }

    @Test
    void an_older_report_is_409_stale() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");

        var older = server.patch(url, admin, "{\"lastReportedDateTime\": \"2016-06-01T00:00:00Z\"}");

        assertThat(older.status()).isEqualTo(409);
        assertThat(older.code()).isEqualTo("StaleReport");
    }

    @Test
    void an_unknown_id_is_404_in_graph_s_error_shape_with_the_request_ids() {
        var reply = server.send("GET", "/v1.0" + IOS + "/no-such-id", admin, null, "client-request-id", "my-id-42");

        assertThat(reply.status()).isEqualTo(404);
        JsonNode inner = reply.json().path("error").path("innerError");
        assertThat(inner.path("client-request-id").asText()).isEqualTo("my-id-42");
        assertThat(reply.header("client-request-id")).isEqualTo("my-id-42");
        assertThat(inner.path("request-id").asText())
                .isEqualTo(reply.header("request-id"))
                .isNotBlank();
        assertThat(inner.path("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void an_id_with_a_slash_is_one_path_segment() {
        String url = server.post("/v1.0" + IOS, admin, seed("001-request.json")).header("Location");
        assertThat(server.get(url + "%2F..%2Fx", admin).status()).isEqualTo(404);
        assertThat(server.get(url + "/x", admin).code()).isEqualTo("BadRequest");
    }

    // --- helpers ---

    static String configuration(String deviceName, String status) {
        return """
                {"@odata.type": "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
                 "deviceDisplayName": "%s", "userPrincipalName": "anna@contoso.com", "status": "%s",
                 "complianceGracePeriodExpirationDateTime": "2026-12-31T00:00:00Z",
                 "lastReportedDateTime": "2026-01-01T10:00:00.1234567+01:00"}""".formatted(deviceName, status);
    }

    static String withId(String body, String id) {
        return replaced(body, Map.of("id", id));
    }

    static String install(String deviceId, String state) {
        return """
                {"deviceId": "%s", "installState": "%s", "lastSyncDateTime": "2026-01-01T10:00:00Z"}""".formatted(deviceId, state);
    }

    private static java.util.List<String> names(ServerUnderTest.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var names = new java.util.ArrayList<String>();
        reply.json()
                .path("value")
                .forEach(item -> names.add(item.path("deviceDisplayName").asText()));
        return names;
    }

    static String replaced(String body, Map<String, String> values) {
        return replaced(json(body), values).toString();
    }

    static JsonNode replaced(JsonNode body, Map<String, String> values) {
        var copy = (ObjectNode) body.deepCopy();
        values.forEach(copy::put);
        return copy;
    }

    /** Every documented property but the id, with DateTimeOffsets instant-equal to 100 ns; an id of our own. */
    static void assertDocumented(JsonNode actual, JsonNode documented) {
        assertThat(actual.path("id").asText())
                .isNotBlank()
                .isNotEqualTo(documented.path("id").asText());
        documented.properties().forEach(field -> {
            if (field.getKey().equals("id")) {
                return;
            }
            JsonNode value = actual.get(field.getKey());
            assertThat(value).as(field.getKey()).isNotNull();
            if (field.getKey().endsWith("DateTime")) {
                assertThat(OffsetDateTime.parse(value.asText()).toInstant())
                        .as(field.getKey())
                        .isEqualTo(
                                OffsetDateTime.parse(field.getValue().asText()).toInstant());
            } else {
                assertThat(value).as(field.getKey()).isEqualTo(field.getValue());
            }
        });
    }
}
