package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch body read and checked whole: its requests, the order they run in, and every problem by field path. */
class BatchRequestTest {

    @Test
    void reads_each_request_with_its_method_url_headers_body_and_dependencies() {
        var batch = parsed("""
                {"requests": [
                  {"id": "1", "method": "POST", "url": "/deviceManagement/iosUpdateStatuses",
                   "headers": {"Content-Type": "application/json", "If-Match": "*"}, "body": {"deviceId": "d"}},
                  {"id": "2", "method": "GET", "url": "deviceManagement/iosUpdateStatuses/x", "dependsOn": ["1", "1"],
                   "body": null}]}""");

        var first = batch.items().get(0);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.headers().keySet()).containsExactly("content-type", "if-match");
        assertThat(first.headers().get("content-type")).contains("application/json");
        assertThat(first.body().get().toString()).isEqualTo("{\"deviceId\":\"d\"}");
        var second = batch.items().get(1);
        assertThat(second.body()).as("a null body is none").isEmpty();
        assertThat(second.dependsOn()).isEqualTo(LinkedHashSet.of("1"));
        assertThat(second.path(ApiVersion.BETA)).isEqualTo("/beta/deviceManagement/iosUpdateStatuses/x");
        assertThat(first.path(ApiVersion.V1_0)).isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses");
    }

    @Test
    void runs_each_request_after_what_it_depends_on_and_otherwise_in_array_order() {
        var batch = parsed(batchOf(
                item("a", "\"c\""), item("b", ""), item("c", "\"d\""), item("d", ""), item("e", "\"a\", \"b\"")));

        assertThat(batch.items().map(BatchRequest.Item::id)).containsExactly("a", "b", "c", "d", "e");
        assertThat(batch.order().map(BatchRequest.Item::id)).containsExactly("d", "c", "a", "b", "e");
    }

    @Test
    void a_cycle_is_refused_naming_it() {
        var violations = refused(batchOf(item("x", ""), item("a", "\"b\""), item("b", "\"c\""), item("c", "\"a\"")));

        assertThat(violations).extracting(Violation::field).containsExactly("requests[1].dependsOn");
        assertThat(violations.head().rejectedValue()).contains("a -> b -> c -> a");
        assertThat(refused(batchOf(item("self", "\"self\""))).head().rejectedValue())
                .contains("self -> self");
    }

    @Test
    void duplicate_ids_and_unknown_dependencies_are_each_named() {
        var violations = refused(batchOf(item("1", ""), item("2", "\"7\", \"1\""), item("1", "\"8\"")));

        assertThat(violations.map(v -> v.field() + "=" + v.rejectedValue().get()))
                .containsExactly("requests[2].id=1", "requests[1].dependsOn=7", "requests[2].dependsOn=8");
        assertThat(violations.head().message()).contains("requests[0]");
    }

    @Test
    void one_to_twenty_requests_are_taken_and_more_or_none_are_refused_naming_the_count_and_the_limit() {
        assertThat(parsed(batchOf(IntStream.range(0, 20)
                                .mapToObj(i -> item("r" + i, ""))
                                .toArray(String[]::new)))
                        .items())
                .hasSize(20);

        var over = refused(
                batchOf(IntStream.range(0, 21).mapToObj(i -> item("r" + i, "")).toArray(String[]::new)));
        assertThat(over).extracting(Violation::field).containsExactly("requests");
        assertThat(over.head().message()).contains("holds 21 requests", "1 to 20");
        assertThat(refused("{\"requests\": []}").head().message()).contains("holds 0 requests");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://graph.microsoft.com/v1.0/deviceManagement/iosUpdateStatuses | relative to the batch's version root",
                "//graph.microsoft.com/v1.0/x | relative to the batch's version root",
                "mailto:x | relative to the batch's version root",
                "/v1.0/deviceManagement/iosUpdateStatuses | must not name a version ('v1.0')",
                "beta/deviceManagement/iosUpdateStatuses | must not name a version ('beta')",
                "/$batch | nested $batch",
                "$batch?x=1 | nested $batch",
                "/%24batch | nested $batch",
                "'   ' | must not be blank"
            })
    void urls_that_are_not_relative_to_the_version_root_are_refused(String url, String problem) {
        var violations =
                refused(batchOf(item("1", ""), "{\"id\": \"2\", \"method\": \"GET\", \"url\": \"" + url + "\"}"));

        assertThat(violations).extracting(Violation::field).containsExactly("requests[1].url");
        assertThat(violations.head().message()).contains(problem);
    }

    @Test
    void a_url_longer_than_a_request_line_is_refused() {
        var url = "/deviceManagement/iosUpdateStatuses?$filter=deviceId eq '" + "x".repeat(BatchRequest.MAX_URL_LENGTH)
                + "'";

        var violation = refused(batchOf("{\"id\": \"1\", \"method\": \"GET\", \"url\": \"" + url + "\"}"))
                .head();

        assertThat(violation.field()).isEqualTo("requests[0].url");
        assertThat(violation.message()).contains("at most " + BatchRequest.MAX_URL_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.0x/deviceManagement", "deviceManagement/v1.0", "$batches", "a/$batch"})
    void urls_that_merely_contain_a_version_or_batch_are_taken(String url) {
        assertThat(parsed(batchOf("{\"id\": \"1\", \"method\": \"GET\", \"url\": \"" + url + "\"}"))
                        .items())
                .hasSize(1);
    }

    @Test
    void every_problem_of_every_request_is_reported_at_once_by_field_path() {
        var violations = refused("""
                {"requests": [
                  {"id": "", "method": "FETCH"},
                  "GET /x",
                  {"id": 3, "method": 1, "url": "/x", "headers": {"Accept": 1, "authorization": "Bearer t"},
                   "dependsOn": "1"},
                  {"id": "4", "method": "GET", "url": "/x", "headers": [], "dependsOn": [4], "extra": true}],
                 "batch": 1}""");

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly(
                        "batch",
                        "requests[0].id",
                        "requests[0].method",
                        "requests[0].url",
                        "requests[1]",
                        "requests[2].id",
                        "requests[2].method",
                        "requests[2].headers.Accept",
                        "requests[2].headers.authorization",
                        "requests[2].dependsOn",
                        "requests[3].extra",
                        "requests[3].headers",
                        "requests[3].dependsOn[0]");
        assertThat(violations.map(Violation::toString).mkString()).doesNotContain("Bearer t");
    }

    @Test
    void a_header_given_twice_in_different_case_with_different_values_is_refused_naming_both() {
        var violations = refused(batchOf("{\"id\": \"1\", \"method\": \"GET\", \"url\": \"/x\","
                + " \"headers\": {\"Prefer\": \"a\", \"prefer\": \"b\"}}"));

        assertThat(violations).extracting(Violation::field).containsExactly("requests[0].headers.prefer");
        assertThat(violations.head().rejectedValue()).contains("b");
        assertThat(violations.head().message()).contains("different values", "case-insensitive", "'a'");
    }

    /** What the Graph SDKs' BatchRequestContent writes for a create: its own header and the request's copy. */
    @Test
    void a_header_given_twice_in_different_case_with_the_same_value_is_one_header() {
        var batch = parsed(batchOf("{\"id\": \"1\", \"method\": \"POST\", \"url\": \"/x\", \"body\": {},"
                + " \"headers\": {\"content-type\": \"application/json\", \"Content-Type\": \"application/json\","
                + " \"CONTENT-TYPE\": \"application/json\", \"Accept\": \"application/json\"}}"));

        var headers = batch.items().head().headers();
        assertThat(headers.keySet()).containsExactly("content-type", "accept");
        assertThat(headers.get("content-type")).contains("application/json");
    }

    /** RFC 9110, 9.1: method names are case-sensitive; a step would not be run alone as {@code post} either. */
    @ParameterizedTest
    @ValueSource(strings = {"post", "Post", "get", "delete", "patch", "pAtCh"})
    void a_method_in_another_case_is_refused_not_run(String method) {
        var violations = refused(batchOf("{\"id\": \"1\", \"method\": \"" + method + "\", \"url\": \"/x\"}"));

        assertThat(violations).extracting(Violation::field).containsExactly("requests[0].method");
        assertThat(violations.head().rejectedValue()).contains(method);
        assertThat(violations.head().message()).contains("case-sensitive", method.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void a_batch_body_that_is_not_utf8_is_refused_on_body() {
        byte[] prefix =
                "{\"requests\": [{\"id\": \"1\", \"method\": \"POST\", \"url\": \"/x\", \"body\": {\"deviceName\": \"An"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "na\"}}]}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC0;
        body[prefix.length + 1] = (byte) 0xAF;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);

        var parsed = BatchRequest.parse(body);

        assertThat(parsed.getLeft().status()).isEqualTo(400);
        assertThat(parsed.getLeft().details()).extracting(Violation::field).containsExactly("body");
        assertThat(parsed.getLeft().message()).contains("not valid UTF-8", "byte " + prefix.length, "C0 AF");
    }

    @Test
    void a_body_that_is_not_a_batch_object_is_refused_on_body_or_requests() {
        assertThat(refused("[]")).extracting(Violation::field).containsExactly("body");
        assertThat(refused("{\"requests\": [")).extracting(Violation::field).containsExactly("body");
        assertThat(refused("{}")).extracting(Violation::field).containsExactly("requests");
        assertThat(refused("{\"requests\": {}}").head().message()).contains("JSON object, expected an array");
        assertThat(parsed("{\"@odata.context\": \"x\", \"requests\": [" + item("1", "") + "]}")
                        .items())
                .hasSize(1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/deviceManagement/iosUpdateStatuses | /v1.0/deviceManagement/iosUpdateStatuses | ''",
                "a b/c%2Fd?$filter=deviceId eq 'x y' | /v1.0/a%20b/c%2Fd | $filter=deviceId%20eq%20'x%20y'",
                "x?$filter=deviceId eq 'ü\"' | /v1.0/x | $filter=deviceId%20eq%20'%C3%BC%22'",
                "x?a=1?b=2 | /v1.0/x | a=1?b=2",
                "/ | /v1.0/ | ''"
            })
    void a_url_becomes_the_path_and_query_a_client_would_send_alone(String url, String path, String query) {
        var item = new BatchRequest.Item(
                "1",
                "GET",
                url,
                io.vavr.collection.LinkedHashMap.empty(),
                io.vavr.control.Option.none(),
                LinkedHashSet.empty());

        assertThat(item.path(ApiVersion.V1_0)).isEqualTo(path);
        assertThat(item.rawQuery()).isEqualTo(query);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static BatchRequest parsed(String json) {
        var parsed = BatchRequest.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isRight()).as("%s", parsed).isTrue();
        return parsed.get();
    }

    private static Seq<Violation> refused(String json) {
        var parsed = BatchRequest.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isLeft()).as("%s", parsed).isTrue();
        assertThat(parsed.getLeft().status()).isEqualTo(400);
        assertThat(parsed.getLeft().code()).isEqualTo("BadRequest");
        return parsed.getLeft().details();
    }

    private static String batchOf(String... items) {
        return "{\"requests\": [" + java.util.Arrays.stream(items).collect(Collectors.joining(", ")) + "]}";
    }

    /** A GET with {@code dependsOn} of the (quoted, comma-separated) ids given, or none. */
    private static String item(String id, String dependsOn) {
        return "{\"id\": \"" + id + "\", \"method\": \"GET\", \"url\": \"/x\""
                + (dependsOn.isEmpty() ? "" : ", \"dependsOn\": [" + dependsOn + "]") + "}";
    }
}
