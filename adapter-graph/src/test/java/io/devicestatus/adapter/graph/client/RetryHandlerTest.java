package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2));
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
}
