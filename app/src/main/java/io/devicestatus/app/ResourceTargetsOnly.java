package io.devicestatus.app;

import io.vavr.collection.LinkedHashMap;
import java.util.Objects;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, with Graph's 405, the two request targets that name no resource of the API: {@code CONNECT host:port}
 * (a tunnel through a proxy, which this server is not; Jetty would pass it on to the API as a path) and
 * {@code OPTIONS *} (the server as a whole, which Jetty would answer with an empty 404). Every other request goes on.
 */
final class ResourceTargetsOnly extends Handler.Wrapper {

    /** The methods of the API's resources, for the message; the targets refused here allow none. */
    private static final String API_METHODS = "GET, POST, PATCH and DELETE";

    private final GraphErrorHandler errors;

    ResourceTargetsOnly(GraphErrorHandler errors, Handler handler) {
        super(handler);
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String refused = HttpMethod.CONNECT.is(method)
                ? "CONNECT is not allowed: this service is not a proxy and opens no tunnels."
                : "*".equals(request.getHttpURI().getPath())
                        ? method + " * is not allowed: the server as a whole ('*') is no resource of this API."
                        : null;
        if (refused == null) {
            return super.handle(request, response, callback);
        }
        // an empty Allow: the target allows no method (RFC 9110, 10.2.1). After a refused CONNECT the client may
        // already be sending what it meant for the tunnel, which is no request: close rather than parse it
        var headers = LinkedHashMap.of("Allow", "");
        errors.write(
                request,
                response,
                callback,
                HttpStatus.METHOD_NOT_ALLOWED_405,
                "MethodNotAllowed",
                refused + " The API's resources are under /v1.0/ and /beta/, with " + API_METHODS + ".",
                HttpMethod.CONNECT.is(method) ? headers.put("Connection", "close") : headers);
        return true;
    }
}
