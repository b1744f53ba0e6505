package io.devicestatus.adapter.graph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.devicestatus.adapter.graph.client.LocalGraph.bytes;
import static io.devicestatus.adapter.graph.client.LocalGraph.entity;
import static io.devicestatus.adapter.graph.client.LocalGraph.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.vavr.collection.LinkedHashMap;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Graph's error body, read into {@link GraphFailure.Answered}. */
class GraphErrorsTest {

    @RegisterExtension
    static final WireMockExtension GRAPH = LocalGraph.server();

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void a_graph_error_body_gives_code_message_details_and_both_ids() {
        var body = LocalGraph.error(
                "Request_ResourceConflict",
                "Another status holds deviceId 'd-1'.\nTry a PATCH.",
                "body-request-id",
                "{{request.headers.client-request-id}}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("error"))
                .putArray("details")
                .addObject()
                .put("target", "deviceId")
                .put("message", "is held by 7");
        GRAPH.stubFor(post(urlPathEqualTo("/v1.0/deviceManagement/iosUpdateStatuses"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("request-id", "header-request-id")
                        .withBody(new String(bytes(body), java.nio.charset.StandardCharsets.UTF_8))
                        .withTransformers("response-template")));
        var client = LocalGraph.client(GRAPH, new FakeTime());

        var failure = client.send(GraphRequest.post("v1.0/deviceManagement/iosUpdateStatuses", bytes(entity("x"))))
                .getLeft();

        var sentId = received(GRAPH).get(0).getHeader("client-request-id");
        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(409);
            assertThat(answered.code()).isEqualTo("Request_ResourceConflict");
            assertThat(answered.graphMessage()).isEqualTo("Another status holds deviceId 'd-1'. Try a PATCH.");
            assertThat(answered.details()).containsExactly(new GraphFailure.Detail("deviceId", "is held by 7"));
            assertThat(answered.requestId()).contains("header-request-id");
            assertThat(answered.clientRequestId()).isEqualTo(sentId);
            assertThat(answered.attempts()).isEqualTo(1);
        });
        assertThat(failure.message())
                .doesNotContain("\n")
                .contains(
                        "POST v1.0/deviceManagement/iosUpdateStatuses answered 409 Request_ResourceConflict",
                        "deviceId: is held by 7",
                        "1 attempt",
                        "client-request-id " + sentId,
                        "request-id header-request-id");
    }

    @Test
    void without_a_header_the_request_id_comes_from_the_body() {
        var failure = GraphErrors.answered(
                "GET",
                "v1.0/x",
                404,
                LinkedHashMap.empty(),
                bytes(LocalGraph.error("ResourceNotFound", "gone", "inner-request", "inner-client")),
                "ours",
                2,
                NOW);

        assertThat(failure.requestId()).contains("inner-request");
        assertThat(failure.clientRequestId()).isEqualTo("inner-client");
        assertThat(failure.attempts()).isEqualTo(2);
    }

    @Test
    void without_an_error_body_the_code_is_the_status_and_the_message_its_reason() {
        var failure = GraphErrors.answered(
                "GET",
                "v1.0/x",
                404,
                LinkedHashMap.of("retry-after", "7"),
                "<html>Not here</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "ours",
                1,
                NOW);

        assertThat(failure.code()).isEqualTo("HTTP 404");
        assertThat(failure.graphMessage()).isEqualTo("Not Found");
        assertThat(failure.details()).isEmpty();
        assertThat(failure.requestId()).isEmpty();
        assertThat(failure.clientRequestId()).isEqualTo("ours");
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void a_lower_case_innererror_is_read_too() {
        var body = LocalGraph.object();
        body.putObject("error").put("code", "x").putObject("innererror").put("request-id", "lower");

        var failure = GraphErrors.answered("GET", "v1.0/x", 400, LinkedHashMap.empty(), bytes(body), "ours", 1, NOW);

        assertThat(failure.requestId()).contains("lower");
        assertThat(failure.graphMessage()).isEqualTo("Bad Request");
    }

    @Test
    void only_answers_below_300_and_304_are_successes() {
        assertThat(GraphErrors.success(200)).isTrue();
        assertThat(GraphErrors.success(204)).isTrue();
        assertThat(GraphErrors.success(304)).isTrue();
        assertThat(GraphErrors.success(301)).isFalse();
        assertThat(GraphErrors.success(307)).isFalse();
        assertThat(GraphErrors.success(400)).isFalse();
    }
}
