package io.devicestatus.app;

import static io.devicestatus.app.GraphApiEndToEndContract.configuration;
import static io.devicestatus.app.ServerUnderTest.CONFIG_WRITE;
import static io.devicestatus.app.ServerUnderTest.json;
import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /{version}/$batch} end to end over real HTTP: each request of a batch answers what it would alone,
 * dependencies order requests and stop the dependents of a failure with 424, and a malformed batch runs nothing.
 */
class BatchApiTest {

    private static final String IOS = "/deviceManagement/iosUpdateStatuses";
    private static final String LOB = "/deviceAppManagement/iosLobAppProvisioningConfigurations/lob-1/deviceStatuses";
    private static final String CONFIGS = "/deviceAppManagement/mobileAppConfigurations/c-1/deviceStatuses";

    private ServerUnderTest server;
    private String admin;

    @BeforeEach
    void start() throws Exception {
        server = ServerUnderTest.inMemory();
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // --- running requests ---

    @Test
    void twenty_creates_in_one_batch_answer_twenty_201_in_order_with_ids_and_locations() {
        var requests = IntStream.range(0, 20)
                .mapToObj(i -> request(String.valueOf(i), "POST", IOS, device("device-" + i)))
                .toArray(ObjectNode[]::new);

        var reply = batch("/v1.0", admin, requests);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        var responses = reply.json().path("responses");
        assertThat(responses).hasSize(20);
        for (int i = 0; i < 20; i++) {
            var response = responses.get(i);
            assertThat(response.path("id").asText()).isEqualTo(String.valueOf(i));
            assertThat(response.path("status").asInt()).as(response.toString()).isEqualTo(201);
            String id = response.path("body").path("id").asText();
            assertThat(response.path("body").path("deviceId").asText()).isEqualTo("device-" + i);
            assertThat(response.path("headers").path("Location").asText())
                    .isEqualTo(server.baseUri() + "/v1.0" + IOS + "/" + id);
            assertThat(response.path("headers").path("ETag").asText()).isEqualTo("W/\"1\"");
            assertThat(response.path("headers").path("request-id").asText())
                    .isNotBlank()
                    .isNotEqualTo(reply.header("request-id"));
        }
        assertThat(server.get("/v1.0" + IOS + "?$count=true", admin)
                        .json()
                        .path("@odata.count")
                        .asInt())
                .isEqualTo(20);
    }

    @Test
    void a_create_under_a_client_id_then_a_patch_of_that_id_run_in_dependency_order() {
        var patch = request("2", "PATCH", IOS + "/client-1", json("{\"installStatus\": \"downloading\"}"));
        patch.putArray("dependsOn").add("1");
        var create = request("1", "POST", IOS, device("device-1").put("id", "client-1"));

        var responses = batch("/v1.0", admin, patch, create).json().path("responses");

        assertThat(ids(responses))
                .as("the responses in the order of the requests")
                .containsExactly("2", "1");
        assertThat(responses.get(1).path("status").asInt()).isEqualTo(201);
        assertThat(responses.get(1).path("headers").path("Location").asText()).endsWith(IOS + "/client-1");
        assertThat(responses.get(0).path("status").asInt())
                .as(responses.toString())
                .isEqualTo(200);
        assertThat(responses.get(0).path("body").path("installStatus").asText()).isEqualTo("downloading");
        assertThat(responses.get(0).path("headers").path("ETag").asText()).isEqualTo("W/\"2\"");
        assertThat(server.get("/v1.0" + IOS + "/client-1", admin)
                        .json()
                        .path("installStatus")
                        .asText())
                .isEqualTo("downloading");
    }

    @Test
    void a_failed_request_makes_its_dependents_424_and_leaves_independent_requests_applied() {
        server.post("/v1.0" + IOS, admin, device("device-0").put("id", "taken").toString());
        var conflict = request("a", "POST", IOS, device("device-a").put("id", "taken"));
        var dependent = request("b", "PATCH", IOS + "/taken", json("{\"osVersion\": \"18.0\"}"));
        dependent.putArray("dependsOn").add("a");
        var transitive = request("c", "DELETE", IOS + "/taken", null);
        transitive.putArray("dependsOn").add("b");
        var independent = request("d", "POST", IOS, device("device-d"));
        var invalid = request("e", "POST", IOS, json("{\"installStatus\": \"nope\"}"));
        var afterInvalid = request("f", "POST", IOS, device("device-f"));
        afterInvalid.putArray("dependsOn").add("d").add("e");

        var responses = batch("/v1.0", admin, conflict, dependent, transitive, independent, invalid, afterInvalid)
                .json()
                .path("responses");

        assertThat(statuses(responses)).containsExactly(409, 424, 424, 201, 400, 424);
        var failed = responses.get(1).path("body").path("error");
        assertThat(failed.path("code").asText()).isEqualTo("FailedDependency");
        assertThat(failed.path("message").asText()).contains("'a'", "409");
        assertThat(failed.path("innerError").path("request-id").asText())
                .isEqualTo(responses.get(1).path("headers").path("request-id").asText());
        assertThat(responses.get(2).path("body").path("error").path("message").asText())
                .contains("'b'", "424");
        assertThat(responses.get(5).path("body").path("error").path("message").asText())
                .contains("'e'", "400");
        assertThat(responses.get(0).path("body").path("error").path("code").asText())
                .isEqualTo("Conflict");
        assertThat(responses
                        .get(4)
                        .path("body")
                        .path("error")
                        .path("details")
                        .get(0)
                        .path("target")
                        .asText())
                .isEqualTo("installStatus");
        var stored = server.get("/v1.0" + IOS + "/taken", admin);
        assertThat(stored.json().path("deviceId").asText()).isEqualTo("device-0");
        assertThat(stored.json().path("osVersion").asText()).isEqualTo("17.1");
        assertThat(deviceIds("/v1.0" + IOS)).containsExactlyInAnyOrder("device-0", "device-d");
    }

    @Test
    void a_request_without_permission_is_403_and_the_others_run() {
        String iosWriter = server.delegated(CONFIG_WRITE);
        var requests = new ObjectNode[] {
            request("ios", "POST", IOS, device("device-1")),
            request("config", "POST", CONFIGS, json(configuration("alpha", "compliant"))),
            request("list", "GET", IOS, null)
        };

        var responses = batch("/v1.0", iosWriter, requests).json().path("responses");

        assertThat(statuses(responses)).containsExactly(201, 403, 200);
        assertThat(responses.get(1).path("body").path("error").path("code").asText())
                .isEqualTo("Forbidden");
        assertThat(responses.get(2).path("body").path("value")).hasSize(1);
        assertThat(server.get("/v1.0" + CONFIGS, admin).json().path("value")).isEmpty();
    }

    @Test
    void get_requests_filter_select_and_count_as_they_would_alone() {
        for (String device : List.of("d-1", "d-2", "d-3")) {
            server.post("/v1.0" + IOS, admin, device(device).toString());
        }
        var requests = new ObjectNode[] {
            request("raw", "GET", IOS + "?$filter=deviceId in ('d-1', 'd-3')&$count=true&$select=deviceId", null),
            request("encoded", "GET", "deviceManagement/iosUpdateStatuses?$filter=deviceId%20eq%20%27d-2%27", null),
            request("paged", "GET", IOS + "?$top=2&$filter=installStatus eq 'available'", null),
            request("bad", "GET", IOS + "?$filter=installStatus in ()", null)
        };

        var responses = batch("/v1.0", admin, requests).json().path("responses");

        assertThat(statuses(responses)).containsExactly(200, 200, 200, 400);
        assertThat(values(responses.get(0), "deviceId")).containsExactly("d-1", "d-3");
        assertThat(responses.get(0).path("body").path("@odata.count").asInt()).isEqualTo(2);
        assertThat(responses.get(0).path("body").path("value").get(0).has("osVersion"))
                .isFalse();
        assertThat(values(responses.get(1), "deviceId")).containsExactly("d-2");
        String next = responses.get(2).path("body").path("@odata.nextLink").asText();
        assertThat(next).startsWith(server.baseUri() + "/v1.0" + IOS + "?").doesNotContain(" ");
        assertThat(values(server.get(next, admin).json(), "deviceId")).hasSize(1);
        assertThat(responses.get(3).path("body").path("error").path("message").asText())
                .contains("needs at least one value");
    }

    @Test
    void each_request_s_own_headers_apply_as_they_would_alone() {
        server.post("/beta" + LOB, admin, configuration("alpha", "compliant").replace("{", "{\"id\": \"s-1\", "));
        var stale = request("stale", "PATCH", LOB + "/s-1", json("{\"userName\": \"x\"}"));
        headers(stale).put("If-Match", "W/\"7\"");
        var minimal = request("minimal", "PATCH", LOB + "/s-1", json("{\"userName\": \"Anna\"}"));
        headers(minimal).put("Prefer", "return=minimal").put("client-request-id", "mine-42");
        var untyped = request("untyped", "POST", LOB, json(configuration("beta", "compliant")));
        untyped.remove("headers");
        var textual = request("textual", "POST", LOB, json(configuration("gamma", "compliant")));
        headers(textual).put("Content-Type", "text/plain");
        var missing = request("missing", "GET", LOB + "/no-such-id", null);
        var delete = request("delete", "DELETE", LOB + "/s-1", null);
        delete.putArray("dependsOn").add("minimal");

        var responses = batch("/beta", admin, stale, minimal, untyped, textual, missing, delete)
                .json()
                .path("responses");

        assertThat(statuses(responses)).containsExactly(412, 204, 415, 415, 404, 204);
        assertThat(responses.get(0).path("body").path("error").path("code").asText())
                .isEqualTo("PreconditionFailed");
        assertThat(responses.get(1).has("body")).as("no body for a 204").isFalse();
        assertThat(responses.get(1).path("headers").path("Preference-Applied").asText())
                .isEqualTo("return=minimal");
        assertThat(responses.get(1).path("headers").path("client-request-id").asText())
                .isEqualTo("mine-42");
        assertThat(responses.get(4).path("body").path("error").path("code").asText())
                .isEqualTo("ResourceNotFound");
        assertThat(responses.get(5).has("body")).isFalse();
        assertThat(server.get("/beta" + LOB, admin).json().path("value")).isEmpty();
    }

    @Test
    void a_request_body_over_the_single_request_limit_is_413_for_that_request_only() {
        var large = request("large", "POST", IOS, device("device-1").put("osVersion", "x".repeat(70_000)));
        var small = request("small", "POST", IOS, device("device-2"));

        var responses = batch("/v1.0", admin, large, small).json().path("responses");

        assertThat(statuses(responses)).containsExactly(413, 201);
    }

    @Test
    void paths_a_version_does_not_have_answer_as_they_would_alone() {
        var responses = batch(
                        "/v1.0",
                        admin,
                        request("lob", "GET", LOB, null),
                        request("health", "GET", "/health", null),
                        request("put", "PUT", IOS + "/x", json("{}")))
                .json()
                .path("responses");

        assertThat(statuses(responses)).containsExactly(400, 400, 405);
        assertThat(responses.get(0).path("body").path("error").path("message").asText())
                .isEqualTo("Resource not found for the segment 'iosLobAppProvisioningConfigurations'.");
        assertThat(responses.get(2).path("headers").path("Allow").asText()).isEqualTo("GET, PATCH, DELETE");
    }

    // --- refusing a batch whole ---

    @Test
    void twenty_one_requests_are_400_naming_the_count_and_the_limit_and_nothing_runs() {
        var requests = IntStream.range(0, 21)
                .mapToObj(i -> request(String.valueOf(i), "POST", IOS, device("device-" + i)))
                .toArray(ObjectNode[]::new);

        var reply = batch("/v1.0", admin, requests);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("requests");
        assertThat(reply.message()).contains("21", "20");
        assertNothingStored();
    }

    @Test
    void duplicate_ids_unknown_dependencies_and_cycles_are_400_naming_each_and_nothing_runs() {
        var first = request("1", "POST", IOS, device("device-1"));
        var again = request("1", "POST", IOS, device("device-2"));
        var unknown = request("2", "POST", IOS, device("device-3"));
        unknown.putArray("dependsOn").add("9");

        var reply = batch("/v1.0", admin, first, again, unknown);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("BadRequest");
        assertThat(reply.targets()).containsExactly("requests[1].id", "requests[2].dependsOn");
        assertThat(reply.message()).contains("'9'");

        var a = request("a", "POST", IOS, device("device-1"));
        a.putArray("dependsOn").add("b");
        var b = request("b", "POST", IOS, device("device-2"));
        b.putArray("dependsOn").add("a");
        var cycle = batch("/v1.0", admin, a, b);
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.message()).contains("a -> b -> a", "cycle");
        assertNothingStored();
    }

