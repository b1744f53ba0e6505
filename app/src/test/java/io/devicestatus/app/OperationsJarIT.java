package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code serve} as an operator runs it: {@code --log-format json} makes every line of standard
 * error a JSON object (Hibernate Validator's and Jetty's too, no jOOQ banner), a request's lines carry its
 * {@code request-id} in the MDC, and {@code --metrics-port} serves the request's metric.
 */
class OperationsJarIT {

    private static final Path JAR = Path.of("target", "device-status.jar");
    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)/v1\\.0 and");
    private static final Pattern METRICS = Pattern.compile("device-status: metrics (http://\\S+/metrics)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void json_logs_with_request_ids_and_a_metrics_port() throws Exception {
        assertThat(JAR).exists();
        String token = token();
        Path out = dataDir.resolve("out.log");
        Path err = dataDir.resolve("err.log");
        var process = new ProcessBuilder(
                        java(),
                        "-jar",
                        JAR.toString(),
                        "--log-format",
                        "json",
                        "serve",
                        "--port",
                        "0",
                        "--metrics-port",
                        "0",
                        "--data-dir",
                        dataDir.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        String api;
        String metrics;
        HttpResponse<String> listed;
        try {
            api = await(out, SERVING, process);
            metrics = await(out, METRICS, process);
            listed = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(api + "/v1.0/deviceManagement/iosUpdateStatuses"))
                            .header("Authorization", "Bearer " + token)
                            .header("client-request-id", "ops-check-1")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            var scraped = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(metrics)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scraped.body())
                    .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                            + "route=\"/v1.0/deviceManagement/iosUpdateStatuses\",status=\"200\"} 1");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        var lines = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
            lines.add(ServerUnderTest.json(line)); // throws on a line that is not JSON
        }
        String requestId = listed.headers().firstValue("request-id").orElseThrow();
        assertThat(lines)
                .filteredOn(l -> l.path("loggerName").asText().equals("device-status.access"))
                .singleElement()
                .satisfies(access -> {
                    assertThat(access.path("formattedMessage").asText())
                            .startsWith("GET /v1.0/deviceManagement/iosUpdateStatuses 200 ");
                    assertThat(access.path("mdc").path("request-id").asText()).isEqualTo(requestId);
                    assertThat(access.path("mdc").path("client-request-id").asText())
                            .isEqualTo("ops-check-1");
                    assertThat(access.path("mdc").path("tenant").asText()).isNotBlank();
                });
        assertThat(lines)
                .anySatisfy(l -> assertThat(l.path("formattedMessage").asText()).startsWith("HV000001"));
        String all = Files.readString(err);
        assertThat(all)
                .doesNotContain(token)
                .doesNotContainIgnoringCase("thank you for using jooq")
                .doesNotContainIgnoringCase("tip of the day")
                .doesNotContain("@@@@");
    }

    private static String await(Path log, Pattern pattern, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            var matcher = pattern.matcher(Files.readString(log));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("serve did not print " + pattern + ": " + Files.readString(log));
    }

    private String token() throws Exception {
        var process = new ProcessBuilder(List.of(
                        java(),
                        "-jar",
                        JAR.toString(),
                        "token",
                        "--data-dir",
                        dataDir.toString(),
                        "--scope",
                        "DeviceManagementConfiguration.Read.All"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        var lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
