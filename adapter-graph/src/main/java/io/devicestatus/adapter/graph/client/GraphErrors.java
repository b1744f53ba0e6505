package io.devicestatus.adapter.graph.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;

/**
 * Reads an unsuccessful answer: Graph's error body
 * {@code {"error":{"code","message","details":[{"target","message"}],"innerError":{"request-id","client-request-id"}}}}
 * when it is there, the status's reason when not.
 */
final class GraphErrors {

    /** Longest service message kept; the rest of a message is rarely more than a stack of repeats. */
    private static final int MAX_MESSAGE = 1000;

    private GraphErrors() {}

    /** Whether an answer is a success: below 400 and not a redirect (304 answers a conditional GET). */
    static boolean success(int status) {
        return status < 300 || status == 304;
    }

    /** The failure for an HTTP answer whose body is raw bytes. */
    static GraphFailure.Answered answered(
            String method,
            String target,
            int status,
            Map<String, String> headers,
            byte[] body,
            String clientRequestId,
            int attempts,
            Instant now) {
        JsonNode json = body.length == 0
                ? null
                : Try.of(() -> GraphJson.MAPPER.readTree(body)).getOrNull();
        return answered(method, target, status, headers, json, clientRequestId, Option.none(), attempts, now);
    }

    /**
     * The failure for an answer whose body is already JSON (or {@code null}), as a batch item's is.
     *
     * @param headers          names in lower case
     * @param outerRequestId   the request-id of the HTTP response that carried it (a batch's), if any
     */
    static GraphFailure.Answered answered(
            String method,
            String target,
            int status,
            Map<String, String> headers,
            JsonNode body,
            String clientRequestId,
            Option<String> outerRequestId,
            int attempts,
            Instant now) {
        JsonNode error = body != null && body.isObject() && body.path("error").isObject() ? body.get("error") : null;
        JsonNode inner = error == null
                ? null
                : error.path("innerError").isObject()
                        ? error.get("innerError")
                        : error.path("innererror").isObject() ? error.get("innererror") : null;
        String code = text(error, "code").getOrElse(() -> "HTTP " + status);
        String message =
                text(error, "message").map(m -> Text.oneLine(m, MAX_MESSAGE)).getOrElse(() -> reason(status, headers));
        var details = error == null || !error.path("details").isArray()
                ? Vector.<GraphFailure.Detail>empty()
                : Vector.ofAll(error.get("details"))
                        .filter(JsonNode::isObject)
                        .map(detail -> new GraphFailure.Detail(
                                text(detail, "target").getOrElse(""),
                                text(detail, "message")
                                        .map(m -> Text.oneLine(m, MAX_MESSAGE))
                                        .getOrElse("")));
        var requestId = headers.get("request-id")
                .orElse(() -> text(inner, "request-id"))
                .orElse(outerRequestId);
        var echoed = headers.get("client-request-id").orElse(() -> text(inner, "client-request-id"));
        var retryAfter = headers.get("retry-after").flatMap(value -> RetryAfter.parse(value, now));
        return new GraphFailure.Answered(
                method,
                target,
                status,
                code,
                message,
                details,
                retryAfter,
                echoed.getOrElse(clientRequestId),
                requestId,
                attempts);
    }

    private static Option<String> text(JsonNode node, String field) {
        return node == null
                ? Option.none()
                : Option.of(node.get(field))
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::textValue)
                        .filter(value -> !value.isBlank());
    }

    private static String reason(int status, Map<String, String> headers) {
        if (status >= 300 && status < 400) {
            return "redirect not followed (a token must not follow it)"
                    + headers.get("location")
                            .map(location -> "; Location: " + Text.oneLine(location, 300))
                            .getOrElse("");
        }
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 423 -> "Locked";
            case 424 -> "Failed Dependency";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 507 -> "Insufficient Storage";
            case 509 -> "Bandwidth Limit Exceeded";
            default -> "HTTP status " + status;
        };
    }
}
