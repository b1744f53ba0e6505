package io.devicestatus.adapter.graph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.devicestatus.adapter.graph.codec.GraphJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A WireMock playing Graph on 127.0.0.1 (a free port), and clients of it whose waits are recorded, not slept.
 * Client tests set DEBUG for the client's package here, before any of them loads {@link GraphClient}, so that the
 * token tests see every log line.
 */
final class LocalGraph {

    static {
        System.setProperty("org.slf4j.simpleLogger.log.io.devicestatus.adapter.graph.client", "debug");
    }

    static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLXBheWxvYWQ.c2lnbmF0dXJl";
    /** Three attempts within a minute, backoff from 100 ms; with jitter 0.5 the first backoff is 50 ms. */
    static final RetryPolicy RETRY =
            new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofSeconds(1));

    private LocalGraph() {}

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1))
                .build();
    }

    static GraphBaseUrl baseUrl(WireMockExtension server) {
        return GraphBaseUrl.of(URI.create("http://127.0.0.1:" + server.getPort()))
                .get();
    }

    static GraphClient client(WireMockExtension server, FakeTime time) {
        return client(server, time, UnaryOperator.identity(), AccessTokenProvider.fixed(TOKEN));
    }

    static GraphClient client(
            WireMockExtension server,
            FakeTime time,
            UnaryOperator<GraphClientSettings> tune,
            AccessTokenProvider tokens) {
        var settings = GraphClientSettings.defaults(baseUrl(server))
                .withRetry(RETRY)
                .withConnectTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(2));
        return new GraphClient(tune.apply(settings), tokens, time, time, () -> 0.5);
    }

    /** Every request the server received, oldest first. */
    static List<LoggedRequest> received(WireMockExtension server) {
        return server.findAll(anyRequestedFor(anyUrl())).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    static ObjectNode object() {
        return GraphJson.MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode json) {
        try {
            return GraphJson.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] json) {
        try {
            return GraphJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Graph's error body. */
    static ObjectNode error(String code, String message, String requestId, String clientRequestId) {
        var body = object();
        var error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        var inner = error.putObject("innerError");
        inner.put("request-id", requestId);
        inner.put("date", "2026-11-23T10:00:28");
        inner.put("client-request-id", clientRequestId);
        return body;
    }

    /** An entity with just an id. */
    static ObjectNode entity(String id) {
        return object().put("id", id);
    }
}
