package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OData's {@code <collection>/$count} segment over real HTTP, once per store, on all seven collection and version
 * pairs: a plain-text integer that honours {@code $filter}, with the list's permission and tenant scope, refusing
 * options that mean nothing for a number, and inside {@code $batch}.
 */
abstract class CountSegmentContract {

    /**
     * A collection under a version, and how to make its i-th status; only the status made for 2 passes
     * {@code filter}.
     */
    record Collection(String path, IntFunction<String> body, String filter, boolean apps) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Collection> collections() {
        IntFunction<String> ios = i -> TenantsEndToEndContract.device("device-" + i);
        IntFunction<String> config =
                i -> GraphApiEndToEndContract.configuration("iPad " + i, i == 2 ? "nonCompliant" : "compliant");
        IntFunction<String> install =
                i -> GraphApiEndToEndContract.install("device-" + i, i == 2 ? "pendingInstall" : "installed");
        return Stream.of(
                new Collection("/v1.0/deviceManagement/iosUpdateStatuses", ios, "deviceId eq 'device-2'", false),
                new Collection("/beta/deviceManagement/iosUpdateStatuses", ios, "deviceId eq 'device-2'", false),
                new Collection(
                        "/v1.0/deviceAppManagement/mobileAppConfigurations/c-1/deviceStatuses",
                        config,
                        "status eq 'nonCompliant'",
                        true),
                new Collection(
                        "/beta/deviceAppManagement/mobileAppConfigurations/c-1/deviceStatuses",
                        config,
                        "status eq 'nonCompliant'",
                        true),
                new Collection(
                        "/beta/deviceAppManagement/iosLobAppProvisioningConfigurations/l-1/deviceStatuses",
                        config,
                        "status eq 'nonCompliant'",
                        true),
                new Collection(
                        "/beta/deviceAppManagement/mobileApps/a-1/deviceStatuses",
                        install,
                        "installState eq 'pendingInstall'",
                        true),
                new Collection(
                        "/beta/deviceAppManagement/mobileApps/a-1/userStatuses/u-1/deviceStatuses",
                        install,
                        "installState eq 'pendingInstall'",
                        true));
    }

    @TempDir
    Path dataDir;

