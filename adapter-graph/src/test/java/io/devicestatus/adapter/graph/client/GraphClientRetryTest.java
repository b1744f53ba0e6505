package io.devicestatus.adapter.graph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.devicestatus.adapter.graph.client.LocalGraph.bytes;
import static io.devicestatus.adapter.graph.client.LocalGraph.entity;
import static io.devicestatus.adapter.graph.client.LocalGraph.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Throttling, faults and timeouts against a local WireMock: what is retried, how often, after which wait. */
class GraphClientRetryTest {

    @RegisterExtension
    static final WireMockExtension GRAPH = LocalGraph.server();

    private static final String PATH = "/v1.0/deviceManagement/iosUpdateStatuses/abc";
    private static final String TARGET = "v1.0/deviceManagement/iosUpdateStatuses/abc";

    private final FakeTime time = new FakeTime();
    private final GraphClient client = LocalGraph.client(GRAPH, time);

    /** Answers {@code first} to the first request on the path, {@code then} to every later one. */
    private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        GRAPH.stubFor(stub().inScenario("retry")
                .whenScenarioStateIs(STARTED)
                .willReturn(first)
                .willSetStateTo("answered once"));
        GRAPH.stubFor(
                stub().inScenario("retry").whenScenarioStateIs("answered once").willReturn(then));
    }

    private static MappingBuilder stub() {
        return any(urlPathEqualTo(PATH));
    }

    private static ResponseDefinitionBuilder ok() {
        return okJson(new String(bytes(entity("abc")), java.nio.charset.StandardCharsets.UTF_8))
                .withHeader("request-id", "served");
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }

    @Test
    void a_429_with_fractional_retry_after_waits_that_long_and_up_to_a_tenth_more() {
        firstThen(status(429).withHeader("Retry-After", "1.5"), ok());

        var response = client.send(GraphRequest.get(TARGET));

        assertThat(response.get().json().get().get("id").textValue()).isEqualTo("abc");
        assertThat(response.get().requestId()).contains("served");
        assertThat(received(GRAPH)).hasSize(2);
        // jitter 0.5: 5 % more
        assertThat(time.waits()).containsExactly(Duration.ofMillis(1575));
    }

    @Test
    void a_429_with_an_http_date_waits_until_that_date_by_the_clients_clock() {
        // FakeTime starts at 10:00:28
        firstThen(status(429).withHeader("Retry-After", "Mon, 23 Nov 2026 10:00:30 GMT"), ok());

        assertThat(client.send(GraphRequest.get(TARGET)).isRight()).isTrue();

        assertThat(received(GRAPH)).hasSize(2);
        assertThat(time.waits()).containsExactly(Duration.ofMillis(2100));
    }

    @Test
    void a_429_without_retry_after_backs_off_exponentially_with_jitter_until_the_time_budget_is_spent() {
        GRAPH.stubFor(stub().willReturn(status(429)));
        var budget = LocalGraph.client(
                GRAPH,
                time,
                settings -> settings.withRetry(LocalGraph.RETRY.withMaxTotal(Duration.ofSeconds(2))),
                AccessTokenProvider.fixed(LocalGraph.TOKEN));

        var failure = budget.send(GraphRequest.get(TARGET)).getLeft();

        // base 100 ms, doubling up to 1 s, jitter 0.5; past the 3 attempts, since throttling is bounded by time only;
        // the last wait is what was left of the 2 s
        assertThat(time.waits())
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(500),
                        Duration.ofMillis(500),
                        Duration.ofMillis(250));
        assertThat(received(GRAPH)).hasSize(8);
        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(429);
            assertThat(answered.code()).isEqualTo("HTTP 429");
            assertThat(answered.graphMessage()).isEqualTo("Too Many Requests");
            assertThat(answered.attempts()).isEqualTo(8);
        });
    }

    @Test
    void a_retry_after_beyond_the_total_budget_is_not_waited_for() {
        GRAPH.stubFor(stub().willReturn(status(429).withHeader("Retry-After", "61")));

        var failure =
                (GraphFailure.Answered) client.send(GraphRequest.get(TARGET)).getLeft();

        assertThat(received(GRAPH)).hasSize(1);
        assertThat(time.waits()).isEmpty();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(61));
        assertThat(failure.message()).contains("Retry-After 61 s");
    }

    @Test
    void a_503_then_success_is_one_retry() {
        firstThen(status(503), ok());

        assertThat(client.send(GraphRequest.get(TARGET)).get().status()).isEqualTo(200);

        assertThat(received(GRAPH)).hasSize(2);
        assertThat(time.waits()).containsExactly(Duration.ofMillis(50));
    }

    @ParameterizedTest(name = "{0} answered {1} (Retry-After: {2}) -> {3} requests")
    @CsvSource({
        "POST,  504, '',  1",
        "PATCH, 504, '',  2",
        "POST,  503, '',  1",
        "POST,  503, 0.2, 2",
        "POST,  429, '',  2",
        "DELETE, 503, '', 2",
        "POST,  500, '',  1",
        "GET,   500, '',  1"
    })
    void a_write_is_retried_only_when_the_service_certainly_did_not_act_or_it_is_idempotent(
            String method, int status, String retryAfter, int requests) {
        var first = status(status);
        if (!retryAfter.isEmpty()) {
            first = first.withHeader("Retry-After", retryAfter);
        }
        firstThen(first, ok());
        var body = bytes(entity("abc"));
        var request = switch (method) {
            case "POST" -> GraphRequest.post(TARGET, body);
            case "PATCH" -> GraphRequest.patch(TARGET, body);
            case "DELETE" -> GraphRequest.delete(TARGET);
            default -> GraphRequest.get(TARGET);
        };

        var outcome = client.send(request);

        assertThat(received(GRAPH)).hasSize(requests);
        assertThat(outcome.isRight()).isEqualTo(requests == 2);
        if (requests == 1) {
            assertThat(outcome.getLeft()).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
                assertThat(answered.status()).isEqualTo(status);
                assertThat(answered.attempts()).isEqualTo(1);
            });
            assertThat(time.waits()).isEmpty();
        }
    }

    @Test
    void a_reset_connection_is_retried_for_a_get() {
        firstThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        assertThat(client.send(GraphRequest.get(TARGET)).isRight()).isTrue();

        assertThat(received(GRAPH)).hasSize(2);
        assertThat(time.waits()).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void a_reset_connection_is_not_retried_for_a_post() {
        firstThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        var failure =
                client.send(GraphRequest.post(TARGET, bytes(entity("abc")))).getLeft();

        assertThat(received(GRAPH)).hasSize(1);
        assertThat(failure).isInstanceOfSatisfying(GraphFailure.NoAnswer.class, noAnswer -> {
            assertThat(noAnswer.attempts()).isEqualTo(1);
            assertThat(noAnswer.reason()).contains("connection");
            assertThat(noAnswer.requestId()).isEmpty();
        });
    }

    @Test
    void an_answer_slower_than_the_request_timeout_is_no_answer_and_retried_for_a_get_only() {
        GRAPH.stubFor(stub().willReturn(ok().withFixedDelay(1_000)));
        var impatient = LocalGraph.client(
                GRAPH,
                time,
                settings -> settings.withRequestTimeout(Duration.ofMillis(200))
                        .withRetry(new RetryPolicy(
                                2, Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofSeconds(1))),
                AccessTokenProvider.fixed(LocalGraph.TOKEN));

        var get = impatient.send(GraphRequest.get(TARGET)).getLeft();
        int afterGet = received(GRAPH).size();
        var post =
                impatient.send(GraphRequest.post(TARGET, bytes(entity("abc")))).getLeft();

        assertThat(afterGet).isEqualTo(2);
        assertThat(received(GRAPH)).hasSize(3);
        assertThat(get).isInstanceOfSatisfying(GraphFailure.NoAnswer.class, noAnswer -> {
            assertThat(noAnswer.reason()).contains("timed out").contains("200 ms");
            assertThat(noAnswer.attempts()).isEqualTo(2);
        });
        assertThat(post).isInstanceOfSatisfying(GraphFailure.NoAnswer.class, noAnswer -> {
            assertThat(noAnswer.reason()).contains("timed out");
            assertThat(noAnswer.attempts()).isEqualTo(1);
        });
        assertThat(get.message()).contains("GET " + TARGET, "timed out", "2 attempts", get.clientRequestId());
    }

    @Test
    void every_attempt_has_a_fresh_client_request_id_and_the_failure_names_the_last() {
        GRAPH.stubFor(stub().willReturn(status(503).withHeader("request-id", "busy")));

        var failure = client.send(GraphRequest.get(TARGET)).getLeft();

        var ids = Vector.ofAll(received(GRAPH)).map(request -> request.getHeader("client-request-id"));
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        ids.forEach(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
        ids.forEach(id -> assertThat(UUID.fromString(id).version()).as(id).isEqualTo(4));
        assertThat(failure.clientRequestId()).isEqualTo(ids.last());
        assertThat(failure.requestId()).contains("busy");
    }

    @Test
    void the_token_provider_is_asked_for_every_attempt() {
        firstThen(status(429).withHeader("Retry-After", "0"), ok());
        var asked = new AtomicInteger();
        var rotating = LocalGraph.client(GRAPH, time, settings -> settings, () -> "token-" + asked.incrementAndGet());

        assertThat(rotating.send(GraphRequest.get(TARGET)).isRight()).isTrue();

        assertThat(Vector.ofAll(received(GRAPH)).map(request -> request.getHeader("Authorization")))
                .containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(asked).hasValue(2);
    }

    @Test
    void each_request_carries_accept_content_type_user_agent_and_its_own_headers() {
        GRAPH.stubFor(stub().willReturn(ok()));

        client.send(GraphRequest.patch(TARGET, bytes(entity("abc"))).withHeader("If-Match", "W/\"3\""));

        LoggedRequest sent = received(GRAPH).get(0);
        assertThat(sent.getMethod().getName()).isEqualTo("PATCH");
        assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
        assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(sent.getHeader("User-Agent")).isEqualTo("device-status");
        assertThat(sent.getHeader("If-Match")).isEqualTo("W/\"3\"");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + LocalGraph.TOKEN);
        assertThat(LocalGraph.parse(sent.getBody())).isEqualTo(entity("abc"));
        GRAPH.verify(
                1,
                com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlPathEqualTo(PATH))
                        .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void a_query_is_sent_as_given() {
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/deviceManagement/iosUpdateStatuses/a%2Fb"))
                .willReturn(ok()));

        var response = client.send(GraphRequest.get(
                "v1.0/deviceManagement/iosUpdateStatuses/a%2Fb?$filter=installStatus%20eq%20'idle'&$top=5"));

        assertThat(response.isRight()).as(() -> response.getLeft().message()).isTrue();
        assertThat(received(GRAPH).get(0).getUrl())
                .isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses/a%2Fb?$filter=installStatus%20eq%20'idle'&$top=5");
    }
}
