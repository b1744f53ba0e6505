package io.devicestatus.adapter.graph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.devicestatus.adapter.graph.client.LocalGraph.bytes;
import static io.devicestatus.adapter.graph.client.LocalGraph.entity;
import static io.devicestatus.adapter.graph.client.LocalGraph.object;
import static io.devicestatus.adapter.graph.client.LocalGraph.parse;
import static io.devicestatus.adapter.graph.client.LocalGraph.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.devicestatus.adapter.graph.CapturedLog;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** $batch: chunks of 20, per-item results in input order, per-item throttling retried on its own. */
class GraphClientBatchTest {

    @RegisterExtension
    static final WireMockExtension GRAPH = LocalGraph.server();

    private static final String BATCH = "/v1.0/$batch";
    private static final String COLLECTION = "/deviceManagement/iosUpdateStatuses";

    private final FakeTime time = new FakeTime();
    private final GraphClient client = LocalGraph.client(GRAPH, time);

    /** Creates of entities "e1".."e{n}", each with its id in the body, so that the results' order can be checked. */
    private static Seq<GraphRequest> creates(int n) {
        return Vector.rangeClosed(1, n).map(i -> GraphRequest.post(COLLECTION, bytes(entity("e" + i))));
    }

    /** A $batch answer of items (id, status, Retry-After or ""): a 2xx item has an entity, a 204 nothing, others an error. */
    private static ObjectNode answer(Seq<Tuple3<String, Integer, String>> items, IntFunction<String> entityOfItem) {
        var body = object();
        var responses = body.putArray("responses");
        for (var item : items) {
            var response = responses.addObject();
            response.put("id", item._1);
            response.put("status", item._2);
            var headers = response.putObject("headers");
            headers.put("Content-Type", "application/json");
            if (!item._3.isEmpty()) {
                headers.put("Retry-After", item._3);
            }
            if (item._2 == 204) {
                continue;
            }
            if (item._2 < 300) {
                response.set("body", entity(entityOfItem.apply(Integer.parseInt(item._1))));
            } else {
                response.set(
                        "body",
                        LocalGraph.error(
                                item._2 == 424 ? "failedDependency" : "TooManyRequests",
                                "item " + item._1 + " failed",
                                "item-request-" + item._1,
                                "ignored"));
            }
        }
        return body;
    }

    private static ResponseDefinitionBuilder ok(JsonNode body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("request-id", "batch-request")
                .withBody(bytes(body));
    }

    /** The i-th $batch request the server received, as JSON. */
    private static JsonNode sentBatch(int i) {
        return parse(received(GRAPH).get(i).getBody());
    }

    private static Seq<String> ids(JsonNode batch) {
        return Vector.ofAll(batch.get("requests")).map(item -> item.get("id").textValue());
    }

    private static Seq<String> ids(Seq<Either<GraphFailure, GraphResponse>> results) {
        return results.map(result -> result.get().json().get().get("id").textValue());
    }

