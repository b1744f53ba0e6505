package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphRequestTest {

    private static final byte[] JSON = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource({"GET, true", "HEAD, true", "PUT, true", "PATCH, true", "DELETE, true", "POST, false"})
    void only_post_is_not_idempotent(String method, boolean idempotent) {
        var request = new GraphRequest(
                method, "v1.0/x", io.vavr.collection.LinkedHashMap.empty(), io.vavr.control.Option.none());

        assertThat(request.idempotent()).isEqualTo(idempotent);
    }

    @Test
    void the_factories_set_method_and_body() {
        assertThat(GraphRequest.get("v1.0/x").method()).isEqualTo("GET");
        assertThat(GraphRequest.delete("v1.0/x").body()).isEmpty();
        assertThat(GraphRequest.post("v1.0/x", JSON).body().get()).isEqualTo(JSON);
        assertThat(GraphRequest.patch("v1.0/x", JSON).method()).isEqualTo("PATCH");
    }

    @Test
    void the_body_is_copied_in_and_out() {
        byte[] body = JSON.clone();
        var request = GraphRequest.post("v1.0/x", body);

        body[0] = 'X';
        request.body().get()[1] = 'Y';

        assertThat(request.body().get()).isEqualTo(JSON);
    }

    @Test
    void a_header_replaces_one_of_the_same_name_in_any_case() {
        var request = GraphRequest.get("v1.0/x")
                .withHeader("If-Match", "1")
                .withHeader("if-match", "2")
                .withHeader("Prefer", "return=minimal");

        assertThat(request.headers().toJavaMap()).containsOnlyKeys("if-match", "Prefer");
        assertThat(request.header("IF-MATCH")).contains("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "client-request-id", "Host", "Content-Length", "Connection", "bad name"})
    void headers_the_client_owns_or_that_are_no_names_are_refused(String name) {
        assertThatThrownBy(() -> GraphRequest.get("v1.0/x").withHeader(name, "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_header_value_with_a_line_break_is_refused() {
        assertThatThrownBy(() -> GraphRequest.get("v1.0/x").withHeader("If-Match", "1\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "v1.0/a b", "v1.0/é"})
    void a_target_must_be_non_blank_and_encoded(String target) {
        assertThatThrownBy(() -> GraphRequest.get(target)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_method_must_be_upper_case() {
        assertThatThrownBy(() -> new GraphRequest(
                        "get", "v1.0/x", io.vavr.collection.LinkedHashMap.empty(), io.vavr.control.Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_names_method_target_and_header_names_but_no_values_or_body() {
        var text = GraphRequest.post("v1.0/x", JSON)
                .withHeader("If-Match", "W/\"secret\"")
                .toString();

        assertThat(text).contains("POST v1.0/x", "If-Match", "7 bytes").doesNotContain("secret", "\"a\"");
    }

    @Test
    void requests_with_equal_bodies_are_equal() {
        assertThat(GraphRequest.post("v1.0/x", JSON.clone()))
                .isEqualTo(GraphRequest.post("v1.0/x", JSON.clone()))
                .hasSameHashCodeAs(GraphRequest.post("v1.0/x", JSON.clone()));
        assertThat(GraphRequest.post("v1.0/x", JSON)).isNotEqualTo(GraphRequest.post("v1.0/x", new byte[] {'{', '}'}));
        assertThat(GraphRequest.get("v1.0/x"))
                .isNotEqualTo(GraphRequest.get("v1.0/x").withHeader("If-Match", "1"));
    }
}
