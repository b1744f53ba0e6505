package io.devicestatus.adapter.graph.http;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * One HTTP response of the core, for a binding to send.
 *
 * @param status  the HTTP status code
 * @param headers header values by name, in the order to send them
 * @param body    the body; empty for none
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain";

    public ApiResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    static ApiResponse json(int status, byte[] body) {
        return new ApiResponse(status, LinkedHashMap.of("Content-Type", JSON), body);
    }

    /** A plain-text body, as OData's {@code /$count} answers; Graph sends it as {@code text/plain}. */
    static ApiResponse text(int status, String body) {
        return new ApiResponse(
                status, LinkedHashMap.of("Content-Type", TEXT), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static ApiResponse empty(int status) {
        return new ApiResponse(status, LinkedHashMap.empty(), new byte[0]);
    }

    ApiResponse withHeader(String name, String value) {
        return new ApiResponse(status, headers.put(name, value), body);
    }
}
