package io.devicestatus.app;

import static io.devicestatus.app.GraphApiEndToEndContract.configuration;
import static io.devicestatus.app.GraphApiEndToEndContract.install;
import static io.devicestatus.app.GraphApiEndToEndContract.withId;
import static io.devicestatus.app.ServerUnderTest.APPS_WRITE;
import static io.devicestatus.app.ServerUnderTest.CONFIG_WRITE;
import static io.devicestatus.app.ServerUnderTest.json;
import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two tenants on one server, over real HTTP, once per store: each sees, changes and deletes its own statuses only.
 * Another tenant's status is 404 (never 403: its existence is not revealed), lists, counts, filters and paging stay
 * within the caller's tenant, a {@code $skiptoken} of one tenant's list is 400 for the other, and {@code $batch}
 * steps run as the batch's tenant. The same id or deviceId in both tenants is two unrelated statuses.
 */
abstract class TenantsEndToEndContract {

    static final String TENANT_B = "0f3c9a2e-7b1d-4c5e-9f8a-2d6b4e1c3a5f";
    static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";
    static final String LOB = "/beta/deviceAppManagement/iosLobAppProvisioningConfigurations/lob-1/deviceStatuses";
    static final String INSTALLS = "/beta/deviceAppManagement/mobileApps/app-1/userStatuses/user-1/deviceStatuses";

    @TempDir
    Path dataDir;

    ServerUnderTest server;
    /** Tenant A: {@link ServerUnderTest#TENANT}. */
    String a;

    String b;

    abstract ServerUnderTest start(Path dataDir) throws Exception;

    @BeforeEach
    void startServer() throws Exception {
        server = start(dataDir);
        a = server.admin();
        b = server.sign(List.of(CONFIG_WRITE, APPS_WRITE), List.empty(), TENANT_B);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void another_tenants_status_is_404_to_read_change_and_delete_and_stays_as_it_was() {
        var created = List.of(
                server.post(IOS, a, device("device-1")),
                server.post(LOB, a, configuration("iPad 1", "compliant")),
                server.post(INSTALLS, a, install("device-1", "installed")));
        var changes = List.of(
                "{\"deviceId\": \"stolen\"}", "{\"deviceDisplayName\": \"stolen\"}", "{\"deviceId\": \"stolen\"}");
        for (var each : created.zip(changes)) {
            assertThat(each._1.status()).as(each._1.body()).isEqualTo(201);
            String url = each._1.header("Location");

            assertNotFound(server.get(url, b));
            assertNotFound(server.patch(url, b, each._2));
            assertNotFound(server.patch(url, b, each._2, "If-Match", "W/\"1\""));
            assertNotFound(server.delete(url, b));
            assertNotFound(server.delete(url, b, "If-Match", "*"));

            var kept = server.get(url, a);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.header("ETag")).as("nothing was written").isEqualTo("W/\"1\"");
            assertThat(kept.body()).doesNotContain("stolen");
        }
    }

    @Test
    void the_same_id_and_device_in_two_tenants_are_two_unrelated_statuses() {
        String body = withId(device("device-1"), "shared-1");
        var inA = server.post(IOS, a, body);
        var inB = server.post(IOS, b, body);

        assertThat(inA.status()).as(inA.body()).isEqualTo(201);
        assertThat(inB.status())
                .as("no conflict with the other tenant's id: " + inB.body())
                .isEqualTo(201);
        assertThat(inB.header("Location")).isEqualTo(inA.header("Location"));
        String url = inA.header("Location");

        assertThat(server.patch(url, b, "{\"osVersion\": \"17.2\"}").status()).isEqualTo(200);
        assertThat(server.get(url, a).json().path("osVersion").asText()).isEqualTo("17.1");
        assertThat(server.get(url, b).json().path("osVersion").asText()).isEqualTo("17.2");

        assertThat(server.delete(url, a).status()).isEqualTo(204);
        assertNotFound(server.get(url, a));
        assertThat(server.get(url, b).status()).isEqualTo(200);
        assertThat(server.get(url, b).header("ETag")).isEqualTo("W/\"2\"");
    }

