package io.devicestatus.adapter.graph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.devicestatus.adapter.graph.client.LocalGraph.TOKEN;
import static io.devicestatus.adapter.graph.client.LocalGraph.bytes;
import static io.devicestatus.adapter.graph.client.LocalGraph.entity;
import static io.devicestatus.adapter.graph.client.LocalGraph.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.devicestatus.adapter.graph.CapturedLog;
import io.vavr.collection.Vector;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The token goes only to the base URL's origin, over https or loopback http, and never into a log or a failure. */
class GraphClientSecurityTest {

    @RegisterExtension
    static final WireMockExtension GRAPH = LocalGraph.server();

    private final FakeTime time = new FakeTime();
    private final GraphClient client = LocalGraph.client(GRAPH, time);

    @Test
    void plain_http_off_loopback_is_refused_even_through_the_unchecked_constructor() {
        assertThat(GraphBaseUrl.of(URI.create("http://graph.microsoft.com")).isLeft())
                .isTrue();

        assertThatThrownBy(
                        () -> GraphClientSettings.defaults(new GraphBaseUrl(URI.create("http://graph.microsoft.com"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be https");
    }

    @Test
    void a_redirect_is_not_followed_and_is_a_failure() {
        var elsewhere = "http://127.0.0.1:" + GRAPH.getPort() + "/v1.0/elsewhere";
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/moved"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere)));
        GRAPH.stubFor(
                get(urlPathEqualTo("/v1.0/elsewhere")).willReturn(aResponse().withStatus(200)));

        var failure = client.send(GraphRequest.get("v1.0/moved")).getLeft();

        assertThat(failure).isInstanceOfSatisfying(GraphFailure.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(302);
            assertThat(answered.graphMessage()).contains("redirect not followed", elsewhere);
        });
        assertThat(received(GRAPH)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://graph.microsoft.com/v1.0/deviceManagement/iosUpdateStatuses",
                "http://localhost:{port}/v1.0/x",
                "http://127.0.0.1:{other}/v1.0/x",
                "v1.0/broken%zzescape"
            })
    void a_target_at_another_origin_or_no_uri_is_refused_before_anything_is_sent(String target) {
        var resolved = target.replace("{port}", String.valueOf(GRAPH.getPort()))
                .replace("{other}", String.valueOf(GRAPH.getPort() + 1));

        var failure = client.send(GraphRequest.get(resolved)).getLeft();

        assertThat(failure).isInstanceOf(GraphFailure.Refused.class);
        assertThat(failure.message()).contains("GET " + resolved, "not sent");
        assertThat(received(GRAPH)).isEmpty();
    }

    @Test
    void a_token_provider_that_fails_or_gives_nothing_refuses_the_request_unsent() {
        var throwing = LocalGraph.client(GRAPH, time, settings -> settings, () -> {
            throw new IllegalStateException("vault unreachable");
        });
        var blank = LocalGraph.client(GRAPH, time, settings -> settings, () -> " ");
        var none = LocalGraph.client(GRAPH, time, settings -> settings, () -> null);
        var broken = LocalGraph.client(GRAPH, time, settings -> settings, () -> "abc\r\nX-Injected: 1");

        var thrown = throwing.send(GraphRequest.get("v1.0/x")).getLeft();

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        GraphFailure.Refused.class,
                        refused -> assertThat(refused.reason())
                                .contains("java.lang.IllegalStateException: vault unreachable"));
        assertThat(blank.send(GraphRequest.get("v1.0/x")).getLeft().message()).contains("gave no token");
        assertThat(none.send(GraphRequest.get("v1.0/x")).getLeft().message()).contains("gave no token");
        assertThat(broken.send(GraphRequest.get("v1.0/x")).getLeft().message())
                .contains("cannot carry")
                .doesNotContain("X-Injected");
        assertThat(received(GRAPH)).isEmpty();
    }

    @Test
    void a_closed_client_sends_nothing() {
        client.close();

        assertThat(client.send(GraphRequest.get("v1.0/x")).getLeft().message()).contains("closed");
        assertThat(client.batch("v1.0", Vector.of(GraphRequest.get("/x")), false)
                        .getLeft())
                .isInstanceOf(GraphFailure.Refused.class);
        assertThat(received(GRAPH)).isEmpty();
    }

    @Test
    void the_token_is_never_logged_nor_in_a_failure_while_debug_logging_is_on() {
        assertThat(LoggerFactory.getLogger(GraphClient.class).isDebugEnabled())
                .as("DEBUG is on for the client's package, or this test proves nothing")
                .isTrue();
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/throttled"))
                .inScenario("t")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/throttled"))
                .inScenario("t")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(bytes(entity("a")))));
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/conflict"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withBody(bytes(LocalGraph.error("Conflict", "held", "r-1", "c-1")))));
        GRAPH.stubFor(
                post(urlPathEqualTo("/v1.0/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        GRAPH.stubFor(
                post(urlPathEqualTo("/v1.0/$batch")).willReturn(aResponse().withStatus(503)));
        List<Object> seen = new ArrayList<>();

        var log = CapturedLog.during(() -> {
            seen.add(client.send(GraphRequest.get("v1.0/throttled")).get());
            seen.add(client.send(GraphRequest.get("v1.0/conflict")).getLeft());
            seen.add(client.send(GraphRequest.post("v1.0/reset", bytes(entity("a"))))
                    .getLeft());
            seen.add(client.page("https://graph.microsoft.com/v1.0/x").getLeft());
            seen.add(client.batch("v1.0", Vector.of(GraphRequest.get("/x")), false)
                    .getLeft());
        });

        var sent = received(GRAPH);
        assertThat(sent)
                .hasSize(5)
                .allMatch(request -> request.getHeader("Authorization").equals("Bearer " + TOKEN));
        assertThat(log).contains("DEBUG", "WARN");
        sent.forEach(request -> assertThat(log).contains(request.getHeader("client-request-id")));
        var signature = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);
        assertThat(log)
                .doesNotContain(TOKEN)
                .doesNotContain(signature)
                .doesNotContain("Bearer")
                .doesNotContainIgnoringCase("authorization");
        for (var value : seen) {
            assertThat(value.toString()).doesNotContain(signature);
            if (value instanceof GraphFailure failure) {
                assertThat(failure.message()).doesNotContain(signature);
            }
        }
        assertThat(AccessTokenProvider.fixed(TOKEN).toString()).doesNotContain(signature);
        assertThat(client.toString()).doesNotContain(signature);
    }
}