    @Test
    void three_throttled_items_of_twenty_are_sent_again_on_their_own_after_the_longest_retry_after() {
        var throttled = List.of("4", "9", "17");
        var first = Vector.rangeClosed(1, 20)
                .reverse() // answered in another order than asked
                .map(i -> String.valueOf(i))
                .map(id -> Tuple.of(
                        id, throttled.contains(id) ? 429 : 201, id.equals("4") ? "1" : id.equals("9") ? "2.5" : ""));
        var second = throttled.map(id -> Tuple.of(id, 201, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("b")
                .whenScenarioStateIs(STARTED)
                .willReturn(ok(answer(first, i -> "e" + i)))
                .willSetStateTo("retried"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("b")
                .whenScenarioStateIs("retried")
                .willReturn(ok(answer(second, i -> "e" + i))));

        var results = client.batch("v1.0", creates(20), false).get();

        assertThat(results).hasSize(20).allMatch(Either::isRight);
        assertThat(results.map(result -> result.get().status())).containsOnly(201);
        assertThat(ids(results)).isEqualTo(Vector.rangeClosed(1, 20).map(i -> "e" + i));
        assertThat(received(GRAPH)).hasSize(2);
        assertThat(ids(sentBatch(0))).isEqualTo(Vector.rangeClosed(1, 20).map(String::valueOf));
        var retry = sentBatch(1).get("requests");
        assertThat(ids(sentBatch(1))).containsExactly("4", "9", "17");
        assertThat(Vector.ofAll(retry).map(item -> item.get("body")))
                .containsExactly(entity("e4"), entity("e9"), entity("e17"));
        assertThat(Vector.ofAll(retry).map(item -> item.get("url").textValue())).containsOnly(COLLECTION);
        assertThat(Vector.ofAll(retry).map(item -> item.get("method").textValue()))
                .containsOnly("POST");
        // the longest Retry-After, and 5 % more (jitter 0.5)
        assertThat(time.waits()).containsExactly(Duration.ofMillis(2625));
    }

    @Test
    void items_carry_method_url_headers_and_json_bodies_and_results_name_the_batch_ids() {
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .willReturn(ok(answer(Vector.of(Tuple.of("2", 204, ""), Tuple.of("1", 200, "")), i -> "e" + i))));
        var requests = Vector.of(
                GraphRequest.patch(COLLECTION + "/e1", bytes(object().put("userName", "anna")))
                        .withHeader("If-Match", "W/\"2\""),
                GraphRequest.delete(COLLECTION + "/e2"));

        var results = client.batch("v1.0", requests, false).get();

        var items = sentBatch(0).get("requests");
        assertThat(items.get(0).get("method").textValue()).isEqualTo("PATCH");
        assertThat(items.get(0).get("url").textValue()).isEqualTo(COLLECTION + "/e1");
        assertThat(items.get(0).get("headers").get("Content-Type").textValue()).isEqualTo("application/json");
        assertThat(items.get(0).get("headers").get("If-Match").textValue()).isEqualTo("W/\"2\"");
        assertThat(items.get(0).get("body").get("userName").textValue()).isEqualTo("anna");
        assertThat(items.get(1).has("body")).isFalse();
        assertThat(items.get(1).has("headers")).isFalse();
        assertThat(items.get(1).has("dependsOn")).isFalse();
        var sentId = received(GRAPH).get(0).getHeader("client-request-id");
        assertThat(results.map(result -> result.get().status())).containsExactly(200, 204);
        assertThat(results.get(0).get().clientRequestId()).isEqualTo(sentId);
        assertThat(results.get(0).get().requestId()).contains("batch-request");
        assertThat(results.get(0).get().header("content-type")).contains("application/json");
        assertThat(results.get(1).get().body()).isEmpty();
    }

    @Test
    void a_sequential_batch_stops_at_a_failed_item_and_sends_no_later_chunk() {
        var items = Vector.rangeClosed(1, 20)
                .map(String::valueOf)
                .map(id -> Tuple.of(id, Integer.parseInt(id) < 5 ? 201 : Integer.parseInt(id) == 5 ? 409 : 424, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH)).willReturn(ok(answer(items, i -> "e" + i))));

        var results = client.batch("v1.0", creates(25), true).get();

        assertThat(results).hasSize(25);
        assertThat(results.take(4)).allMatch(Either::isRight);
        assertThat(results.get(4).getLeft()).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(409);
            assertThat(answered.code()).isEqualTo("TooManyRequests");
            assertThat(answered.requestId()).contains("item-request-5");
            assertThat(answered.target()).isEqualTo(COLLECTION);
        });
        assertThat(results.slice(5, 20))
                .allSatisfy(result -> assertThat(result.getLeft())
                        .isInstanceOfSatisfying(
                                GraphFailure.Answered.class,
                                a -> assertThat(a.status()).isEqualTo(424)));
        assertThat(results.drop(20))
                .allSatisfy(result -> assertThat(result.getLeft())
                        .isInstanceOfSatisfying(
                                GraphFailure.Refused.class,
                                refused -> assertThat(refused.reason()).contains("not sent")));
        assertThat(received(GRAPH)).hasSize(1);
        var sent = Vector.ofAll(sentBatch(0).get("requests"));
        assertThat(sent.head().has("dependsOn")).isFalse();
        assertThat(sent.tail().map(item -> item.get("dependsOn").get(0).textValue()))
                .isEqualTo(Vector.rangeClosed(1, 19).map(String::valueOf));
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void a_sequential_batch_sends_a_throttled_item_again_with_the_items_that_failed_only_because_of_it() {
        var first = Vector.rangeClosed(1, 5)
                .map(String::valueOf)
                .map(id -> Tuple.of(
                        id, id.compareTo("3") < 0 ? 201 : id.equals("3") ? 429 : 424, id.equals("3") ? "1" : ""));
        var second = Vector.of("3", "4", "5").map(id -> Tuple.of(id, 201, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("s")
                .whenScenarioStateIs(STARTED)
                .willReturn(ok(answer(first, i -> "e" + i)))
                .willSetStateTo("retried"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("s")
                .whenScenarioStateIs("retried")
                .willReturn(ok(answer(second, i -> "e" + i))));

        var results = client.batch("v1.0", creates(5), true).get();

        assertThat(ids(results)).containsExactly("e1", "e2", "e3", "e4", "e5");
        assertThat(received(GRAPH)).hasSize(2);
        var retry = Vector.ofAll(sentBatch(1).get("requests"));
        assertThat(retry.map(item -> item.get("id").textValue())).containsExactly("3", "4", "5");
        assertThat(retry.map(item -> item.path("dependsOn").path(0).asText("none")))
                .containsExactly("none", "3", "4");
        assertThat(time.waits()).containsExactly(Duration.ofMillis(1050));
    }

    @Test
    void a_post_item_answered_503_without_retry_after_is_not_sent_again_but_a_patch_item_is() {
        var first = Vector.of(Tuple.of("1", 503, ""), Tuple.of("2", 503, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("m")
                .whenScenarioStateIs(STARTED)
                .willReturn(ok(answer(first, i -> "e" + i)))
                .willSetStateTo("retried"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("m")
                .whenScenarioStateIs("retried")
                .willReturn(ok(answer(Vector.of(Tuple.of("2", 200, "")), i -> "e" + i))));
        var requests = Vector.of(
                GraphRequest.post(COLLECTION, bytes(entity("e1"))),
                GraphRequest.patch(COLLECTION + "/e2", bytes(entity("e2"))));

        var results = client.batch("v1.0", requests, false).get();

        assertThat(results.get(0).getLeft()).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(503);
            assertThat(answered.attempts()).isEqualTo(1);
        });
        assertThat(results.get(1).get().status()).isEqualTo(200);
        assertThat(ids(sentBatch(1))).containsExactly("2");
        assertThat(time.waits()).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void an_item_throttled_every_time_is_sent_again_while_the_time_budget_allows() {
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .willReturn(ok(answer(Vector.of(Tuple.of("1", 429, "0.1")), i -> "e" + i))));
        var budget = LocalGraph.client(
                GRAPH,
                time,
                settings -> settings.withRetry(LocalGraph.RETRY.withMaxTotal(Duration.ofSeconds(1))),
                AccessTokenProvider.fixed(LocalGraph.TOKEN));

        var log = CapturedLog.during(() -> assertThat(
                        budget.batch("v1.0", creates(1), false).get().get(0).getLeft())
                .isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
                    assertThat(answered.status()).isEqualTo(429);
                    assertThat(answered.attempts()).isEqualTo(10);
                    assertThat(answered.retryAfter()).contains(Duration.ofMillis(100));
                }));

        assertThat(received(GRAPH)).hasSize(10);
        // Retry-After and 5 % more (jitter 0.5), past the policy's 3 attempts too, until the next would not fit
        assertThat(time.waits()).hasSize(9).containsOnly(Duration.ofMillis(105));
        assertThat(log.lines().filter(line -> line.contains("WARN")))
                .singleElement(STRING)
                .contains(
                        "POST v1.0/$batch item 1 (POST " + COLLECTION + "): giving up after 10 attempts in 945 ms",
                        "Retry-After 100 ms reaches past the time budget (55 ms left of 1 s)",
                        "the last failed: 429 TooManyRequests (Retry-After 100 ms)");
    }

    @Test
    void forty_five_requests_go_in_three_batches_of_twenty_twenty_and_five() {
        IntFunction<ObjectNode> chunkAnswer = size ->
                answer(Vector.rangeClosed(1, size).map(i -> Tuple.of(String.valueOf(i), 201, "")), i -> "item-" + i);
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("c")
                .whenScenarioStateIs(STARTED)
                .willReturn(ok(chunkAnswer.apply(20)))
                .willSetStateTo("2"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("c")
                .whenScenarioStateIs("2")
                .willReturn(ok(chunkAnswer.apply(20)))
                .willSetStateTo("3"));
        GRAPH.stubFor(
                post(urlEqualTo(BATCH)).inScenario("c").whenScenarioStateIs("3").willReturn(ok(chunkAnswer.apply(5))));

        var results = client.batch("v1.0", creates(45), false).get();

        assertThat(results).hasSize(45).allMatch(Either::isRight);
        assertThat(received(GRAPH)).hasSize(3);
        assertThat(Vector.range(0, 3).map(i -> sentBatch(i).get("requests").size()))
                .containsExactly(20, 20, 5);
        assertThat(Vector.range(0, 3)
                        .flatMap(i -> Vector.ofAll(sentBatch(i).get("requests")))
                        .map(item -> item.get("body").get("id").textValue()))
                .isEqualTo(Vector.rangeClosed(1, 45).map(i -> "e" + i));
    }

    @Test
    void chunks_allowed_at_once_go_a_few_at_a_time_and_none_is_started_after_a_wave_with_a_failure() {
        var all201 = Vector.rangeClosed(1, 20).map(i -> Tuple.of(String.valueOf(i), 201, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH)).atPriority(5).willReturn(ok(answer(all201, i -> "x" + i))));
        // the first chunk (entities e1..e20): its first item refused, the others answered 424 because of it
        var refused = Vector.rangeClosed(1, 20).map(i -> Tuple.of(String.valueOf(i), i == 1 ? 409 : 424, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .atPriority(1)
                .withRequestBody(containing("\"e1\""))
                .willReturn(ok(answer(refused, i -> "x" + i))));
        var twoAtOnce = LocalGraph.client(
                GRAPH, time, settings -> settings.withBatchChunks(2), AccessTokenProvider.fixed(LocalGraph.TOKEN));

        var results = twoAtOnce.batch("v1.0", creates(100), true, true).get();

        // chunks 1 and 2 went together; chunks 3 to 5 were not started
        assertThat(received(GRAPH)).hasSize(2);
        assertThat(results).hasSize(100);
        assertThat(results.get(0).getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Answered.class,
                        answered -> assertThat(answered.status()).isEqualTo(409));
        assertThat(results.slice(20, 40)).allMatch(Either::isRight);
        assertThat(results.slice(40, 100))
                .allMatch(result -> result.isLeft() && result.getLeft() instanceof GraphFailure.Refused);
    }

    @Test
    void a_first_batch_request_failing_while_one_sent_with_it_was_answered_is_no_left_but_its_items_failures() {
        var all201 = Vector.rangeClosed(1, 20).map(i -> Tuple.of(String.valueOf(i), 201, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH)).atPriority(5).willReturn(ok(answer(all201, i -> "x" + i))));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .atPriority(1)
                .withRequestBody(containing("\"e1\""))
                .willReturn(aResponse().withStatus(500)));
        var twoAtOnce = LocalGraph.client(
                GRAPH, time, settings -> settings.withBatchChunks(2), AccessTokenProvider.fixed(LocalGraph.TOKEN));

        var results = twoAtOnce.batch("v1.0", creates(60), false, true).get();

        assertThat(received(GRAPH)).hasSize(2);
        assertThat(results.slice(0, 20))
                .allMatch(result -> result.isLeft()
                        && result.getLeft() instanceof GraphFailure.Answered answered
                        && answered.status() == 500);
        assertThat(results.slice(20, 40)).allMatch(Either::isRight);
        assertThat(results.slice(40, 60))
                .allMatch(result -> result.isLeft() && result.getLeft() instanceof GraphFailure.Refused);
    }

    @Test
    void independent_chunks_at_once_are_all_sent_and_answered_in_input_order() {
        var answers = Vector.rangeClosed(1, 20).map(i -> Tuple.of(String.valueOf(i), 201, ""));
        GRAPH.stubFor(post(urlEqualTo(BATCH)).willReturn(ok(answer(answers, i -> "x" + i))));

        var results = client.batch("v1.0", creates(45), false, true).get();

        assertThat(received(GRAPH)).hasSize(3);
        assertThat(results).hasSize(45).allMatch(Either::isRight);
        assertThat(Vector.range(0, 3)
                        .flatMap(i -> Vector.ofAll(sentBatch(i).get("requests")))
                        .map(item -> item.get("body").get("id").textValue()))
                .containsExactlyInAnyOrderElementsOf(Vector.rangeClosed(1, 45).map(i -> "e" + i));
    }

    @Test
    void a_throttled_batch_request_is_sent_again_but_a_504_is_not_and_fails_the_batch_as_a_whole() {
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("w")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("504"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("w")
                .whenScenarioStateIs("504")
                .willReturn(aResponse().withStatus(504)));

        var failure = client.batch("v1.0", creates(3), false).getLeft();

        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(504);
            assertThat(answered.target()).isEqualTo("v1.0/$batch");
            assertThat(answered.attempts()).isEqualTo(2);
        });
        assertThat(received(GRAPH)).hasSize(2);
        assertThat(time.waits()).containsExactly(Duration.ofMillis(3150));
    }

    @Test
    void a_later_chunk_that_fails_as_a_whole_fails_its_items_and_stops_the_rest() {
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("l")
                .whenScenarioStateIs(STARTED)
                .willReturn(ok(answer(
                        Vector.rangeClosed(1, 20).map(i -> Tuple.of(String.valueOf(i), 201, "")), i -> "e" + i)))
                .willSetStateTo("down"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("l")
                .whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(500)));

        var results = client.batch("v1.0", creates(45), false).get();

        assertThat(results.take(20)).allMatch(Either::isRight);
        assertThat(results.slice(20, 40))
                .allSatisfy(result -> assertThat(result.getLeft())
                        .isInstanceOfSatisfying(
                                GraphFailure.Answered.class,
                                a -> assertThat(a.status()).isEqualTo(500)));
        assertThat(results.drop(40))
                .allSatisfy(result -> assertThat(result.getLeft()).isInstanceOf(GraphFailure.Refused.class));
        assertThat(received(GRAPH)).hasSize(2);
    }

    @Test
    void an_answer_missing_an_item_or_without_responses_is_malformed() {
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("x")
                .whenScenarioStateIs(STARTED)
                .willReturn(ok(answer(Vector.of(Tuple.of("1", 201, "")), i -> "e" + i)))
                .willSetStateTo("empty"));
        GRAPH.stubFor(post(urlEqualTo(BATCH))
                .inScenario("x")
                .whenScenarioStateIs("empty")
                .willReturn(ok(object().put("value", 1))));

        var partial = client.batch("v1.0", creates(2), false).get();
        var none = client.batch("v1.0", creates(2), false).getLeft();

        assertThat(partial.get(0).isRight()).isTrue();
        assertThat(partial.get(1).getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains("no item with id 2"));
        assertThat(none)
                .isInstanceOfSatisfying(
                        GraphFailure.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains("\"responses\""));
    }

    @Test
    void nothing_is_sent_for_no_requests_nor_for_an_item_with_a_bad_target_or_body() {
        assertThat(client.batch("v1.0", Vector.empty(), true).get()).isEmpty();
        assertThatThrownBy(() -> client.batch("v1.0", Vector.of(GraphRequest.get("v1.0" + COLLECTION)), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative to the version root");
        assertThatThrownBy(() ->
                        client.batch("v1.0", Vector.of(GraphRequest.post(COLLECTION, new byte[] {'{'})), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> client.batch("v1.0/", creates(1), false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(received(GRAPH)).isEmpty();
    }
}
