package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --graph-retry-budget} reaches the Graph client: {@code sync} against a service that throttles every request
 * with {@code Retry-After: 1} tries once with a budget of 0s and again within 2s; bad values are usage errors naming
 * the option.
 */
class GraphRetryBudgetTest {

    @TempDir
    Path dir;

    private HttpServer graph;
    private final AtomicInteger requests = new AtomicInteger();
    private Path tokenFile;

    @BeforeEach
    void aGraphThatThrottlesEveryRequest() throws Exception {
        graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        graph.createContext("/", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                ThrottlingProxy.tooManyRequests(exchange, 1);
            }
        });
        graph.start();
        tokenFile = Files.writeString(dir.resolve("token"), "an-opaque-token");
    }

    @AfterEach
    void stop() {
        graph.stop(0);
    }

    @Test
    void a_budget_of_0s_gives_up_after_the_first_attempt() {
        var run = sync(Map.of(), "--graph-retry-budget=0s");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("sync stopped", "429", "1 attempt");
        assertThat(requests).hasValue(1);
    }

    @Test
    void a_budget_of_2s_waits_out_a_retry_after_of_1s_and_tries_again() {
        var run = sync(Map.of(), "--graph-retry-budget=2s");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("sync stopped", "429");
        assertThat(requests.get()).as("attempts").isGreaterThan(1);
    }

    @Test
    void the_environment_sets_the_budget_too() {
        var run = sync(Map.of("DEVICE_STATUS_GRAPH_RETRY_BUDGET", "0s"));

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(requests).hasValue(1);
    }

    @Test
    void without_the_option_the_client_keeps_its_default_policy_and_with_it_only_the_budget_changes() {
        assertThat(parsedSync().graph.retry()).isEqualTo(RetryPolicy.defaults());
        assertThat(parsedSync("--graph-retry-budget", "90s").graph.retry())
                .isEqualTo(RetryPolicy.defaults().withMaxTotal(Duration.ofSeconds(90)));
        assertThat(parsedSync("--graph-retry-budget", "60m").graph.retry().maxTotal())
                .isEqualTo(Duration.ofHours(1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "soon   | Invalid value for option '--graph-retry-budget': 'soon' is not a duration: write it as 500ms,"
                        + " 3s or 1m",
                "-1s    | Invalid value for option '--graph-retry-budget': '-1s' is not a duration",
                "PT-1S  | --graph-retry-budget must be from 0s (no retries) to 60m, not -1s",
                "61m    | --graph-retry-budget must be from 0s (no retries) to 60m, not 3660s",
            })
    void a_bad_budget_is_a_usage_error_naming_the_option_and_what_is_allowed(String value, String message) {
        var run = sync(Map.of(), "--graph-retry-budget=" + value);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
        assertThat(requests).as("nothing sent").hasValue(0);
        assertThat(dir.resolve("local")).as("no local store made").doesNotExist();
    }

    @Test
    void a_bad_budget_from_the_environment_names_the_variable() {
        var run = sync(Map.of("DEVICE_STATUS_GRAPH_RETRY_BUDGET", "2h"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("'2h' is not a duration")
                .contains("--graph-retry-budget from the environment variable DEVICE_STATUS_GRAPH_RETRY_BUDGET");
    }

    private CommandLineTest.Run sync(Map<String, String> environment, String... extra) {
        var args = new ArrayList<>(List.of(
                "sync",
                "--type",
                "ios-update",
                "--graph-url",
                "http://127.0.0.1:" + graph.getAddress().getPort(),
                "--token-file",
                tokenFile.toString(),
                "--graph-tenant",
                ServerUnderTest.TENANT,
                "--data-dir",
                dir.resolve("local").toString()));
        args.addAll(List.of(extra));
        return EnvironmentOptionsTest.run(environment, args.toArray(String[]::new));
    }

    /** {@code sync} parsed, not run. */
    private static SyncCommand parsedSync(String... extra) {
        var args = new ArrayList<>(List.of("sync", "--type", "ios-update"));
        args.addAll(List.of(extra));
        var commandLine = DeviceStatusCommand.commandLine(Map.of());
        commandLine.parseArgs(args.toArray(String[]::new));
        return commandLine.getSubcommands().get("sync").getCommand();
    }
}