    @Test
    void lists_counts_and_filters_see_the_callers_tenant_only() {
        for (int i = 1; i <= 3; i++) {
            assertThat(server.post(IOS, a, device("device-" + i)).status()).isEqualTo(201);
            assertThat(server.post(LOB, a, configuration("iPad " + i, "compliant"))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(server.post(IOS, b, device("device-1")).status()).isEqualTo(201);
        assertThat(server.post(IOS, b, device("device-9")).status()).isEqualTo(201);

        assertThat(devices(server.get(IOS + "?$count=true", a)))
                .containsExactlyInAnyOrder("device-1", "device-2", "device-3");
        assertThat(server.get(IOS + "?$count=true", a)
                        .json()
                        .path("@odata.count")
                        .asInt())
                .isEqualTo(3);
        assertThat(devices(server.get(IOS + "?$count=true", b))).containsExactlyInAnyOrder("device-1", "device-9");
        assertThat(server.get(IOS + "?$count=true", b)
                        .json()
                        .path("@odata.count")
                        .asInt())
                .isEqualTo(2);
        assertThat(server.get(LOB + "?$count=true", b)
                        .json()
                        .path("@odata.count")
                        .asInt())
                .isZero();
        assertThat(server.get(LOB, b).json().path("value")).isEmpty();

        String byDevice = IOS + "?$count=true&$filter=deviceId%20eq%20'device-1'";
        var inA = server.get(byDevice, a).json();
        var inB = server.get(byDevice, b).json();
        assertThat(inA.path("@odata.count").asInt()).isEqualTo(1);
        assertThat(inB.path("@odata.count").asInt()).isEqualTo(1);
        assertThat(inA.path("value").get(0).path("id").asText())
                .isNotEqualTo(inB.path("value").get(0).path("id").asText());
        assertThat(server.get(IOS + "?$filter=deviceId%20eq%20'device-9'", a)
                        .json()
                        .path("value"))
                .isEmpty();
    }

    @Test
    void a_skiptoken_of_one_tenants_list_is_400_for_the_other_and_pages_on_for_its_own() {
        for (int i = 1; i <= 3; i++) {
            assertThat(server.post(IOS, a, device("device-" + i)).status()).isEqualTo(201);
        }
        assertThat(server.post(IOS, b, device("device-b")).status()).isEqualTo(201);
        String next =
                server.get(IOS + "?$top=1", a).json().path("@odata.nextLink").asText();
        assertThat(next).contains("$skiptoken=");

        var foreign = server.get(next, b);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
        assertThat(foreign.code()).isEqualTo("BadRequest");
        assertThat(foreign.targets()).containsExactly("$skiptoken");
        assertThat(foreign.body()).doesNotContain("device-2", "device-3");

        var own = new ArrayList<String>();
        while (!next.isEmpty()) {
            var page = server.get(next, a);
            assertThat(page.status()).isEqualTo(200);
            own.addAll(devices(page));
            next = page.json().path("@odata.nextLink").asText();
        }
        assertThat(own).hasSize(2).doesNotContain("device-b");
    }

    @Test
    void batch_steps_run_as_the_batch_tenant() {
        String url = server.post(IOS, a, device("device-a")).header("Location");
        String path = url.substring((server.baseUri() + "/v1.0").length());

        var reply = server.post(
                "/v1.0/$batch",
                b,
                batch(
                                step("1", "GET", path, null),
                                step("2", "PATCH", path, (ObjectNode) json("{\"deviceId\": \"stolen\"}")),
                                step("3", "DELETE", path, null),
                                step("4", "POST", "/deviceManagement/iosUpdateStatuses", (ObjectNode)
                                        json(device("device-b"))),
                                step("5", "GET", "/deviceManagement/iosUpdateStatuses?$count=true", null))
                        .toString());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var responses = reply.json().path("responses");
        for (int i = 0; i < 3; i++) {
            assertThat(responses.get(i).path("status").asInt())
                    .as(responses.get(i).toString())
                    .isEqualTo(404);
            assertThat(responses.get(i).path("body").path("error").path("code").asText())
                    .isEqualTo("ResourceNotFound");
        }
        assertThat(responses.get(3).path("status").asInt()).isEqualTo(201);
        assertThat(responses.get(4).path("body").path("@odata.count").asInt()).isEqualTo(1);
        assertThat(responses
                        .get(4)
                        .path("body")
                        .path("value")
                        .get(0)
                        .path("deviceId")
                        .asText())
                .isEqualTo("device-b");

        var kept = server.get(url, a);
        assertThat(kept.header("ETag")).isEqualTo("W/\"1\"");
        assertThat(kept.json().path("deviceId").asText()).isEqualTo("device-a");
        assertThat(devices(server.get(IOS, a))).containsExactly("device-a");
    }

    private static void assertNotFound(ServerUnderTest.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("ResourceNotFound");
        assertThat(reply.json()
                        .path("error")
                        .path("innerError")
                        .path("request-id")
                        .asText())
                .isNotBlank();
    }

    static String device(String deviceId) {
        return ((ObjectNode) json(seed("001-request.json")))
                .put("deviceId", deviceId)
                .put("osVersion", "17.1")
                .toString();
    }

    private static java.util.List<String> devices(ServerUnderTest.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var devices = new ArrayList<String>();
        reply.json()
                .path("value")
                .forEach(item -> devices.add(item.path("deviceId").asText()));
        return devices;
    }

    private static ObjectNode batch(ObjectNode... steps) {
        var body = JsonNodeFactory.instance.objectNode();
        var requests = body.putArray("requests");
        for (var step : steps) {
            requests.add(step);
        }
        return body;
    }

    private static ObjectNode step(String id, String method, String url, ObjectNode body) {
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
