package io.devicestatus.app.jetty;

import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Starting, addressing and stopping an embedded Jetty {@link Server}. */
public final class JettyServers {

    private JettyServers() {}

    /** Starts {@code server}; one that fails to start (a port in use) is stopped again, so nothing keeps running. */
    public static void start(Server server) throws Exception {
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
    }

    /** Where {@code connector} listens on {@code host}, e.g. {@code http://127.0.0.1:8080}; an IPv6 host bracketed. */
    public static URI uri(String scheme, String host, ServerConnector connector) {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create(scheme + "://" + shownHost + ":" + connector.getLocalPort());
    }

    /** Stops {@code server} (gracefully, as its stop timeout allows); {@code what} names it when that fails. */
    public static void stop(Server server, String what) {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(what + " did not stop cleanly", e);
        }
    }
}
