package io.devicestatus.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.devicestatus.adapter.graph.client.TenantTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intune's write throttling in front of a Graph server, on 127.0.0.1: a token bucket per tenant (the token's
 * {@code tid}) of {@code capacity} writes, refilled at {@code capacity} per {@code window}, full at the start. A write
 * (POST, PATCH, PUT, DELETE) without a token is answered 429 with {@code Retry-After} in whole seconds, as Graph sends
 * it; inside a {@code $batch}, each write item is throttled on its own (its dependants answered 424) and the others
 * go on to the server in a smaller batch. Reads pass. It counts the creates it let through by the id in their body,
 * so that a create applied twice shows.
 */
final class ThrottledGraph implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");
    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "connection", "content-length", "transfer-encoding", "upgrade", "expect", "http2-settings");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(threads)
            .build();
    private final URI upstream;
    private final double capacity;
    private final double perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> createsPassed = new ConcurrentHashMap<>();
    private final AtomicInteger throttled = new AtomicInteger();

    /** @param capacity writes per window per tenant; {@code 0}: no throttling */
    ThrottledGraph(URI upstream, int capacity, double windowSeconds) throws IOException {
        this.upstream = upstream;
        this.capacity = capacity == 0 ? Double.MAX_VALUE : capacity;
        this.perSecond = capacity == 0 ? Double.MAX_VALUE : capacity / windowSeconds;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many writes were answered 429, batch items included. */
    int throttled() {
        return throttled.get();
    }

    /** How many distinct creates (by id) reached the server more than once. */
    long doubled() {
        return createsPassed.values().stream().filter(n -> n.get() > 1).count();
    }

    /** A token bucket, refilled continuously. */
    private final class Bucket {
        private double tokens = capacity;
        private long last = System.nanoTime();

        /** Takes a token: 0, or the seconds until the next one (none taken). */
        synchronized double take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            var bucket = buckets.computeIfAbsent(tenant(exchange), t -> new Bucket());
            boolean batch = exchange.getRequestURI().getPath().endsWith("/$batch");
            if (batch) {
                batch(exchange, body, bucket);
                return;
            }
            if (WRITES.contains(method)) {
                double wait = bucket.take();
                if (wait > 0) {
                    throttled.incrementAndGet();
                    byte[] error = JSON.writeValueAsBytes(tooMany());
                    exchange.getResponseHeaders().add("Retry-After", retryAfter(wait));
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(429, error.length);
                    exchange.getResponseBody().write(error);
                    return;
                }
                if (method.equals("POST")) {
                    passed(body);
                }
            }
            forward(exchange, body);
        }
    }

    /** The writes of a batch each take a token or are answered 429 (their dependants 424); the rest go on. */
    private void batch(HttpExchange exchange, byte[] body, Bucket bucket) throws IOException {
        var request = (ObjectNode) JSON.readTree(body);
        var answers = JSON.createArrayNode();
        var forwarded = JSON.createArrayNode();
        Set<String> failed = new HashSet<>();
        for (JsonNode item : request.path("requests")) {
            String id = item.path("id").asText();
            boolean dependencyFailed = false;
            for (JsonNode dependency : item.path("dependsOn")) {
                dependencyFailed |= failed.contains(dependency.asText());
            }
            if (dependencyFailed) {
                failed.add(id);
                answers.add(item(id, 424, null, failedDependency()));
                continue;
            }
            String method = item.path("method").asText().toUpperCase(Locale.ROOT);
            if (WRITES.contains(method)) {
                double wait = bucket.take();
                if (wait > 0) {
                    throttled.incrementAndGet();
                    failed.add(id);
                    answers.add(item(id, 429, retryAfter(wait), tooMany()));
                    continue;
                }
                if (method.equals("POST")) {
                    passed(JSON.writeValueAsBytes(item.path("body")));
                }
            }
            forwarded.add(item);
        }
        if (!forwarded.isEmpty()) {
            var smaller = JSON.createObjectNode();
            smaller.set("requests", forwarded);
            var answer = send(exchange, JSON.writeValueAsBytes(smaller));
            if (answer.statusCode() != 200) {
                respond(exchange, answer);
                return;
            }
            JSON.readTree(answer.body()).path("responses").forEach(answers::add);
        }
        var whole = JSON.createObjectNode();
        whole.set("responses", answers);
        byte[] bytes = JSON.writeValueAsBytes(whole);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        respond(exchange, send(exchange, body));
    }

    private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body) throws IOException {
        var request = HttpRequest.newBuilder(
                        upstream.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void respond(HttpExchange exchange, HttpResponse<byte[]> answer) throws IOException {
        byte[] body = new String(answer.body(), StandardCharsets.UTF_8)
                .replace(upstream.toString(), baseUri().toString())
                .getBytes(StandardCharsets.UTF_8);
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private void passed(byte[] body) throws IOException {
        var id = JSON.readTree(body).path("id").asText("");
        if (!id.isEmpty()) {
            createsPassed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static String tenant(HttpExchange exchange) {
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        return TenantTokens.tenantOf(authorization.substring(7))
                .map(Object::toString)
                .getOrElse("");
    }

    /** Whole seconds, at least 1, as Graph sends them. */
    private static String retryAfter(double seconds) {
        return String.valueOf(Math.max(1, (long) Math.ceil(seconds)));
    }

    private static ObjectNode item(String id, int status, String retryAfter, ObjectNode body) {
        var item = JSON.createObjectNode();
        item.put("id", id);
        item.put("status", status);
        var headers = item.putObject("headers");
        headers.put("Content-Type", "application/json");
        if (retryAfter != null) {
            headers.put("Retry-After", retryAfter);
        }
        item.set("body", body);
        return item;
    }

    private static ObjectNode tooMany() {
        return error("TooManyRequests", "Too many requests: the tenant's write limit is reached");
    }

    private static ObjectNode failedDependency() {
        return error("FailedDependency", "The request depends on a request that failed");
    }

    private static ObjectNode error(String code, String message) {
        var root = JSON.createObjectNode();
        var error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return root;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
