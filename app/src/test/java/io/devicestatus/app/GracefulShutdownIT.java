package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the packaged jar on the embedded H2 database while clients create statuses: every answer is a 201 or
 * Graph's 503 with Retry-After (never a failed transaction because the database closed under a request), readiness
 * never turns back to 200 once stopping began, and every create acknowledged with 201 is there after a restart.
 */
class GracefulShutdownIT {

    private static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";
    private static final int CLIENTS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    /** One answer a client got: its status, Retry-After and body. */
    private record Answer(int status, String retryAfter, String body) {}

    @Test
    void sigterm_under_load_answers_201_or_graphs_503_and_loses_no_acknowledged_create() throws Exception {
        String token = DeviceStatusJarIT.token(dataDir, null);
        var served = DeviceStatusJarIT.Served.start(dataDir);
        var answers = new ConcurrentLinkedQueue<Answer>();
        var created = new ConcurrentLinkedQueue<String>();
        var readiness = new ConcurrentLinkedQueue<Integer>(); // -1: refused
        var refused = new AtomicInteger();
        var stopping = new AtomicBoolean();
        var done = new AtomicBoolean();
        var warm = new CountDownLatch(CLIENTS * 20);
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            threads.add(started("load-" + c, () -> {
                var http = client();
                for (int n = 0; !done.get(); n++) {
                    try {
                        var response = http.send(
                                post(served.base + IOS, token, "client-" + client + "-" + n),
                                HttpResponse.BodyHandlers.ofString());
                        answers.add(new Answer(
                                response.statusCode(),
                                response.headers().firstValue("Retry-After").orElse(null),
                                response.body()));
                        if (response.statusCode() == 201) {
                            created.add(
                                    JSON.readTree(response.body()).path("id").asText());
                        }
                        warm.countDown();
                    } catch (IOException e) {
                        if (!stopping.get()) {
                            answers.add(new Answer(-1, null, e.toString()));
                        }
                        refused.incrementAndGet();
                        pause(20); // the port is closed: no answer is coming, don't spin
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        threads.add(started("ready-probe", () -> {
            var http = client();
            while (!done.get()) {
                try {
                    var request = HttpRequest.newBuilder(URI.create(served.base + "/health/ready"))
                            .timeout(Duration.ofSeconds(15))
                            .GET()
                            .build();
                    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    readiness.add(response.statusCode());
                    if (response.statusCode() == 503) {
                        answers.add(new Answer(
                                503,
                                response.headers().firstValue("Retry-After").orElse(null),
                                response.body()));
                    }
                } catch (IOException e) {
                    readiness.add(-1);
                } catch (InterruptedException e) {
                    return;
                }
                pause(20);
            }
        }));

        assertThat(warm.await(60, TimeUnit.SECONDS)).as("the clients got going").isTrue();
        pause(1_000); // under full load for a while, so that requests are in flight at SIGTERM
        int beforeStop = answers.size();
        stopping.set(true);
        long sigterm = System.nanoTime();
        served.terminate();
        long stopMillis = (System.nanoTime() - sigterm) / 1_000_000;
        done.set(true);
        for (var thread : threads) {
            thread.join(30_000);
        }

        var statuses = answers.stream().mapToInt(Answer::status).boxed().toList();
        long ok = statuses.stream().filter(s -> s == 201).count();
        long unavailable = statuses.stream().filter(s -> s == 503).count();
        System.out.printf(
                "[graceful shutdown] %d clients; %d answers before SIGTERM; in all %d answered 201, %d"
                        + " answered 503, %d connection attempts refused or reset (after SIGTERM); stopped %d ms after"
                        + " SIGTERM (exit %d); readiness seen: %s%n",
                CLIENTS, beforeStop, ok, unavailable, refused.get(), stopMillis, served.exitCode, compress(readiness));
        assertThat(served.exitCode).isEqualTo(143);
        assertThat(served.output).contains("device-status: stopped").doesNotContain("database connection lost");
        assertThat(answers).allSatisfy(answer -> {
            if (answer.status() != 201) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.retryAfter()).as(answer.toString()).isNotBlank();
                JsonNode error = JSON.readTree(answer.body()).path("error");
                assertThat(error.path("code").asText()).isEqualTo("ServiceUnavailable");
                assertThat(error.path("innerError").path("request-id").asText()).isNotBlank();
                assertThat(error.path("message").asText()).doesNotContain("database", "transaction");
            }
        });
        assertThat(readinessAfterNot200(readiness))
                .as("readiness after stopping began")
                .doesNotContain(200);
        assertThat(ok).isGreaterThan(0);

        var restarted = DeviceStatusJarIT.Served.start(dataDir);
        try {
            var http = client();
            int missing = 0;
            for (String id : created) {
                var request = HttpRequest.newBuilder(URI.create(restarted.base + IOS + "/" + id))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    missing++;
                }
            }
            System.out.printf(
                    "[graceful shutdown] after the restart: %d of %d acknowledged creates there%n",
                    created.size() - missing, created.size());
            assertThat(missing)
                    .as("acknowledged creates missing after the restart")
                    .isZero();
        } finally {
            restarted.terminate();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    private static HttpRequest post(String url, String token, String deviceId) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LostDatabaseTest.device(deviceId)))
                .build();
    }

    /** The readiness answers from the first that was not 200 on. */
    private static List<Integer> readinessAfterNot200(ConcurrentLinkedQueue<Integer> seen) {
        var all = List.copyOf(seen);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != 200) {
                return all.subList(i, all.size());
            }
        }
        return List.of();
    }

    /** {@code 200 x41, 503 x2, -1 x30}: the readiness answers in order, runs counted. */
    private static String compress(ConcurrentLinkedQueue<Integer> seen) {
        var out = new StringBuilder();
        Integer last = null;
        int run = 0;
        for (int status : seen) {
            if (last != null && status != last) {
                out.append(last).append(" x").append(run).append(", ");
                run = 0;
            }
            last = status;
            run++;
        }
        return last == null ? "none" : out.append(last).append(" x").append(run).toString();
    }

    private static Thread started(String name, Runnable body) {
        var thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