    ServerUnderTest server;
    String admin;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void count_is_a_plain_text_integer_that_honours_filter(Collection collection) {
        assertCount(server.get(collection.path() + "/$count", admin), 0);
        for (int i = 0; i < 3; i++) {
            var created =
                    server.post(collection.path(), admin, collection.body().apply(i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        assertCount(server.get(collection.path() + "/$count", admin), 3);
        assertCount(server.get(collection.path() + "/$count?$filter=" + encoded(collection.filter()), admin), 1);
        assertCount(server.get(collection.path() + "/$count/", admin), 3);
        assertThat(server.get(collection.path() + "?$count=true&$top=1", admin)
                        .json()
                        .path("@odata.count")
                        .asInt())
                .as("the option and the segment agree")
                .isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void count_needs_the_read_permission_of_a_list_and_counts_the_callers_tenant_only(Collection collection) {
        server.post(collection.path(), admin, collection.body().apply(0));

        var wrongPermission = server.get(
                collection.path() + "/$count",
                collection.apps()
                        ? server.delegated(ServerUnderTest.CONFIG_WRITE)
                        : server.delegated(ServerUnderTest.APPS_WRITE));
        assertThat(wrongPermission.status()).isEqualTo(403);
        assertThat(wrongPermission.code()).isEqualTo("Forbidden");

        var reader = server.get(
                collection.path() + "/$count",
                collection.apps()
                        ? server.delegated(ServerUnderTest.APPS_READ)
                        : server.delegated(ServerUnderTest.CONFIG_READ));
        assertCount(reader, 1);

        String other = server.sign(
                List.of(ServerUnderTest.CONFIG_WRITE, ServerUnderTest.APPS_WRITE),
                List.empty(),
                "0d6f3a4e-2b1c-4d5e-8f90-a1b2c3d4e5f6");
        assertCount(server.get(collection.path() + "/$count", other), 0);
        assertThat(server.get(collection.path() + "/$count", null).status()).isEqualTo(401);
    }

    @Test
    void count_refuses_options_that_mean_nothing_for_a_number_and_methods_but_get() {
        String count = "/v1.0/deviceManagement/iosUpdateStatuses/$count";
        for (String option :
                List.of("$top=1", "$skip=1", "$orderby=id", "$select=id", "$count=true", "$skiptoken=x", "$expand=x")) {
            var refused = server.get(count + "?" + option, admin);

            assertThat(refused.status()).as(option).isEqualTo(400);
            assertThat(refused.message()).as(option).contains("'" + option.split("=")[0] + "'", "supported: $filter");
        }
        var badFilter = server.get(count + "?$filter=" + encoded("platform eq 8"), admin);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.targets()).containsExactly("$filter");

        var post = server.post(count, admin, "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
        assertThat(post.code()).isEqualTo("MethodNotAllowed");
        assertThat(server.delete(count, admin).header("Allow")).isEqualTo("GET");
        assertThat(server.get(count + "/x", admin).message()).isEqualTo("Resource not found for the segment 'x'.");
    }

    /** An id {@code $count} stays addressable: its URL is written with {@code %24}, which is no count. */
    @Test
    void an_entity_whose_id_is_dollar_count_is_addressed_as_percent_24_count() {
        String collection = "/beta/deviceManagement/iosUpdateStatuses";
        var created = server.post(
                collection,
                admin,
                GraphApiEndToEndContract.withId(TenantsEndToEndContract.device("device-1"), "$count"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(created.header("Location")).endsWith(collection + "/%24count");
        assertThat(server.get(created.header("Location"), admin)
                        .json()
                        .path("id")
                        .asText())
                .isEqualTo("$count");
        assertCount(server.get(collection + "/$count", admin), 1);
    }

    @Test
    void count_runs_inside_a_batch_as_a_json_number() {
        server.post("/v1.0/deviceManagement/iosUpdateStatuses", admin, TenantsEndToEndContract.device("device-1"));
        server.post("/v1.0/deviceManagement/iosUpdateStatuses", admin, TenantsEndToEndContract.device("device-2"));
        ObjectNode batch = JsonNodeFactory.instance.objectNode();
        var requests = batch.putArray("requests");
        requests.addObject()
                .put("id", "all")
                .put("method", "GET")
                .put("url", "/deviceManagement/iosUpdateStatuses/$count");
        requests.addObject()
                .put("id", "one")
                .put("method", "GET")
                .put("url", "deviceManagement/iosUpdateStatuses/$count?$filter=deviceId eq 'device-2'");
        requests.addObject()
                .put("id", "bad")
                .put("method", "GET")
                .put("url", "/deviceManagement/iosUpdateStatuses/$count?$top=1");

        var reply = server.post("/v1.0/$batch", admin, batch.toString());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var responses = reply.json().path("responses");
        assertThat(responses.get(0).path("status").asInt()).isEqualTo(200);
        assertThat(responses.get(0).path("headers").path("Content-Type").asText())
                .isEqualTo("text/plain");
        assertThat(responses.get(0).path("body").isNumber())
                .as(responses.toString())
                .isTrue();
        assertThat(responses.get(0).path("body").asInt()).isEqualTo(2);
        assertThat(responses.get(1).path("body").asInt()).isEqualTo(1);
        assertThat(responses.get(2).path("status").asInt()).isEqualTo(400);
    }

    private static void assertCount(ServerUnderTest.Reply reply, int expected) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("text/plain");
        assertThat(reply.body()).isEqualTo(String.valueOf(expected));
        assertThat(reply.header("request-id")).isNotBlank();
        assertThat(json(reply.body()).isNumber()).isTrue();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
