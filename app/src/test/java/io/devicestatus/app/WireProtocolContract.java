package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wire as Graph's clients meet it, over real HTTP once per store: {@code @odata.context} on every JSON
 * response, case-sensitive methods, strictly UTF-8 bodies, and {@code $batch} headers whose names are
 * case-insensitive.
 */
abstract class WireProtocolContract {

    static final String IOS = "/deviceManagement/iosUpdateStatuses";
    static final String CONFIGS = "/deviceAppManagement/mobileAppConfigurations/o'brien/deviceStatuses";
    static final String INSTALLS = "/beta/deviceAppManagement/mobileApps/a-1/userStatuses/u-1/deviceStatuses";

    @TempDir
    Path dataDir;

    ServerUnderTest server;
    String admin;
    String root;

    abstract ServerUnderTest start(Path dataDir) throws Exception;

    @BeforeEach
    void startServer() throws Exception {
        server = start(dataDir);
        admin = server.admin();
        root = server.baseUri().toString();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    // --- @odata.context ---

    @Test
    void every_json_response_names_its_context_as_graph_writes_it() {
        String metadata = root + "/v1.0/$metadata#deviceManagement/iosUpdateStatuses";
        var created = server.post("/v1.0" + IOS, admin, TenantsEndToEndContract.device("device-1"));
        server.post("/v1.0" + IOS, admin, TenantsEndToEndContract.device("device-2"));
        String url = created.header("Location");

        assertContextFirst(created.json(), metadata + "/$entity");
        assertContextFirst(server.get(url, admin).json(), metadata + "/$entity");
        assertContextFirst(server.patch(url, admin, "{\"osVersion\": \"17.2\"}").json(), metadata + "/$entity");
        assertContextFirst(server.get(url + "?$select=id,deviceId", admin).json(), metadata + "(id,deviceId)/$entity");
        assertContextFirst(server.get(url + "?$select=deviceId,id", admin).json(), metadata + "(deviceId,id)/$entity");

        var page = server.get("/v1.0" + IOS + "?$top=1&$count=true", admin).json();
        assertContextFirst(page, metadata);
        assertThat(page.path("@odata.count").asInt()).isEqualTo(2);
        assertThat(page.path("@odata.nextLink").asText()).startsWith(root + "/v1.0" + IOS + "?");
        assertThat(page.path("value").get(0).has("@odata.context"))
                .as("items carry none")
                .isFalse();
        assertThat(page.path("value").get(0).path("@odata.etag").asText()).matches("W/\"[12]\"");
        var next = server.get(page.path("@odata.nextLink").asText(), admin).json();
        assertContextFirst(next, metadata);

        assertContextFirst(
                server.get("/v1.0" + IOS + "?$select=id,deviceId", admin).json(), metadata + "(id,deviceId)");
        assertContextFirst(
                server.get("/beta" + IOS, admin).json(), root + "/beta/$metadata#deviceManagement/iosUpdateStatuses");
    }

    @Test
    void a_nested_collection_names_its_parents_keys_as_odata_literals() {
        var created =
                server.post("/v1.0" + CONFIGS, admin, GraphApiEndToEndContract.configuration("iPad", "compliant"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String configs =
                root + "/v1.0/$metadata#deviceAppManagement/mobileAppConfigurations('o''brien')/deviceStatuses";

        assertContextFirst(created.json(), configs + "/$entity");
        assertContextFirst(server.get("/v1.0" + CONFIGS, admin).json(), configs);

        var install = server.post(INSTALLS, admin, GraphApiEndToEndContract.install("device-1", "installed"));
        String installs =
                root + "/beta/$metadata#deviceAppManagement/mobileApps('a-1')/userStatuses('u-1')" + "/deviceStatuses";
        assertContextFirst(install.json(), installs + "/$entity");
        assertContextFirst(server.get(INSTALLS + "?$select=installState", admin).json(), installs + "(installState)");
    }

    @Test
    void batch_steps_carry_their_own_context() {
        var reply = server.post(
                "/beta/$batch",
                admin,
                batch(
                                step("1", "POST", IOS, json(TenantsEndToEndContract.device("device-1"))),
                                step("2", "GET", IOS + "?$select=id", null))
                        .toString());

        var responses = reply.json().path("responses");
        assertThat(responses.get(0).path("body").path("@odata.context").asText())
                .isEqualTo(root + "/beta/$metadata#deviceManagement/iosUpdateStatuses/$entity");
        assertThat(responses.get(1).path("body").path("@odata.context").asText())
                .isEqualTo(root + "/beta/$metadata#deviceManagement/iosUpdateStatuses(id)");
    }

    // --- methods are case-sensitive ---

    @Test
    void a_method_in_lower_case_does_nothing_and_is_501_with_graphs_error_body() {
        String url = server.post("/v1.0" + IOS, admin, TenantsEndToEndContract.device("device-1"))
                .header("Location");

        for (var reply : java.util.List.of(
                server.send("delete", url, admin, null),
                server.send("post", "/v1.0" + IOS, admin, TenantsEndToEndContract.device("d-2")),
                server.send("get", url, admin, null),
                server.send("patch", url, admin, "{\"osVersion\": \"1\"}"),
                server.send("get", "/health", null, null))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(501);
            assertThat(reply.code()).isEqualTo("NotImplemented");
            assertThat(reply.message()).contains("case-sensitive", "GET, POST, PATCH, DELETE");
            assertThat(reply.json()
                            .path("error")
                            .path("innerError")
                            .path("request-id")
                            .asText())
                    .isNotBlank();
        }
    }

    @Test
    void lower_case_methods_change_nothing_stored() {
        String url = server.post("/v1.0" + IOS, admin, TenantsEndToEndContract.device("device-1"))
                .header("Location");

        server.send("delete", url, admin, null);
        server.send("post", "/v1.0" + IOS, admin, TenantsEndToEndContract.device("device-2"));
        server.send("patch", url, admin, "{\"osVersion\": \"1\"}");

        var kept = server.get(url, admin);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.header("ETag")).isEqualTo("W/\"1\"");
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("1");
        assertThat(server.send("FETCH", url, admin, null).status()).isEqualTo(501);
        assertThat(server.send("PUT", url, admin, "{}").status())
                .as("known, not allowed here")
                .isEqualTo(405);
    }

    @Test
    void a_batch_step_with_a_lower_case_method_refuses_the_batch_and_runs_nothing() {
        var reply = server.post(
                "/v1.0/$batch",
                admin,
                batch(
                                step("1", "POST", IOS, json(TenantsEndToEndContract.device("device-1"))),
                                step("2", "post", IOS, json(TenantsEndToEndContract.device("device-2"))))
                        .toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("requests[1].method");
        assertThat(reply.message()).contains("case-sensitive");
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("0");
    }

    // --- bodies are strictly UTF-8 ---

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "EDB080", "F4908080", "FF", "80", "C3"})
    void a_body_that_is_not_utf8_is_400_on_body_and_stores_nothing(String hex) {
        var reply = server.sendBytes("POST", "/v1.0" + IOS, admin, deviceNamed(hex));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("body");
        assertThat(reply.message()).contains("not valid UTF-8");
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("0");
    }

    @Test
    void a_patch_body_that_is_not_utf8_changes_nothing() {
        String url = server.post("/v1.0" + IOS, admin, TenantsEndToEndContract.device("device-1"))
                .header("Location");

        var reply = server.sendBytes("PATCH", url.substring(root.length()), admin, deviceNamed("C0AF"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("body");
        assertThat(server.get(url, admin).header("ETag")).isEqualTo("W/\"1\"");
    }

    @Test
    void an_unpaired_surrogate_escape_is_400_naming_its_field() {
        var reply = server.post(
                "/v1.0" + IOS,
                admin,
                ((ObjectNode) json(TenantsEndToEndContract.device("d")))
                        .toString()
                        .replace("\"deviceDisplayName\":\"", "\"deviceDisplayName\":\"An\\ud800na"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("deviceDisplayName");
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("0");
    }

    @Test
    void a_batch_body_that_is_not_utf8_is_refused_whole() {
        String json = batch(step("1", "POST", IOS, json(TenantsEndToEndContract.device("device-1"))))
                .toString();
        var out = new ByteArrayOutputStream();
        int at = json.indexOf("device-1");
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex("C0AF"));
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));

        var reply = server.sendBytes("POST", "/v1.0/$batch", admin, out.toByteArray());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("body");
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("0");
    }

    // --- $batch headers ---

    /** What the Graph SDKs' BatchRequestContent sends for each create. */
    @Test
    void a_header_given_in_two_cases_with_one_value_is_one_header() {
        var steps = new ObjectNode[3];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step(String.valueOf(i), "POST", IOS, json(TenantsEndToEndContract.device("device-" + i)));
            ((ObjectNode) steps[i].get("headers")).put("content-type", "application/json");
        }

        var reply = server.post("/v1.0/$batch", admin, batch(steps).toString());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        reply.json()
                .path("responses")
                .forEach(r ->
                        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(201));
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("3");
    }

    @Test
    void a_header_given_in_two_cases_with_two_values_refuses_the_batch_naming_it() {
        var create = step("1", "POST", IOS, json(TenantsEndToEndContract.device("device-1")));
        ((ObjectNode) create.get("headers")).put("content-type", "text/plain");

        var reply = server.post("/v1.0/$batch", admin, batch(create).toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactly("requests[0].headers.content-type");
        assertThat(reply.message()).contains("different values");
        assertThat(server.get("/v1.0" + IOS + "/$count", admin).body()).isEqualTo("0");
    }

    // --- helpers ---

    /** A create body whose deviceName has the bytes given in hex between "An" and "na". */
    private static byte[] deviceNamed(String hex) {
        String body = ((ObjectNode) json(TenantsEndToEndContract.device("device-1")))
                .put("deviceDisplayName", "AnXna")
                .toString();
        int at = body.indexOf("AnXna") + 2;
        var out = new ByteArrayOutputStream();
        out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(body.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void assertContextFirst(JsonNode json, String context) {
        assertThat(json.path("@odata.context").asText()).as(json.toString()).isEqualTo(context);
        assertThat(json.fieldNames().next()).as("@odata.context comes first").isEqualTo("@odata.context");
    }

    private static ObjectNode batch(ObjectNode... steps) {
        var body = JsonNodeFactory.instance.objectNode();
        var requests = body.putArray("requests");
        for (var step : steps) {
            requests.add(step);
        }
        return body;
    }

    private static ObjectNode step(String id, String method, String url, JsonNode body) {
        var step = JsonNodeFactory.instance
                .objectNode()
                .put("id", id)
                .put("method", method)
                .put("url", url);
        if (body != null) {
            step.putObject("headers").put("Content-Type", "application/json");
            step.set("body", body);
        }
        return step;
    }
}
