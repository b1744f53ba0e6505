package io.devicestatus.adapter.graph.servlet;

import io.devicestatus.adapter.graph.http.ApiRequest;
import io.devicestatus.adapter.graph.http.ApiResponse;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;

/**
 * The Jakarta Servlet binding of {@link GraphApi}: mount it at {@code /*} (or {@code /some/prefix/*}) in any Servlet
 * 6 container. It copies the request into the core and the core's answer back, and does nothing else.
 *
 * <p>Ids may contain characters that arrive percent-encoded in the path ({@code %2F} for {@code /}); the container
 * must pass such paths through undecoded (Jetty: a {@code UriCompliance} that allows ambiguous path separators, and
 * {@code ServletHandler.setDecodeAmbiguousURIs(true)}).
 */
public final class GraphServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The most of an unread body read and dropped before answering: more than a largest {@code $batch}. */
    static final long DRAIN_LIMIT_BYTES = 4L * 1024 * 1024;

    private final transient GraphApi api;

    public GraphServlet(GraphApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String mount = request.getContextPath() + request.getServletPath();
        String uri = request.getRequestURI();
        String path = uri.startsWith(mount) ? uri.substring(mount.length()) : uri;
        var apiResponse = api.handle(new ApiRequest(
                request.getMethod(),
                path.isEmpty() ? "/" : path,
                Objects.requireNonNullElse(request.getQueryString(), ""),
                headers(request),
                request.getInputStream(),
                baseUri(request, mount)));
        drain(request);
        write(apiResponse, response);
    }

    /**
     * Reads and drops what the client still sends of a body the API did not read (a request refused before its
     * body, 401, 403, 413...), up to {@link #DRAIN_LIMIT_BYTES}. Otherwise the container closes the connection
     * under a client still writing, whose TCP stack may then drop the refusal with the reset: the client would see
     * a lost connection instead of Graph's error.
     */
    private static void drain(HttpServletRequest request) {
        try {
            var body = request.getInputStream();
            long drained = 0;
            long skipped;
            while (drained < DRAIN_LIMIT_BYTES && (skipped = body.skip(DRAIN_LIMIT_BYTES - drained)) > 0) {
                drained += skipped;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or sent a broken body: the answer is sent or lost all the same
        }
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = LinkedHashMap.empty();
        for (String name : Collections.list(request.getHeaderNames())) {
            String key = name.toLowerCase(Locale.ROOT);
            if (!headers.containsKey(key)) {
                headers = headers.put(key, request.getHeader(name));
            }
        }
        return headers;
    }

    /** Scheme, the authority the client used ({@code Host}), and the mount point. */
    private static String baseUri(HttpServletRequest request, String mount) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host + mount;
    }

    private static void write(ApiResponse apiResponse, HttpServletResponse response) throws IOException {
        response.setStatus(apiResponse.status());
        apiResponse.headers().forEach(response::setHeader);
        if (apiResponse.body().length > 0) {
            response.setContentLength(apiResponse.body().length);
            response.getOutputStream().write(apiResponse.body());
        }
    }
}
