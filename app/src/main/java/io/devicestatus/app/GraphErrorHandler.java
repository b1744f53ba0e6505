package io.devicestatus.app;

import io.devicestatus.adapter.graph.http.ApiRequest;
import io.devicestatus.adapter.graph.http.ApiResponse;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, answering Graph's error body instead of Jetty's HTML page for every response Jetty makes
 * itself: a request its parser or URI rules refuse (400, 414, 431...), one arriving while the server shuts down
 * (503), any failure outside the API. The body and request ids come from {@link GraphApi#refuse}, the one writer of
 * Graph's error shape; this class only chooses Graph's code and a message for each status.
 */
final class GraphErrorHandler implements Request.Handler {

    /** How long a client should wait before retrying a request refused during shutdown: a restart takes seconds. */
    static final int RETRY_AFTER_SHUTDOWN_SECONDS = 5;

    private final GraphApi api;
    private final int requestHeaderBytes;

    GraphErrorHandler(GraphApi api, int requestHeaderBytes) {
        this.api = Objects.requireNonNull(api, "api");
        this.requestHeaderBytes = requestHeaderBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException failure) {
            status = failure.getCode();
            reason = Objects.requireNonNullElse(reason, failure.getReason());
        }
        if (status < 400 || status > 599) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        var refusal = refusal(status, reason);
        write(request, response, callback, status, refusal.code(), refusal.message(), refusal.headers());
        return true;
    }

    /** Writes Graph's error response for {@code request}; also for refusals made before the handler tree runs. */
    void write(
            Request request,
            Response response,
            Callback callback,
            int status,
            String code,
            String message,
            Map<String, String> headers) {
        ApiResponse answer = api.refuse(
                new ApiRequest(
                        request.getMethod(),
                        request.getHttpURI().getPath() == null
                                ? ""
                                : request.getHttpURI().getPath(),
                        "",
                        requestHeaders(request),
                        InputStream.nullInputStream(),
                        ""),
                status,
                code,
                message,
                headers);
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        boolean noBody = HttpMethod.HEAD.is(request.getMethod()) || HttpStatus.hasNoBody(answer.status());
        response.write(true, noBody ? null : ByteBuffer.wrap(answer.body()), callback);
    }

    private static Map<String, String> requestHeaders(Request request) {
        Map<String, String> headers = LinkedHashMap.empty();
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            if (!headers.containsKey(name)) {
                headers = headers.put(name, field.getValue());
            }
        }
        return headers;
    }

    /** Graph's code, a message saying what was refused and what is allowed, and headers, for a status. */
    private Refusal refusal(int status, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return switch (status) {
            case HttpStatus.BAD_REQUEST_400 ->
                new Refusal(
                        "BadRequest",
                        "The HTTP server refused the request before" + " the API saw it: " + why + ". " + allowed(why));
            case HttpStatus.URI_TOO_LONG_414 ->
                new Refusal(
                        "RequestUriTooLong",
                        "The request line is longer than"
                                + " the server takes (" + requestHeaderBytes + " bytes for the request line and headers"
                                + " together); shorten the query, for example page with $top and @odata.nextLink.");
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
                new Refusal(
                        "RequestHeaderFieldsTooLarge",
                        "The request's headers are larger than the server takes (" + requestHeaderBytes + " bytes for"
                                + " the request line and headers together, the Authorization token included).");
            case HttpStatus.SERVICE_UNAVAILABLE_503 ->
                new Refusal(
                        "ServiceUnavailable",
                        "The service takes no" + " requests now (it is shutting down); retry after "
                                + RETRY_AFTER_SHUTDOWN_SECONDS + " seconds.",
                        LinkedHashMap.of("Retry-After", Integer.toString(RETRY_AFTER_SHUTDOWN_SECONDS)));
            case HttpStatus.INTERNAL_SERVER_ERROR_500 ->
                new Refusal("InternalServerError", "The service failed to handle the request.");
            default ->
                new Refusal(
                        pascalCase(HttpStatus.getMessage(status)),
                        "The HTTP server refused the request" + " before the API saw it: " + why + ".");
        };
    }

    /**
     * What a request must be like, for the part Jetty's reason names: its target, its body framing, or else its
     * syntax. Jetty's reasons are not an API; one it words differently gets the last, general answer.
     */
    private static String allowed(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("content-length") || r.contains("transfer-encoding")) {
            return "A body is framed by one Content-Length or by Transfer-Encoding: chunked, never both.";
        }
        if (r.contains("uri")
                || r.contains("path")
                || r.contains("utf-8")
                || r.contains("fragment")
                || r.contains("authority")) {
            return "The target must be a path under /v1.0/ or /beta/ (or an absolute URL naming the Host the"
                    + " request is sent to) with no empty, '.' or '..' segments (plain or percent-encoded), no"
                    + " backslash, no control characters, no fragment, and only UTF-8 percent-encodings.";
        }
        return "A request must follow HTTP/1.1's syntax (RFC 9112): a request line whose path is under /v1.0/ or"
                + " /beta/ with valid percent-encodings of no control character, one Host header, and header lines"
                + " 'Name: value' without folding or control characters.";
    }

    /** Graph's style of code for a status without a mapping of its own: {@code Length Required} is LengthRequired. */
    private static String pascalCase(String reasonPhrase) {
        var code = new StringBuilder();
        for (String word : reasonPhrase.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                code.append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return code.isEmpty() ? "Error" : code.toString();
    }

    private record Refusal(String code, String message, Map<String, String> headers) {
        Refusal(String code, String message) {
            this(code, message, LinkedHashMap.empty());
        }
    }
}
