package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import java.lang.reflect.Proxy;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests the API refuses before or while reading them, over real HTTP: each answers Graph's error body with the
 * right status and code, names what was wrong, and stores nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestRefusalsTest {

    private static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";

    private ServerUnderTest server;
    private String admin;

    @BeforeAll
    void start() throws Exception {
        server = ServerUnderTest.inMemory();
        admin = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private void assertNothingStored() {
        assertThat(server.get(IOS, admin).json().path("value")).isEmpty();
    }

    @Test
    void no_token_is_401_with_a_bearer_challenge() {
        var reply = server.get(IOS, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.header("request-id")).isNotBlank();
    }

    @Test
    void another_scheme_is_401() {
        var reply = server.send("GET", IOS, null, null, "Authorization", "Basic dXNlcjpwYXNz");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.message()).contains("Bearer");
    }

    @Test
    void health_answers_without_a_token() {
        var reply = server.get("/health", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("up");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PUT, /v1.0/deviceManagement/iosUpdateStatuses/some-id, 'GET, PATCH, DELETE'",
        "POST, /v1.0/deviceManagement/iosUpdateStatuses/some-id, 'GET, PATCH, DELETE'",
        "DELETE, /v1.0/deviceManagement/iosUpdateStatuses, 'GET, POST'",
        "PUT, /beta/deviceAppManagement/mobileApps/a/deviceStatuses, 'GET, POST'",
        "GET, /v1.0/$batch, POST",
        "DELETE, /beta/$batch, POST"
    })
    void methods_a_resource_does_not_have_are_405_with_allow(String method, String path, String allow) {
        var reply = server.send(method, path, admin, method.equals("DELETE") ? null : "{}");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo(allow);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/v1.0/deviceAppManagement/iosLobAppProvisioningConfigurations/c/deviceStatuses, iosLobAppProvisioningConfigurations",
        "/v1.0/deviceAppManagement/mobileApps/a/deviceStatuses, deviceStatuses",
        "/v1.0/deviceAppManagement/mobileApps/a/userStatuses/u/deviceStatuses, userStatuses",
        "/beta/deviceManagement/iosUpdateStatuses/$ref/x, x",
        "/beta/deviceManagement/managedDevices, managedDevices",
        "/beta/deviceAppManagement/mobileAppConfigurations/c/userStatuses, userStatuses"
    })
    void paths_a_version_does_not_have_are_400_as_graph_answers_them(String path, String segment) {
        var reply = server.get(path, admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("BadRequest");
        assertThat(reply.message()).isEqualTo("Resource not found for the segment '" + segment + "'.");
    }

    @ParameterizedTest
    @CsvSource({
        "/v1.0/deviceManagement, deviceManagement, v1.0",
        "/beta/deviceAppManagement, deviceAppManagement, beta",
        "/beta/deviceAppManagement/mobileApps/app-1, app-1, beta",
        "/v1.0/deviceAppManagement/mobileAppConfigurations/c, c, v1.0"
    })
    void a_path_ending_at_a_resource_only_passed_through_names_it_not_an_empty_segment(
            String path, String last, String version) {
        var reply = server.get(path, admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message())
                .isEqualTo("Resource '" + last + "' is not served here, only the device status"
                        + " collections under it (see /" + version + "/$metadata).");
    }

    @Test
    void an_unknown_version_is_400() {
        var reply = server.get("/v2.0/deviceManagement/iosUpdateStatuses", admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("v2.0", "v1.0", "beta");
    }

    @Test
    void a_body_that_is_not_json_by_content_type_is_415() {
        var reply = server.send("POST", IOS, admin, seed("001-request.json"), "Content-Type", "text/plain");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.code()).isEqualTo("UnsupportedMediaType");
        assertThat(reply.message()).contains("application/json", "text/plain");
        assertNothingStored();
    }

    @Test
    void a_body_over_the_limit_is_413() {
        var reply = server.post(IOS, admin, "{\"osVersion\": \"" + "x".repeat(70_000) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("RequestEntityTooLarge");
        assertNothingStored();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON | {\"installStatus\": | body | not valid JSON",
                "an array | [] | body | JSON array",
                "another entity's type | {\"@odata.type\": \"#microsoft.graph.mobileAppInstallStatus\"} | @odata.type | #microsoft.graph.iosUpdateDeviceStatus",
                "an unknown property | {\"colour\": \"red\"} | colour | not a property",
                "platform on v1.0 | {\"platform\": 8} | platform | exists only in beta",
                "a beta-only member on v1.0 | {\"installStatus\": \"timeout\"} | installStatus | allowed in v1.0",
                "a wrong-case member | {\"installStatus\": \"Available\"} | installStatus | did you mean 'available'",
                "a number for a string | {\"osVersion\": 17} | osVersion | expected a string",
                "a blank id in a create | {\"id\": \" \"} | id | must not be blank",
                "a number for an id | {\"id\": 7} | id | expected a string",
                "8 fractional digits | {\"lastReportedDateTime\": \"2017-01-01T00:00:17.77693921Z\"} | lastReportedDateTime | 100 ns",
                "an offset .NET cannot hold | {\"lastReportedDateTime\": \"2017-01-01T00:00:00+18:00\"} | lastReportedDateTime | -14:00 to +14:00",
                "half a character | {\"deviceModel\": \"iPad \\ud800\"} | deviceModel | unpaired surrogate"
            })
    void bad_bodies_are_400_naming_the_field(String what, String body, String field, String fragment) {
        var reply = server.post(IOS, admin, body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.targets()).as(what).contains(field);
        assertThat(reply.message()).as(what).contains(fragment);
        assertNothingStored();
    }

    @Test
    void an_id_in_a_patch_body_that_differs_from_the_url_is_400_and_changes_nothing() {
        String url = server.post(IOS, admin, seed("001-request.json").replace("Device Id value", "patch-id-device"))
                .header("Location");
        try {
            var reply = server.patch(url, admin, "{\"id\": \"other\", \"osVersion\": \"18\"}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.targets()).containsExactly("id");
            assertThat(server.get(url, admin).json().path("osVersion").asText()).isEqualTo("Os Version value");
        } finally {
            server.delete(url, admin);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$top=0 | $top",
                "$top=1001 | $top",
                "$skip=-1 | $skip",
                "$count=yes | $count",
                "$expand=x | $expand",
                "$top=1&$top=2 | more than once",
                "$select=colour | colour",
                "$select=platform | platform",
                "$filter=installStatus eq 'nope' | nope",
                "$filter=installStatus eq 'timeout' | timeout",
                "$filter=userName eq 'x' | cannot be filtered",
                "$filter=status eq 'compliant' or status eq 'error' | 'or' is not supported",
                "$skiptoken=forged | $skiptoken",
                "$skip=1&$skiptoken=k1 | cannot be combined",
                "$orderby=userName | can order by lastReportedDateTime",
                "$orderby=lastReportedDateTime sideways | $orderby",
                "$orderby=lastSyncDateTime desc | lastReportedDateTime (asc or desc)"
            })
    void bad_query_options_are_400_naming_the_option(String query, String fragment) {
        var reply = server.get(IOS + "?" + query.replace(" ", "%20").replace("'", "%27"), admin);

        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.body()).as(query).contains(fragment);
    }

    @Test
    void every_bad_query_option_is_reported_at_once() {
        var reply = server.get(IOS + "?$top=0&$count=maybe&$orderby=colour", admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.targets()).containsExactlyInAnyOrder("$top", "$count", "$orderby");
    }

    @Test
    void an_unexpected_failure_is_500_with_nothing_of_its_cause_but_the_request_id() throws Exception {
        var store = new InMemoryStatusStore();
        var failing = Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {StatusRepository.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("secret internals: password=hunter2");
                });
        // the in-memory store, but its iOS update repository fails with a secret in the message
        var failingStore = (StatusStore) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {StatusStore.class},
                (proxy, method, args) ->
                        method.getName().equals("iosUpdateStatuses") ? failing : method.invoke(store, args));
        var application = Storage.application(failingStore, Clock.systemUTC());
        try (var broken = ServerUnderTest.over(application, null)) {
            var reply = broken.get(IOS, broken.admin());

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.code()).isEqualTo("InternalServerError");
            assertThat(reply.body())
                    .doesNotContain("secret", "hunter2", "IllegalStateException")
                    .contains(reply.header("request-id"));
        }
    }
}
