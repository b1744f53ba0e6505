package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --drain-delay}: after SIGTERM the packaged jar first answers {@code /health/ready} with Graph's 503
 * while it still serves the API, so a load balancer takes it out before it stops taking requests.
 */
class DrainDelayIT {

    private static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";

    @TempDir
    Path dataDir;

    @Test
    void sigterm_turns_readiness_to_503_while_the_api_still_answers_then_stops() throws Exception {
        String token = DeviceStatusJarIT.token(dataDir, null);
        var served = DeviceStatusJarIT.Served.start(dataDir, "--drain-delay", "6s");
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        assertThat(get(http, served.base + "/health/ready", null).statusCode()).isEqualTo(200);

        long signalled = System.nanoTime();
        served.process.destroy(); // SIGTERM
        HttpResponse<String> ready = get(http, served.base + "/health/ready", null);
        for (int i = 0; i < 40 && ready.statusCode() == 200; i++) {
            Thread.sleep(25);
            ready = get(http, served.base + "/health/ready", null);
        }
        var api = get(http, served.base + IOS, token);
        long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.headers().firstValue("Retry-After")).isPresent();
        var error = new ObjectMapper().readTree(ready.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("ServiceUnavailable");
        assertThat(error.path("message").asText()).contains("it is stopping");
        assertThat(api.statusCode())
                .as("the API still serves during the delay (%d ms after SIGTERM)", answeredMillis)
                .isEqualTo(200);
        assertThat(answeredMillis).as("checked within the 6 s delay").isLessThan(6_000);

        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long stoppedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
        System.out.printf(
                "drain: readiness 503 and API 200 at %d ms, stopped at %d ms after SIGTERM%n",
                answeredMillis, stoppedMillis);
        assertThat(stoppedMillis).as("the process waits out the delay").isGreaterThanOrEqualTo(6_000);
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
