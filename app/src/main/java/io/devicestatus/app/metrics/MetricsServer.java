package io.devicestatus.app.metrics;

import io.devicestatus.app.jetty.JettyServers;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code GET /metrics} in Prometheus' text format, on a port of its own: the API's port never serves it, so the
 * metrics are exposed only where an operator binds this one (loopback by default). Anything else is a one-line 404
 * or 405.
 */
public final class MetricsServer implements AutoCloseable {

    public static final String PATH = "/metrics";
    /** Prometheus' text exposition format, as {@link PrometheusMeterRegistry#scrape()} writes it. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Server server;
    private final URI uri;

    private MetricsServer(Server server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /**
     * Starts serving {@code registry} on {@code host:port} ({@code 0}: any free port).
     *
     * @throws Exception when the port cannot be bound
     */
    public static MetricsServer start(String host, int port, PrometheusMeterRegistry registry) throws Exception {
        Objects.requireNonNull(registry, "registry");
        var threads = new QueuedThreadPool(8, 2);
        threads.setName("device-status-metrics");
        var server = new Server(threads);
        var connector = new ServerConnector(server, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Scrape(registry));
        JettyServers.start(server);
        return new MetricsServer(
                server, JettyServers.uri("http", host, connector).resolve(PATH));
    }

    /** Where the metrics are, e.g. {@code http://127.0.0.1:9464/metrics}. */
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        JettyServers.stop(server, "the metrics server");
    }

    /** The one resource: a scrape of the registry. */
    private static final class Scrape extends Handler.Abstract {

        private final PrometheusMeterRegistry registry;

        Scrape(PrometheusMeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (!PATH.equals(Request.getPathInContext(request))) {
                return text(
                        response,
                        callback,
                        HttpStatus.NOT_FOUND_404,
                        "Not found: this port serves only GET " + PATH + ".\n");
            }
            if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                return text(
                        response,
                        callback,
                        HttpStatus.METHOD_NOT_ALLOWED_405,
                        request.getMethod() + " is not allowed on " + PATH + "; read it with GET.\n");
            }
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
            Content.Sink.write(response, true, request.getMethod().equals("HEAD") ? "" : registry.scrape(), callback);
            return true;
        }

        private static boolean text(Response response, Callback callback, int status, String message) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            Content.Sink.write(response, true, message, callback);
            return true;
        }
    }
}
