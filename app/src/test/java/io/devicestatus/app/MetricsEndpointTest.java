package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.app.metrics.MetricsServer;
import io.devicestatus.app.metrics.ServeMetrics;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s metrics as it wires them: an H2 store measured, the API on one port, {@code GET /metrics} on
 * another, scraped over HTTP before and after requests.
 */
class MetricsEndpointTest {

    private static final String LIST_ROUTE = "/v1.0/deviceManagement/iosUpdateStatuses";
    private static final String ENTITY_ROUTE = "/v1.0/deviceManagement/iosUpdateStatuses/{id}";

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final byte[] key = DevelopmentTokens.newSecret();
    private ServeMetrics metrics;
    private Storage storage;
    private DeviceStatusServer server;
    private MetricsServer endpoint;

    @BeforeEach
    void serveWithMetrics() throws Exception {
        metrics = new ServeMetrics();
        storage = Storage.sql(
                        Storage.h2Url(dataDir),
                        "sa",
                        "",
                        Option.none(),
                        Storage.Schema.MIGRATE,
                        PoolSettings.server(),
                        SqlStoreOptions.defaults(),
                        Clock.systemUTC(),
                        metrics.store())
                .get();
        server = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                new GraphApi(
                        storage.application(),
                        NimbusTokenVerifier.development(key),
                        GraphApiSettings.defaults(Clock.systemUTC())
                                .withObserver(MetricsOptions.observer(Option.some(metrics)))));
        endpoint = metrics.serve("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        storage.close();
        metrics.close();
    }

    @Test
    void a_request_moves_its_route_timer_and_the_store_call_timer() throws Exception {
        String before = scrape();
        assertThat(requests(before, "GET", LIST_ROUTE, 200)).isZero();

        assertThat(get(server.baseUri() + LIST_ROUTE, token()).statusCode()).isEqualTo(200);
        assertThat(get(server.baseUri() + LIST_ROUTE, token()).statusCode()).isEqualTo(200);
        assertThat(get(server.baseUri() + LIST_ROUTE + "/no-such-id", token()).statusCode())
                .isEqualTo(404);

        String after = scrape();
        assertThat(requests(after, "GET", LIST_ROUTE, 200)).isEqualTo(2);
        assertThat(requests(after, "GET", ENTITY_ROUTE, 404)).isEqualTo(1);
        assertThat(after)
                .contains(
                        "http_server_requests_seconds_bucket{",
                        "quantile=\"0.99\"",
                        "http_server_requests_percentiles_seconds{method=\"GET\",route=\"" + LIST_ROUTE
                                + "\",quantile=\"0.95\"}");
        assertThat(value(
                        after,
                        "device_status_store_calls_seconds_count\\{operation=\"list\",outcome=\"success\","
                                + "type=\"ios-update\"}"))
                .isEqualTo(2);
        assertThat(value(
                        after,
                        "device_status_store_calls_seconds_count\\{operation=\"findById\",outcome=\"success\","
                                + "type=\"ios-update\"}"))
                .isEqualTo(1);
    }

    @Test
    void the_pool_and_the_jvm_are_measured() throws Exception {
        String text = scrape();

        assertThat(value(text, "hikaricp_connections_max\\{pool=\"device-status\"}"))
                .isEqualTo(10);
        assertThat(text)
                .contains(
                        "hikaricp_connections_active{pool=\"device-status\"}",
                        "hikaricp_connections_acquire_seconds_count{pool=\"device-status\"}",
                        "jvm_memory_used_bytes{",
                        "jvm_gc_",
                        "jvm_threads_live_threads",
                        "jvm_classes_loaded_classes",
                        "system_cpu_count",
                        "process_uptime_seconds");
    }

    @Test
    void the_api_port_never_serves_metrics_and_the_metrics_port_only_metrics() throws Exception {
        var withToken = get(server.baseUri() + "/metrics", token());
        var without = get(server.baseUri() + "/metrics", null);
        assertThat(withToken.statusCode()).isEqualTo(400);
        assertThat(withToken.body()).contains("\"error\"").doesNotContain("# TYPE");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.body()).doesNotContain("# TYPE");

        var metricsRoot = endpoint.uri().resolve("/v1.0/deviceManagement/iosUpdateStatuses");
        assertThat(get(metricsRoot.toString(), token()).statusCode()).isEqualTo(404);
        var post = client.send(
                HttpRequest.newBuilder(endpoint.uri())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        var scrape = get(endpoint.uri().toString(), null);
        assertThat(scrape.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    }

    @Test
    void serve_refuses_a_metrics_port_out_of_range_or_the_apis_own_before_starting() {
        var same = CommandLineTest.run(
                "serve", "--data-dir", dataDir.resolve("x").toString(), "--port", "18080", "--metrics-port", "18080");
        var range =
                CommandLineTest.run("serve", "--data-dir", dataDir.resolve("x").toString(), "--metrics-port", "70000");

        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("--metrics-port must differ from --port (18080)");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("--metrics-port must be 0 to 65535, not 70000");
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

    private String scrape() throws IOException, InterruptedException {
        var response = get(endpoint.uri().toString(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String uri, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The count of {@code http.server.requests} for a method, route and status; 0 when never recorded. */
    private static long requests(String text, String method, String route, int status) {
        return value(
                text,
                "http_server_requests_seconds_count\\{method=\"" + method + "\",outcome=\"[A-Z_]+\"," + "route=\""
                        + Pattern.quote(route) + "\",status=\"" + status + "\"}");
    }

    private static long value(String text, String series) {
        var matcher = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(text);
        return matcher.find() ? Math.round(Double.parseDouble(matcher.group(1))) : 0;
    }
}
