package io.devicestatus.app;

import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.servlet.GraphServlet;
import io.devicestatus.app.jetty.JettyServers;
import io.vavr.control.Option;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

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
        return start(host, port, Option.none(), api);
    }

    /**
     * Starts serving {@code api} on {@code host:port}, over HTTPS with {@code tls}'s key when given (HTTP/2 to
     * clients that offer it through ALPN, HTTP/1.1 to the others).
     */
    static DeviceStatusServer start(String host, int port, Option<TlsKeyStore> tls, GraphApi api) throws Exception {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(api, "api");
        var threads = new QueuedThreadPool(64, 4);
        threads.setName("device-status-http");
        var server = new Server(threads);

        var http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        // ids may hold '/', sent as %2F; the core decodes each segment itself
        http.setUriCompliance(UriCompliance.DEFAULT.with(
                "ids-with-encoded-separators",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        var connector = tls.isEmpty()
                ? new ServerConnector(server, new HttpConnectionFactory(http))
                : httpsConnector(server, http, tls.get());
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
        JettyServers.start(server);
        return new DeviceStatusServer(
                server, graceful, JettyServers.uri(tls.isEmpty() ? "http" : "https", host, connector));
    }

    /** TLS, then ALPN choosing HTTP/2 or HTTP/1.1, both with the plain connector's settings. */
    private static ServerConnector httpsConnector(Server server, HttpConfiguration plain, TlsKeyStore tls) {
        var https = new HttpConfiguration(plain);
        var secure = new SecureRequestCustomizer();
        // one certificate for one service: a re-encrypting load balancer may send the public Host, which the
        // backend's certificate need not name
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        var keys = new SslContextFactory.Server();
        keys.setKeyStore(tls.keyStore());
        keys.setKeyStorePassword(tls.password());
        keys.setCipherComparator(HTTP2Cipher.COMPARATOR); // HTTP/2's cipher rules first (RFC 9113, 9.2.2)
        var alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol("http/1.1"); // a client without ALPN speaks HTTP/1.1
        return new ServerConnector(
                server,
                new SslConnectionFactory(keys, alpn.getProtocol()),
                alpn,
                new HTTP2ServerConnectionFactory(https),
                new HttpConnectionFactory(https));
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
        JettyServers.stop(server, "the server");
    }
}
