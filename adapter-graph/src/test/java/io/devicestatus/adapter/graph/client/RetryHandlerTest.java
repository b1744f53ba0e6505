package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.devicestatus.adapter.graph.CapturedLog;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** The retry middleware on its own, around a scripted transport: no HTTP, no WireMock. */
class RetryHandlerTest {

    private static final GraphRequest GET = GraphRequest.get("v1.0/x");
    private static final GraphRequest POST = GraphRequest.post("v1.0/x", "{}".getBytes());

    private final FakeTime time = new FakeTime();
    private final java.util.List<Integer> attempts = new ArrayList<>();
    private final Deque<Either<GraphFailure, GraphResponse>> script = new ArrayDeque<>();
    private final GraphTransport scripted = (request, attempt) -> {
        attempts.add(attempt);
        return script.removeFirst();
    };

    private RetryHandler handler(Sleeper sleeper) {
        return new RetryHandler(scripted, new Backoff(LocalGraph.RETRY, time, sleeper, () -> 0.5));
    }

    private static Either<GraphFailure, GraphResponse> answered(int status, Option<Duration> retryAfter) {
        return Either.left(new GraphFailure.Answered(
                "GET", "v1.0/x", status, "HTTP " + status, "no", List.empty(), retryAfter, "c", Option.none(), 1));
    }

    private static Either<GraphFailure, GraphResponse> ok() {
        return Either.right(new GraphResponse(200, LinkedHashMap.empty(), new byte[0], "c", Option.none()));
    }

    @Test
    void a_throttled_attempt_goes_again_after_its_retry_after_as_the_next_attempt() {
        script.add(answered(429, Option.some(Duration.ofSeconds(2))));
        script.add(ok());

        assertThat(handler(time).send(GET, 1).isRight()).isTrue();
        assertThat(attempts).containsExactly(1, 2);
        // and 5 % more (jitter 0.5), so that callers throttled together come back spread
        assertThat(time.waits()).containsExactly(Duration.ofMillis(2100));
    }

    @Test
    void the_last_failure_is_the_answer_once_the_policy_gives_up() {
        for (int i = 0; i < LocalGraph.RETRY.maxAttempts(); i++) {
            script.add(answered(503, Option.none()));
        }

        var outcome = handler(time).send(GET, 1);

        assertThat(outcome.getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Answered.class,
                        failure -> assertThat(failure.status()).isEqualTo(503));
        assertThat(attempts).hasSize(LocalGraph.RETRY.maxAttempts());
        assertThat(script).isEmpty();
    }

