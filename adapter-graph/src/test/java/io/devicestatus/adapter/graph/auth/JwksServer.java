package io.devicestatus.adapter.graph.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A JWK set served over loopback on a free port, as an identity provider publishes it; it counts its requests. */
final class JwksServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>("");
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger requests = new AtomicInteger();

    private JwksServer(JWKSet keys) throws IOException {
        serve(keys);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/keys", exchange -> {
            requests.incrementAndGet();
            var bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    static JwksServer serving(JWKSet keys) {
        try {
            return new JwksServer(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on, serve these keys' public parts. */
    void serve(JWKSet keys) {
        body.set(keys.toPublicJWKSet().toString());
        status.set(200);
    }

    /** From now on, answer with this status and an empty body. */
    void failWith(int httpStatus) {
        body.set("");
        status.set(httpStatus);
    }

    int requests() {
        return requests.get();
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/keys")
                    .toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
