package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GraphResponseTest {

    private static GraphResponse response(String body) {
        return new GraphResponse(
                200,
                LinkedHashMap.of("etag", "W/\"2\""),
                body.getBytes(StandardCharsets.UTF_8),
                "c-1",
                Option.some("r-1"),
                "GET",
                "v1.0/x");
    }

    @Test
    void json_is_the_body_as_one_object() {
        var json = LocalGraph.object().put("id", "a");

        assertThat(response(new String(LocalGraph.bytes(json), StandardCharsets.UTF_8))
                        .json()
                        .get())
                .isEqualTo(json);
    }

    @Test
    void an_empty_body_or_another_json_value_is_malformed() {
        assertThat(((GraphFailure.Malformed) response("").json().getLeft()).reason())
                .contains("empty");
        assertThat(((GraphFailure.Malformed) response("[1]").json().getLeft()).reason())
                .contains("JSON array");
        assertThat(((GraphFailure.Malformed) response("null").json().getLeft()).reason())
                .contains("JSON null");
    }

    @Test
    void malformed_json_names_the_request_its_ids_and_the_position_but_not_the_body() {
        var failure = response("{\"id\": \"a\",\n \"secret\" \"b\"}").json().getLeft();

        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Malformed.class, malformed -> {
            assertThat(malformed.method()).isEqualTo("GET");
            assertThat(malformed.target()).isEqualTo("v1.0/x");
            assertThat(malformed.reason()).contains("line 2, column");
            assertThat(malformed.requestId()).contains("r-1");
            assertThat(malformed.clientRequestId()).isEqualTo("c-1");
        });
        assertThat(failure.message()).contains("GET v1.0/x", "c-1", "r-1").doesNotContain("\"id\"");
    }

    @Test
    void duplicate_names_and_trailing_text_are_malformed_as_graph_json_refuses_them() {
        assertThat(response("{\"id\":\"a\",\"id\":\"b\"}").json().isLeft()).isTrue();
        assertThat(response("{\"id\":\"a\"} x").json().isLeft()).isTrue();
    }

    @Test
    void headers_are_found_in_any_case() {
        assertThat(response("{}").header("ETag")).contains("W/\"2\"");
        assertThat(response("{}").header("Location")).isEmpty();
    }

    @Test
    void the_short_constructor_leaves_the_request_unnamed() {
        var bare = new GraphResponse(204, LinkedHashMap.empty(), new byte[0], "c", Option.none());

        assertThat(bare.method()).isEmpty();
        assertThat(bare.json().isLeft()).isTrue();
    }

    @Test
    void responses_with_equal_bodies_are_equal() {
        assertThat(response("{}")).isEqualTo(response("{}")).hasSameHashCodeAs(response("{}"));
        assertThat(response("{}")).isNotEqualTo(response("[]"));
    }

    @Test
    void a_failure_without_a_graph_code_says_the_status_once() {
        var failure = GraphErrors.answered(
                "GET", "v1.0/x", 429, LinkedHashMap.empty(), new byte[0], "c", 1, java.time.Instant.EPOCH);

        assertThat(failure.message())
                .startsWith("GET v1.0/x answered 429: Too Many Requests (1 attempt, client-request-id c)");
    }
}