    @Test
    void a_refusal_and_a_malformed_answer_are_not_retried() {
        script.add(Either.left(new GraphFailure.Refused("GET", "v1.0/x", "no token", "c")));
        script.add(Either.left(new GraphFailure.Malformed("GET", "v1.0/x", "not JSON", "c", Option.none())));

        assertThat(handler(time).send(GET, 1).getLeft()).isInstanceOf(GraphFailure.Refused.class);
        assertThat(handler(time).send(GET, 1).getLeft()).isInstanceOf(GraphFailure.Malformed.class);
        assertThat(attempts).containsExactly(1, 1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void a_create_without_an_answer_is_not_repeated_but_a_read_is() {
        script.add(Either.left(new GraphFailure.NoAnswer("POST", "v1.0/x", "reset", "c", 1)));
        assertThat(handler(time).send(POST, 1).isLeft()).isTrue();
        assertThat(attempts).containsExactly(1);

        script.add(Either.left(new GraphFailure.NoAnswer("GET", "v1.0/x", "reset", "c", 1)));
        script.add(ok());
        assertThat(handler(time).send(GET, 1).isRight()).isTrue();
        assertThat(attempts).containsExactly(1, 1, 2);
    }

    @Test
    void an_interrupt_while_waiting_ends_the_retries_with_the_flag_kept() {
        script.add(answered(429, Option.some(Duration.ofSeconds(1))));
        Sleeper interrupted = wait -> {
            throw new InterruptedException();
        };

        try {
            assertThat(handler(interrupted).send(GET, 1).getLeft()).isInstanceOf(GraphFailure.Answered.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(attempts).containsExactly(1);
    }

    /** The WARN lines of {@code log}. */
    private static java.util.List<String> warnings(String log) {
        return log.lines().filter(line -> line.contains("WARN")).toList();
    }

    @Test
    void many_consecutive_429s_within_the_time_budget_end_in_success_without_a_warning() {
        for (int i = 0; i < 30; i++) {
            script.add(answered(429, Option.some(Duration.ofSeconds(1))));
        }
        script.add(ok());

        var log = CapturedLog.during(
                () -> assertThat(handler(time).send(POST, 1).isRight()).isTrue());

        // far past the policy's 3 attempts, which bound failures other than throttling only
        assertThat(attempts).hasSize(31).endsWith(31);
        // each Retry-After and 5 % more (jitter 0.5): 31.5 s of the 60 s budget
        assertThat(time.waits()).hasSize(30).containsOnly(Duration.ofMillis(1050));
        assertThat(warnings(log)).isEmpty();
    }

    @Test
    void throttling_without_retry_after_is_retried_until_the_time_budget_is_spent_then_one_warning() {
        GraphTransport throttled = (request, attempt) -> {
            attempts.add(attempt);
            return answered(429, Option.none());
        };
        var handler = new RetryHandler(throttled, new Backoff(LocalGraph.RETRY, time, time, () -> 0.5));

        var log = CapturedLog.during(() -> assertThat(handler.send(POST, 1).getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Answered.class,
                        failure -> assertThat(failure.status()).isEqualTo(429)));

        // backoff 50, 100, 200, 400 ms, then 500 ms (1 s with jitter 0.5) until the minute is spent to the end
        assertThat(time.waits().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(1));
        assertThat(attempts).hasSize(124);
        assertThat(warnings(log))
                .singleElement(STRING)
                .contains("POST v1.0/x: giving up after 124 attempts in 60 s: the time budget of 60 s is spent;"
                        + " the last failed: 429 (client-request-id c)")
                .doesNotContain("Bearer");
    }

    @Test
    void a_retry_after_beyond_what_is_left_of_the_budget_gives_up_at_once_and_says_so() {
        script.add(answered(429, Option.some(Duration.ofSeconds(1))));
        script.add(answered(429, Option.some(Duration.ofSeconds(120))));

        var log = CapturedLog.during(() -> assertThat(handler(time).send(GET, 1).getLeft())
                .isInstanceOfSatisfying(
                        GraphFailure.Answered.class,
                        failure -> assertThat(failure.message()).contains("answered 429", "Retry-After 120 s")));

        assertThat(attempts).containsExactly(1, 2);
        assertThat(time.waits()).containsExactly(Duration.ofMillis(1050));
        assertThat(warnings(log))
                .singleElement(STRING)
                .contains("GET v1.0/x: giving up after 2 attempts in 1.05 s: Retry-After 120 s reaches past the"
                        + " time budget (58.95 s left of 60 s); the last failed: 429 (Retry-After 120 s)");
    }

    @Test
    void other_transient_failures_are_still_bounded_by_the_attempts_and_the_give_up_is_logged() {
        for (int i = 0; i < 5; i++) {
            script.add(answered(504, Option.none()));
        }

        var log = CapturedLog.during(() -> handler(time).send(GET, 1));

        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(warnings(log))
                .singleElement(STRING)
                .contains("GET v1.0/x: giving up after 3 attempts in 150 ms: the most attempts for a failure other"
                        + " than throttling (3); the last failed: 504");
    }

    @Test
    void a_create_that_may_have_been_applied_is_not_repeated_and_the_give_up_says_why() {
        script.add(answered(504, Option.none()));

        var log = CapturedLog.during(() -> handler(time).send(POST, 1));

        assertThat(attempts).containsExactly(1);
        assertThat(warnings(log))
                .singleElement(STRING)
                .contains("POST v1.0/x: giving up after 1 attempt in 0 ms: it is not idempotent and the service may"
                        + " have acted on it; the last failed: 504");
    }

    @Test
    void a_failure_that_is_never_retried_is_not_logged() {
        script.add(answered(409, Option.none()));

        var log = CapturedLog.during(() -> handler(time).send(POST, 1));

        assertThat(attempts).containsExactly(1);
        assertThat(warnings(log)).isEmpty();
    }
}
