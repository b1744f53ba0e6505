package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an operator runs it in production shape: HTTPS with HTTP/2 configured from the environment,
 * the memory store writing nothing into its working directory and printing a token instead, and the jar naming
 * itself in what it tells the user to run.
 */
class ServeJarIT {

    private static final Path JAR = Path.of("target", "device-status.jar").toAbsolutePath();
    private static final Pattern SERVING = Pattern.compile("serving (https?://\\S+)/v1\\.0 and");
    private static final Pattern TOKEN = Pattern.compile("development token \\(.*\\): (\\S+)");

    @TempDir
    Path work;

    @TempDir
    Path keys;

    @Test
    void memory_store_over_tls_from_the_environment_writes_nothing_and_prints_a_working_token() throws Exception {
        Path keyStore = TestKeyStores.serverKeyStore(keys);
        var served = serve(Map.of(
                "DEVICE_STATUS_STORE",
                "memory",
                "DEVICE_STATUS_PORT",
                "0",
                "DEVICE_STATUS_TLS_KEYSTORE",
                keyStore.toString(),
                "DEVICE_STATUS_TLS_KEYSTORE_PASSWORD_FILE",
                TestKeyStores.passwordFile(keys).toString()));
        String output;
        try {
            var base = served.group(SERVING);
            assertThat(base).startsWith("https://");
            String token = served.group(TOKEN);
            var client = TestKeyStores.client(keyStore, HttpClient.Version.HTTP_2);
            var collection = URI.create(base + "/v1.0/deviceManagement/iosUpdateStatuses");
            var created = client.send(
                    HttpRequest.newBuilder(collection)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(seed("001-request.json")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);
        } finally {
            output = served.stop();
        }
        assertThat(output).contains("device-status: tls certificate CN=localhost, valid until", "in memory only");
        try (var left = Files.list(work)) {
            assertThat(left)
                    .as("files the server left in its working directory")
                    .isEmpty();
        }
    }

    @Test
    void the_start_up_line_names_the_jar_that_is_running() throws Exception {
        Path dataDir = keys.resolve("data");
        var served = serve(Map.of(), "--port", "0", "--store", "memory", "--data-dir", dataDir.toString());
        String output = served.stop();

        assertThat(output)
                .contains("mint tokens with: java -jar " + JAR + " token --data-dir " + dataDir)
                .doesNotContain("development token");
        assertThat(dataDir.resolve(DevelopmentKey.FILE_NAME)).exists();
    }

    private Served serve(Map<String, String> environment, String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString(), "serve"));
        command.addAll(java.util.List.of(args));
        Path log = Files.createTempFile(keys, "serve", ".log");
        var builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith(EnvironmentDefaults.PREFIX));
        builder.environment().putAll(environment);
        var served = new Served(builder.start(), log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && served.process.isAlive()) {
            if (SERVING.matcher(Files.readString(log)).find()) {
                return served;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("serve did not start: " + served.stop());
    }

    /** A {@code serve} process and the file its output goes to. */
    private record Served(Process process, Path log) {
        String group(Pattern pattern) throws Exception {
            Matcher matcher = pattern.matcher(Files.readString(log));
            assertThat(matcher.find()).as(Files.readString(log)).isTrue();
            return matcher.group(1);
        }

        /** SIGTERM; what it printed. */
        String stop() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return Files.readString(log);
        }
    }
}
