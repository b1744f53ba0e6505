package io.devicestatus.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP proxy on loopback in front of a server, answering every {@code n}-th request itself with 429 and
 * {@code Retry-After: 0} (Graph's throttling) and forwarding the others; links in bodies are rewritten to the proxy,
 * so that a client pages through it as through one origin.
 */
public final class ThrottlingProxy implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "connection", "content-length", "transfer-encoding", "upgrade", "expect");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI upstream;
    private final int every;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();

    ThrottlingProxy(URI upstream, int every) throws IOException {
        this.upstream = upstream;
        this.every = every;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many requests the proxy answered with 429. */
    public int throttled() {
        return throttled.get();
    }

    /** Answers {@code exchange} as Graph throttles: 429, Graph's error shape, {@code Retry-After} in seconds. */
    static void tooManyRequests(HttpExchange exchange, int retryAfterSeconds) throws IOException {
        byte[] body =
                "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(429, body.length);
        exchange.getResponseBody().write(body);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (requests.incrementAndGet() % every == 0) {
                throttled.incrementAndGet();
                tooManyRequests(exchange, 0);
                return;
            }
            var request = HttpRequest.newBuilder(
                            upstream.resolve(exchange.getRequestURI().toString()))
                    .method(
                            exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<String> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            byte[] body = answer.body()
                    .replace(upstream.toString(), baseUri().toString())
                    .getBytes(StandardCharsets.UTF_8);
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
