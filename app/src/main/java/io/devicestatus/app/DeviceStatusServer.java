package io.devicestatus.app;

import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.servlet.GraphServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.util.Objects;

/**
 * The Graph API on embedded Jetty 12: one servlet at {@code /*}. Stopping lets requests in flight finish (up to
 * {@link #STOP_TIMEOUT_MILLIS}) before connections close.
 */
public final class DeviceStatusServer implements AutoCloseable {

    static final long STOP_TIMEOUT_MILLIS = 10_000;
    static final long IDLE_CLOSE_ON_STOP_MILLIS = 100;
    /**
     * The most the request line and headers may take together: room for a large Entra ID token and a long
     * {@code $filter}; more is 431 (or 414 when the request line alone is too long).
     */
    static final int REQUEST_HEADER_BYTES = 16 * 1024;

    private final Server server;
    private final GracefulHandler graceful;
    private final URI baseUri;

    private DeviceStatusServer(Server server, GracefulHandler graceful, URI baseUri) {
        this.server = server;
        this.graceful = graceful;
        this.baseUri = baseUri;
    }

    /**
     * Starts serving {@code api} on {@code host:port} ({@code 0} for any free port).
     *
     * @throws Exception when the port cannot be bound
     */
    public static DeviceStatusServer start(String host, int port, GraphApi api) throws Exception {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(api, "api");
        var threads = new QueuedThreadPool(64, 4);
        threads.setName("device-status-http");
        var server = new Server(threads);

        var http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        // ids may hold '/', sent as %2F; the core decodes each segment itself
        http.setUriCompliance(UriCompliance.DEFAULT.with("ids-with-encoded-separators",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        var connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        // on stop, a keep-alive connection with no request in flight is closed after this, not Jetty's default 1 s
        connector.setShutdownIdleTimeout(IDLE_CLOSE_ON_STOP_MILLIS);
        server.addConnector(connector);

        var context = new ServletContextHandler();
        context.setContextPath("/");
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        context.addServlet(new ServletHolder("graph", new GraphServlet(api)), "/*");
        var errors = new GraphErrorHandler(api, REQUEST_HEADER_BYTES);
        // the server's handler answers what Jetty refuses before any context (parser, URI rules, shutdown); the
        // context's what fails inside it, so no Jetty HTML page is ever sent
        server.setErrorHandler(errors);
        context.setErrorHandler(errors);
        var graceful = new GracefulHandler(new ResourceTargetsOnly(errors, context));
        server.setHandler(graceful);
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return new DeviceStatusServer(server, graceful,
                URI.create("http://" + shownHost + ":" + connector.getLocalPort()));
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:8080}; the API is under {@code /v1.0} and {@code /beta}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Whether stopping has begun: from then on a request that arrives is refused with 503. */
    boolean shuttingDown() {
        return graceful.isShutdown();
    }

    /** Requests being handled now, for tests that need a connection quiet before they stop the server. */
    long requestsInFlight() {
        return graceful.getCurrentRequestCount();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops gracefully: no new connections; requests in flight finish first. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        }
    }
}
