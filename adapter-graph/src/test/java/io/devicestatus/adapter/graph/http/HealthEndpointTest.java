package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devicestatus.adapter.graph.auth.TokenRejected;
import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /health}, {@code /health/live} and {@code /health/ready}: no token, GET only, readiness from the probe. */
class HealthEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);

    private final AtomicReference<Option<String>> problem = new AtomicReference<>(Option.none());
    private final GraphApi api = api(problem::get);

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/live"})
    void liveness_is_200_up_without_a_token_even_when_not_ready(String path) throws IOException {
        problem.set(Option.some("the database does not answer"));

        var response = api.handle(request("GET", path));

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("up");
    }

    @Test
    void ready_is_200_while_the_probe_finds_no_problem() throws IOException {
        var response = api.handle(request("GET", "/health/ready"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("ready");
        assertThat(response.headers().get("request-id").isDefined()).isTrue();
    }

    @Test
    void not_ready_is_503_in_graphs_error_shape_naming_the_problem_with_retry_after() throws IOException {
        problem.set(Option.some("the database does not answer (connection refused)"));

        var response = api.handle(request("GET", "/health/ready"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.headers().get("Retry-After").get()).isEqualTo(HealthEndpoint.NOT_READY_RETRY_AFTER);
        var error = json(response).path("error");
        assertThat(error.path("code").asText()).isEqualTo("ServiceUnavailable");
        assertThat(error.path("message").asText())
                .isEqualTo("The service is not ready: the database does not answer (connection refused)");
        assertThat(error.path("innerError").path("request-id").asText())
                .isEqualTo(response.headers().get("request-id").get());
    }

    @Test
    void readiness_follows_the_probe_back_to_ready() {
        problem.set(Option.some("the database does not answer"));
        assertThat(api.handle(request("GET", "/health/ready")).status()).isEqualTo(503);

        problem.set(Option.none());

        assertThat(api.handle(request("GET", "/health/ready")).status()).isEqualTo(200);
    }

    @Test
    void a_probe_that_throws_is_not_ready_rather_than_a_500() throws IOException {
        var throwing = api(() -> {
            throw new IllegalStateException("bug in a probe");
        });

        var response = throwing.handle(request("GET", "/health/ready"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(json(response).path("error").path("message").asText())
                .isEqualTo("The service is not ready: its readiness could not be checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/live", "/health/ready"})
    void other_methods_are_405_allowing_get(String path) throws IOException {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "HEAD"}) {
            var response = api.handle(request(method, path));

            assertThat(response.status()).as(method + " " + path).isEqualTo(405);
            assertThat(response.headers().get("Allow").get()).isEqualTo("GET");
            assertThat(json(response).path("error").path("message").asText())
                    .isEqualTo(method + " is not allowed on " + path + ".");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/", "/health/other", "/healthz", "/health/ready/x"})
    void other_paths_under_health_need_a_token_like_any_other(String path) {
        assertThat(api.handle(request("GET", path)).status()).isEqualTo(401);
    }

    private static GraphApi api(ReadinessProbe probe) {
        var store = new InMemoryStatusStore();
        var application = new DeviceStatusApplication(
                store,
                IdGeneratorPort.randomUuids(),
                CommandValidator.withDefaultProvider(),
                DeviceStatusSettings.defaults(CLOCK));
        return new GraphApi(
                application,
                token -> Either.left(new TokenRejected("no token is valid here")),
                GraphApiSettings.defaults(CLOCK).withReadiness(probe));
    }

    private static ApiRequest request(String method, String path) {
        return new ApiRequest(
                method, path, "", HashMap.empty(), new ByteArrayInputStream(new byte[0]), "http://127.0.0.1:8080");
    }

    private static JsonNode json(ApiResponse response) throws IOException {
        return JSON.readTree(response.body());
    }
}
