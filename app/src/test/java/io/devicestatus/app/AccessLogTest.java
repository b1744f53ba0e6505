package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.app.logging.AccessLog;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The access log of a server wired as {@code serve} wires it: one line per request (a {@code $batch} once, a
 * refusal of Jetty's too), its ids and tenant in the MDC of every line of the request, and no token anywhere.
 */
class AccessLogTest {

    private static final String LIST = "/v1.0/deviceManagement/iosUpdateStatuses";

    private final HttpClient client = HttpClient.newHttpClient();
    private final byte[] key = DevelopmentTokens.newSecret();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Storage storage;
    private DeviceStatusServer server;

    @BeforeEach
    void serveAndCapture() throws Exception {
        captured.start();
        root.addAppender(captured);
        storage = Storage.memory(Clock.systemUTC());
        var development = NimbusTokenVerifier.development(key);
        server = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                new GraphApi(
                        storage.application(),
                        token -> {
                            LoggerFactory.getLogger("test.verifier").info("verifying a token");
                            return development.verify(token);
                        },
                        GraphApiSettings.defaults(Clock.systemUTC())
                                .withObserver(MetricsOptions.observer(Option.none()))));
    }

    @AfterEach
    void stop() {
        server.close();
        storage.close();
        root.detachAppender(captured);
    }

    @Test
    void one_line_per_request_with_route_status_duration_and_the_requests_ids_and_tenant() throws Exception {
        var listed = send(
                "GET",
                LIST + "?$filter=deviceId%20eq%20'secret-filter'",
                token(),
                null,
                "client-request-id",
                "trace-1");
        var missing = send("GET", LIST + "/an-id", token(), null);

        assertThat(access()).hasSize(2);
        var first = access().get(0);
        assertThat(first.getLevel()).hasToString("INFO");
        assertThat(first.getFormattedMessage()).matches("GET " + LIST.replace(".", "\\.") + " 200 [0-9]+\\.[0-9] ms");
        assertThat(first.getMDCPropertyMap())
                .containsEntry(
                        "request-id", listed.headers().firstValue("request-id").orElseThrow())
                .containsEntry("client-request-id", "trace-1")
                .containsEntry("tenant", ServerUnderTest.TENANT);
        assertThat(first.getKeyValuePairs())
                .extracting(kv -> kv.key + "=" + kv.value)
                .contains("method=GET", "route=" + LIST, "status=200");
        assertThat(access().get(1).getFormattedMessage())
                .startsWith("GET /v1.0/deviceManagement/iosUpdateStatuses/{id} 404 ");
        assertThat(access().get(1).getMDCPropertyMap())
                .containsEntry(
                        "request-id", missing.headers().firstValue("request-id").orElseThrow());
        assertThat(everything()).doesNotContain("secret-filter", "an-id");
    }

    @Test
    void a_bearer_token_sent_appears_in_no_line_and_other_lines_of_a_request_carry_its_ids() throws Exception {
        String valid = token();
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "Zm9yZ2VkLXNpZ25hdHVyZQ";

        var accepted = send("GET", LIST, valid, null);
        var refused = send("GET", LIST, forged, null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(access())
                .extracting(ILoggingEvent::getFormattedMessage)
                .satisfiesExactly(
                        ok -> assertThat(ok).startsWith("GET " + LIST + " 200 "),
                        no -> assertThat(no).startsWith("GET " + LIST + " 401 "));
        assertThat(access().get(1).getMDCPropertyMap()).doesNotContainKey("tenant");
        assertThat(captured.list)
                .filteredOn(e -> e.getLoggerName().equals("test.verifier"))
                .extracting(e -> e.getMDCPropertyMap().get("request-id"))
                .containsExactly(
                        accepted.headers().firstValue("request-id").orElseThrow(),
                        refused.headers().firstValue("request-id").orElseThrow());
        String all = everything();
        assertThat(all)
                .contains("request-id")
                .doesNotContain(valid)
                .doesNotContain(forged)
                .doesNotContain(valid.split("\\.")[1])
                .doesNotContain("Zm9yZ2VkLXNpZ25hdHVyZQ");
    }

    @Test
    void a_batch_is_one_line_in_its_own_request_id_and_a_refusal_of_the_http_server_is_one_too() throws Exception {
        var batch = send(
                "POST",
                "/v1.0/$batch",
                token(),
                "{\"requests\":["
                        + "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/deviceManagement/iosUpdateStatuses\"},"
                        + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/deviceManagement/iosUpdateStatuses/x\"}]}");
        var tooLarge = send("GET", LIST, token(), null, "X-Padding", "p".repeat(20_000));

        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(tooLarge.statusCode()).isEqualTo(431);
        assertThat(access()).hasSize(2);
        assertThat(access().get(0).getFormattedMessage()).startsWith("POST /v1.0/$batch 200 ");
        assertThat(access().get(0).getMDCPropertyMap())
                .containsEntry(
                        "request-id", batch.headers().firstValue("request-id").orElseThrow());
        assertThat(access().get(1).getFormattedMessage()).contains(" 431 ");
        assertThat(access().get(1).getMDCPropertyMap())
                .containsEntry(
                        "request-id",
                        tooLarge.headers().firstValue("request-id").orElseThrow());
    }

    private java.util.List<ILoggingEvent> access() {
        return captured.list.stream()
                .filter(e -> e.getLoggerName().equals(AccessLog.LOGGER))
                .toList();
    }

    /** Every captured line as text: message, arguments, MDC, key-value pairs. */
    private String everything() {
        var text = new StringBuilder();
        for (var event : captured.list) {
            text.append(event.getFormattedMessage())
                    .append(' ')
                    .append(event.getMDCPropertyMap())
                    .append(' ')
                    .append(event.getKeyValuePairs())
                    .append('\n');
        }
        return text.toString();
    }

    private String token() {
        Instant now = Instant.now();
        return DevelopmentTokens.sign(
                key,
                new DevelopmentTokens.Claims(
                        "tester",
                        ServerUnderTest.TENANT,
                        List.of(ServerUnderTest.CONFIG_READ),
                        List.empty(),
                        null,
                        null,
                        now,
                        now.plusSeconds(600)));
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
