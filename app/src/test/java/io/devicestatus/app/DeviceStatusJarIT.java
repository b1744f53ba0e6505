package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code app/target/device-status.jar} as the README runs it: {@code serve} on the embedded database,
 * a token from {@code token}, the seed example created over HTTP, a graceful stop on SIGTERM, and the data still
 * there after a restart on the same data directory.
 */
class DeviceStatusJarIT {

    private static final Path JAR = Path.of("target", "device-status.jar");
    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)/v1\\.0 and");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void serves_the_seed_api_from_the_jar_and_stops_gracefully_on_sigterm() throws Exception {
        assertThat(JAR).exists();
        String token = token();

        var first = Served.start(dataDir);
        try {
            var created = send(
                    "POST", first.base + "/v1.0/deviceManagement/iosUpdateStatuses", token, seed("001-request.json"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(send("GET", first.base + "/health", null, null).statusCode())
                    .isEqualTo(200);
        } finally {
            first.terminate();
        }
        assertThat(first.exitCode).isEqualTo(143);
        assertThat(first.output).contains("device-status: stopped");

        var second = Served.start(dataDir);
        try {
            var listed = send("GET", second.base + "/v1.0/deviceManagement/iosUpdateStatuses", token, null);
            assertThat(listed.body()).contains("Device Id value");
        } finally {
            second.terminate();
        }
    }

    @Test
    void migrate_serve_without_migrating_summary_export_and_sync_from_the_jar() throws Exception {
        String tenant = ServerUnderTest.TENANT;
        Path upstreamDir = dataDir.resolve("upstream");
        Path localDir = dataDir.resolve("local");

        var migrated = run("migrate", "--data-dir", upstreamDir.toString());
        assertThat(migrated.exit()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("from version none (empty database) to 3 (3 migrations)");
        assertThat(run("migrate", "info", "--data-dir", upstreamDir.toString()).out())
                .contains("up to date");

        String token = token(upstreamDir, tenant);
        var upstream = Served.start(upstreamDir, "--no-migrate");
        try {
            var created = send(
                    "POST",
                    upstream.base + "/v1.0/deviceManagement/iosUpdateStatuses",
                    token,
                    seed("001-request.json"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            Path tokenFile = dataDir.resolve("token");
            Files.writeString(tokenFile, token);
            var synced = run(
                    "sync",
                    "--type",
                    "ios-update",
                    "--graph-url",
                    upstream.base,
                    "--token-file",
                    tokenFile.toString(),
                    "--data-dir",
                    localDir.toString());
            assertThat(synced.exit()).as(synced.err()).isZero();
            assertThat(synced.err()).contains("created 1, advanced 0, unchanged 0, rejected 0");
        } finally {
            upstream.terminate();
        }

        var summary = run("summary", "--tenant", tenant, "--type", "ios-update", "--data-dir", localDir.toString());
        assertThat(summary.exit()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("deviceManagement  installStatus");
        Path exported = dataDir.resolve("export.ndjson");
        var export = run(
                "export",
                "--tenant",
                tenant,
                "--type",
                "ios-update",
                "-o",
                exported.toString(),
                "--data-dir",
                localDir.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(exported)).hasSize(1).allMatch(line -> line.contains("Device Id value"));
    }

    /** Exit code, standard output and standard error of one {@code java -jar device-status.jar} run. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of(java(), "-jar", JAR.toString()));
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).start();
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err.get());
    }

    private String token() throws Exception {
        return token(dataDir, null);
    }

    /** A development token of {@code tenant} (none: the default) from the key under {@code keyDir}. */
    static String token(Path keyDir, String tenant) throws Exception {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "token", "--data-dir", keyDir.toString(), "--scope", "DeviceManagementConfiguration.ReadWrite.All"));
        if (tenant != null) {
            args.addAll(java.util.List.of("--tenant", tenant));
        }
        var token = run(args.toArray(String[]::new));
        assertThat(token.exit()).as(token.err()).isZero();
        var lines = token.out().strip().split("\n");
        return lines[lines.length - 1];
    }

    private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A {@code serve} process on a free port, its output going to a file, watched until it prints its base URL. */
    static final class Served {
        final Process process;
        final Path log;
        final String base;
        String output = "";
        int exitCode = -1;

        private Served(Process process, Path log, String base) {
            this.process = process;
            this.log = log;
            this.base = base;
        }

        static Served start(Path dataDir, String... options) throws Exception {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir, "serve", ".log");
            var command = new java.util.ArrayList<>(java.util.List.of(
                    java(), "-jar", JAR.toString(), "serve", "--port", "0", "--data-dir", dataDir.toString()));
            command.addAll(java.util.List.of(options));
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                var matcher = SERVING.matcher(Files.readString(log));
                if (matcher.find()) {
                    return new Served(process, log, matcher.group(1));
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start: " + Files.readString(log));
        }

        /** SIGTERM, then wait for the process and read what it printed. */
        void terminate() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            exitCode = process.waitFor();
            output = Files.readString(log);
        }
    }
}
