package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.seed;
import static io.devicestatus.app.TestKeyStores.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} over HTTPS: HTTP/2 where the client offers it, the Graph API over it, and bad keystores refused. */
class TlsServeTest {

    @TempDir
    static Path keys;

    static Path keyStore;
    static Path passwordFile;
    static byte[] signingKey = DevelopmentTokens.newSecret();
    static Storage storage;
    static DeviceStatusServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void serveOverTls() throws Exception {
        keyStore = TestKeyStores.serverKeyStore(keys);
        passwordFile = TestKeyStores.passwordFile(keys);
        storage = Storage.memory(Clock.systemUTC());
        server = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                Option.some(TlsKeyStore.load(keyStore, PASSWORD).get()),
                new GraphApi(
                        storage.application(),
                        NimbusTokenVerifier.development(signingKey),
                        GraphApiSettings.defaults(Clock.systemUTC())));
    }

    @AfterAll
    static void stop() {
        server.close();
        storage.close();
    }

    @Test
    void the_base_uri_is_https() {
        assertThat(server.baseUri().toString()).startsWith("https://127.0.0.1:");
    }

    @Test
    void a_client_offering_http2_gets_it_and_one_asking_for_http1_gets_that() throws Exception {
        var h2 = TestKeyStores.client(keyStore, HttpClient.Version.HTTP_2)
                .send(get("/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(h2.statusCode()).isEqualTo(200);
        assertThat(h2.version()).isEqualTo(HttpClient.Version.HTTP_2);

        var h1 = TestKeyStores.client(keyStore, HttpClient.Version.HTTP_1_1)
                .send(get("/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(h1.statusCode()).isEqualTo(200);
        assertThat(h1.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(h1.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void the_graph_api_works_over_http2() throws Exception {
        var client = TestKeyStores.client(keyStore, HttpClient.Version.HTTP_2);
        String token = token(ServerUnderTest.CONFIG_WRITE);
        var created = client.send(
                HttpRequest.newBuilder(uri("/v1.0/deviceManagement/iosUpdateStatuses"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(seed("001-request.json")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);

        var listed = client.send(
                HttpRequest.newBuilder(uri("/v1.0/deviceManagement/iosUpdateStatuses"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("Device Id value");

        var anonymous =
                client.send(get("/v1.0/deviceManagement/iosUpdateStatuses"), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void serve_refuses_a_keystore_it_cannot_use_in_one_line_naming_it() throws Exception {
        Path missing = dir.resolve("missing.p12");
        assertRefused(
                serve("--tls-keystore", missing.toString(), "--tls-keystore-password", PASSWORD),
                "--tls-keystore " + missing + ": cannot read it: " + missing + " does not exist");

        assertRefused(
                serve("--tls-keystore", keyStore.toString(), "--tls-keystore-password", "wrong-password"),
                "--tls-keystore " + keyStore + ": the password does not open it");

        Path jks = TestKeyStores.jksCopy(keyStore, dir);
        assertRefused(
                serve("--tls-keystore", jks.toString(), "--tls-keystore-password-file", passwordFile.toString()),
                "--tls-keystore " + jks + ": not a PKCS#12 keystore but a JKS one; convert it with keytool"
                        + " -importkeystore");

        Path text = Files.writeString(dir.resolve("server.pem"), "-----BEGIN CERTIFICATE-----\n");
        assertRefused(
                serve("--tls-keystore", text.toString(), "--tls-keystore-password", PASSWORD),
                "--tls-keystore " + text + ": not a PKCS#12 keystore");

        Path certificateOnly = TestKeyStores.certificateOnly(keyStore, dir);
        assertRefused(
                serve("--tls-keystore", certificateOnly.toString(), "--tls-keystore-password", PASSWORD),
                "holds no private key, only certificates");
    }

    @Test
    void serve_needs_exactly_one_password_source_and_a_keystore_for_it() {
        assertRefused(serve("--tls-keystore", keyStore.toString()), "--tls-keystore needs its password");
        assertRefused(
                serve(
                        "--tls-keystore",
                        keyStore.toString(),
                        "--tls-keystore-password",
                        PASSWORD,
                        "--tls-keystore-password-file",
                        passwordFile.toString()),
                "--tls-keystore needs its password");
        assertRefused(
                serve("--tls-keystore-password-file", passwordFile.toString()),
                "--tls-keystore-password-file needs --tls-keystore FILE");
        Path nope = dir.resolve("nope");
        assertRefused(
                serve("--tls-keystore", keyStore.toString(), "--tls-keystore-password-file", nope.toString()),
                "--tls-keystore-password-file " + nope + ": cannot read it");
    }

    @Test
    void a_keystore_and_password_from_the_environment_are_named_by_their_variables() {
        var wrong = EnvironmentOptionsTest.run(
                Map.of(
                        "DEVICE_STATUS_TLS_KEYSTORE",
                        keyStore.toString(),
                        "DEVICE_STATUS_TLS_KEYSTORE_PASSWORD",
                        "wrong-password"),
                "serve",
                "--store",
                "memory",
                "--port",
                "0");

        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err())
                .contains(
                        "the password does not open it",
                        "--tls-keystore-password from the environment variable DEVICE_STATUS_TLS_KEYSTORE_PASSWORD")
                .doesNotContain("wrong-password");
    }

    private CommandLineTest.Run serve(String... tlsOptions) {
        var args = new java.util.ArrayList<>(java.util.List.of("serve", "--store", "memory", "--port", "0"));
        args.addAll(java.util.List.of(tlsOptions));
        return EnvironmentOptionsTest.run(Map.of(), args.toArray(String[]::new));
    }

    private static void assertRefused(CommandLineTest.Run run, String message) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("serving");
    }

    private static String token(String... scopes) {
        var now = Instant.now();
        return DevelopmentTokens.sign(
                signingKey,
                new DevelopmentTokens.Claims(
                        "tester",
                        ServerUnderTest.TENANT,
                        List.of(scopes),
                        List.empty(),
                        null,
                        null,
                        now,
                        now.plusSeconds(600)));
    }

    private static URI uri(String path) {
        return URI.create(server.baseUri() + path);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }
}
