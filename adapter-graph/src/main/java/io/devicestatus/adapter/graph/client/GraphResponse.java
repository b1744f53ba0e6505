package io.devicestatus.adapter.graph.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A successful answer (below 400, and no redirect), after any retries.
 *
 * @param status          the HTTP status
 * @param headers         header names in lower case, each with its first value
 * @param body            the body as received; empty when there was none
 * @param clientRequestId the {@code client-request-id} the answered attempt carried
 * @param requestId       the service's {@code request-id}, when it sent one
 * @param method          the request's method, for failure messages
 * @param target          the request's target, for failure messages
 */
public record GraphResponse(
        int status,
        Map<String, String> headers,
        byte[] body,
        String clientRequestId,
        Option<String> requestId,
        String method,
        String target) {

    /** Longest parse message kept: Jackson quotes the offending token, and a body is no place to read from. */
    private static final int MAX_REASON = 200;

    public GraphResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(clientRequestId, "clientRequestId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        body = body.clone();
    }

    /** An answer without the request it answers (as test doubles build them); failures then name no request. */
    public GraphResponse(
            int status, Map<String, String> headers, byte[] body, String clientRequestId, Option<String> requestId) {
        this(status, headers, body, clientRequestId, requestId, "", "");
    }

    /** The first value of a header, whatever the case of {@code name}. */
    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body, a copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as one JSON object; otherwise {@link GraphFailure.Malformed} saying where the JSON broke (line and
     * column) or what it was instead, never quoting the body.
     */
    public Either<GraphFailure, ObjectNode> json() {
        if (body.length == 0) {
            return Either.left(malformed("the body is empty, a JSON object was expected"));
        }
        JsonNode json;
        try {
            json = GraphJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            var what = Objects.requireNonNullElse(
                    e.getOriginalMessage(), e.getClass().getSimpleName());
            return Either.left(malformed("the body is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + Text.oneLine(what, MAX_REASON)));
        } catch (IOException e) {
            return Either.left(malformed("the body could not be read"));
        }
        if (json == null || !json.isObject()) {
            return Either.left(malformed("the body is a JSON "
                    + (json == null ? "nothing" : json.getNodeType().name().toLowerCase(Locale.ROOT))
                    + ", a JSON object was expected"));
        }
        return Either.right((ObjectNode) json);
    }

    /** A failure about this answer's content. */
    GraphFailure.Malformed malformed(String reason) {
        return new GraphFailure.Malformed(method, target, reason, clientRequestId, requestId);
    }

    /** Equal when every component is, the body by content (a record compares arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof GraphResponse that
                && status == that.status
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && clientRequestId.equals(that.clientRequestId)
                && requestId.equals(that.requestId)
                && method.equals(that.method)
                && target.equals(that.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body), clientRequestId, requestId, method, target);
    }

    @Override
    public String toString() {
        return "GraphResponse[" + status + " to " + method + " " + target + ", " + body.length
                + " bytes, client-request-id " + clientRequestId
                + requestId.map(id -> ", request-id " + id).getOrElse("")
                + "]";
    }
}