    @Test
    void a_nested_batch_an_absolute_url_or_a_version_segment_is_400_for_the_whole_batch() {
        var reply = batch(
                "/v1.0",
                admin,
                request("ok", "POST", IOS, device("device-1")),
                request("nested", "POST", "/$batch", json("{\"requests\": []}")),
                request("encoded", "POST", "%24batch", json("{\"requests\": []}")),
                request("absolute", "GET", "https://graph.microsoft.com/v1.0" + IOS, null),
                request("version", "GET", "/beta" + IOS, null));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets())
                .containsExactly("requests[1].url", "requests[2].url", "requests[3].url", "requests[4].url");
        assertNothingStored();
    }

    @Test
    void a_batch_of_the_wrong_shape_is_400_naming_each_field_path() {
        var noMethod = request("0", "POST", IOS, device("device-1"));
        noMethod.remove("method");
        var badMethod = request("1", "FETCH", IOS, null);
        var numericId = request("2", "GET", IOS, null);
        numericId.put("id", 2);
        var headersArray = request("3", "GET", IOS, null);
        headersArray.putArray("headers");
        var ownToken = request("4", "GET", IOS, null);
        headers(ownToken).put("Authorization", "Bearer other");
        var extra = request("5", "GET", IOS, null);
        extra.put("colour", "red");

        var reply = batch("/v1.0", admin, noMethod, badMethod, numericId, headersArray, ownToken, extra);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets())
                .containsExactly(
                        "requests[0].method",
                        "requests[1].method",
                        "requests[2].id",
                        "requests[3].headers",
                        "requests[4].headers.Authorization",
                        "requests[5].colour");
        assertThat(reply.message()).contains("GET, POST, PATCH, PUT, DELETE");
        assertThat(reply.body()).doesNotContain("Bearer other");
        for (String body : List.of(
                "{}", "{\"requests\": {}}", "{\"requests\": []}", "[]", "{\"requests\": [1]}", "{\"requests\": [")) {
            var refused = server.post("/v1.0/$batch", admin, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.targets()).as(body).containsAnyOf("requests", "requests[0]", "body");
        }
        assertNothingStored();
    }

    @Test
    void an_unauthenticated_batch_is_401_and_runs_nothing() {
        var create = request("1", "POST", IOS, device("device-1"));

        var none = batch("/v1.0", null, create);
        var forged = batch("/v1.0", "not-a-token", create);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("InvalidAuthenticationToken");
        assertNothingStored();
    }

    @Test
    void batch_answers_post_only_takes_no_query_options_and_needs_a_json_body() {
        var get = server.get("/v1.0/$batch", admin);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(server.send("PATCH", "/beta/$batch", admin, "{}").header("Allow"))
                .isEqualTo("POST");
        assertThat(server.post("/v1.0/$batch/x", admin, "{}").message())
                .isEqualTo("Resource not found for the segment 'x'.");
        assertThat(server.post("/v1.0/$batch?$top=1", admin, "{}").status()).isEqualTo(400);
        var text = server.send("POST", "/v1.0/$batch", admin, "{}", "Content-Type", "text/plain");
        assertThat(text.status()).isEqualTo(415);
        var ok = server.send(
                "POST",
                "/v1.0/%24batch",
                admin,
                batchBody(request("1", "GET", IOS, null)).toString(),
                "client-request-id",
                "outer-1");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("client-request-id")).isEqualTo("outer-1");
        assertThat(ok.json()
                        .path("responses")
                        .get(0)
                        .path("headers")
                        .path("client-request-id")
                        .asText())
                .as("a request's own id, not the batch's")
                .isNotEqualTo("outer-1");
    }

    @Test
    void a_batch_over_twenty_times_the_single_request_limit_is_413() {
        var reply = server.post(
                "/v1.0/$batch", admin, "{\"requests\": [], \"pad\": \"" + "x".repeat(20 * 64 * 1024) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("RequestEntityTooLarge");
        assertThat(reply.message()).contains(String.valueOf(20 * 64 * 1024));
    }

    // --- helpers ---

    private ServerUnderTest.Reply batch(String version, String token, ObjectNode... requests) {
        return server.post(version + "/$batch", token, batchBody(requests).toString());
    }

    private static ObjectNode batchBody(ObjectNode... requests) {
        var body = JsonNodeFactory.instance.objectNode();
        ArrayNode array = body.putArray("requests");
        for (var request : requests) {
            array.add(request);
        }
        return body;
    }

    /** A request of a batch; with a body, a JSON Content-Type header. */
    private static ObjectNode request(String id, String method, String url, JsonNode body) {
        var request = JsonNodeFactory.instance
                .objectNode()
                .put("id", id)
                .put("method", method)
                .put("url", url);
        if (body != null) {
            request.putObject("headers").put("Content-Type", "application/json");
            request.set("body", body);
        }
        return request;
    }

    /** The request's headers, added when it has none. */
    private static ObjectNode headers(ObjectNode request) {
        return request.has("headers") ? (ObjectNode) request.get("headers") : request.putObject("headers");
    }

    /** Seed 001 for one device. */
    private static ObjectNode device(String deviceId) {
        return ((ObjectNode) json(seed("001-request.json")))
                .put("deviceId", deviceId)
                .put("osVersion", "17.1");
    }

    private static List<String> ids(JsonNode responses) {
        var ids = new ArrayList<String>();
        responses.forEach(response -> ids.add(response.path("id").asText()));
        return ids;
    }

    private static List<Integer> statuses(JsonNode responses) {
        var statuses = new ArrayList<Integer>();
        responses.forEach(response -> statuses.add(response.path("status").asInt()));
        return statuses;
    }

    /** A property of each listed entity, from a batch response (its body) or a list. */
    private static List<String> values(JsonNode response, String property) {
        var list = response.has("body") ? response.path("body") : response;
        var values = new ArrayList<String>();
        list.path("value").forEach(item -> values.add(item.path(property).asText()));
        values.sort(null);
        return values;
    }

    private List<String> deviceIds(String path) {
        return values(server.get(path, admin).json(), "deviceId");
    }

    private void assertNothingStored() {
        assertThat(server.get("/v1.0" + IOS, admin).json().path("value")).isEmpty();
    }
}
