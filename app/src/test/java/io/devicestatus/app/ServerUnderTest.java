package io.devicestatus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The standalone server on a random loopback port, with development auth, and a client for it. */
final class ServerUnderTest implements AutoCloseable {

    static final String CONFIG_READ = "DeviceManagementConfiguration.Read.All";
    static final String CONFIG_WRITE = "DeviceManagementConfiguration.ReadWrite.All";
    static final String APPS_READ = "DeviceManagementApps.Read.All";
    static final String APPS_WRITE = "DeviceManagementApps.ReadWrite.All";
    static final String TENANT = "6babcaad-604b-40ac-a9d7-9fd97c0b779f";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One client per server: a client shared by every test keeps connections to servers that have stopped, and a new
     * server on a reused port then meets a dead pooled connection ("header parser received no bytes").
     */
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Bodies longer than this are sent with {@code Expect: 100-continue}. */
    private static final int LARGE_BODY_CHARS = 32 * 1024;

    final byte[] key = DevelopmentTokens.newSecret();
    private final Storage storage;
    private final DeviceStatusServer server;

    private ServerUnderTest(Storage storage, TokenVerifier verifier) throws Exception {
        this.storage = storage;
        this.server = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                new GraphApi(
                        storage.application(),
                        verifier == null ? NimbusTokenVerifier.development(key) : verifier,
                        GraphApiSettings.defaults(Clock.systemUTC()).withReadiness(storage.readiness())));
    }

    static ServerUnderTest inMemory() throws Exception {
        return new ServerUnderTest(Storage.memory(Clock.systemUTC()), null);
    }

    static ServerUnderTest h2(Path dataDir) throws Exception {
        return new ServerUnderTest(Storage.h2Files(dataDir, Clock.systemUTC()).get(), null);
    }

    /** Over a store of the test's choosing. */
    static ServerUnderTest over(Storage storage) throws Exception {
        return new ServerUnderTest(storage, null);
    }

    /** Over any application (a failing store, say) and any verifier ({@code null}: development auth). */
    static ServerUnderTest over(DeviceStatusApplication application, TokenVerifier verifier) throws Exception {
        return new ServerUnderTest(new Storage(application, "test", () -> {}), verifier);
    }

    URI baseUri() {
        return server.baseUri();
    }

    /** A delegated token with these scopes. */
    String delegated(String... scopes) {
        return sign(List.of(scopes), List.empty(), TENANT);
    }

    /** An application token with these roles. */
    String application(String... roles) {
        return sign(List.empty(), List.of(roles), TENANT);
    }

    /** A token allowed everything. */
    String admin() {
        return delegated(CONFIG_WRITE, APPS_WRITE);
    }

    String sign(List<String> scopes, List<String> roles, String tenant) {
        Instant now = Instant.now();
        return DevelopmentTokens.sign(
                key,
                new DevelopmentTokens.Claims("tester", tenant, scopes, roles, null, null, now, now.plusSeconds(600)));
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    Reply patch(String path, String token, String body, String... headers) {
        return send("PATCH", path, token, body, headers);
    }

    Reply delete(String path, String token, String... headers) {
        return send("DELETE", path, token, null, headers);
    }

    /**
     * Sends a request; {@code path} is relative to the base URI unless it is absolute; {@code body} as JSON unless
     * a Content-Type is among {@code headers} (name, value, name, value...).
     */
    Reply send(String method, String path, String token, String body, String... headers) {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create(baseUri() + path);
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                // a body larger than the socket buffers waits for 100 Continue, as careful clients send one: the
                // server refuses an oversized body (413) unread and closes, and a client still writing it could
                // lose that answer to the reset (BatchApiTest's 413 did, once, in CI)
                .expectContinue(body != null && body.length() > LARGE_BODY_CHARS);
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code body} byte for byte as {@code application/json}, for bodies no Java string can hold. */
    Reply sendBytes(String method, String path, String token, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A seed example body (adapter-graph's test-jar), e.g. {@code 001-request.json}. */
    static String seed(String name) {
        try (InputStream in = ServerUnderTest.class.getResourceAsStream("/seed/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        storage.close();
    }

    /** A response: status, headers, body. */
    record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            return ServerUnderTest.json(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Graph's error code. */
        String code() {
            return json().path("error").path("code").asText();
        }

        String message() {
            return json().path("error").path("message").asText();
        }

        /** The fields the error's details name. */
        java.util.List<String> targets() {
            var targets = new java.util.ArrayList<String>();
            json().path("error")
                    .path("details")
                    .forEach(d -> targets.add(d.path("target").asText()));
            return targets;
        }
    }
}
