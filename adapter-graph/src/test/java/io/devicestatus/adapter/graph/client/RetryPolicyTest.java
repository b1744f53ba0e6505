package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.client.RetryPolicy.Failure;
import io.vavr.control.Option;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = RetryPolicy.defaults();
    private static final Option<Duration> NONE = Option.none();

    @ParameterizedTest(name = "{0} with Retry-After={1}, idempotent={2} -> {3}")
    @CsvSource({
        "429, false, false, true",
        "429, true,  false, true",
        "503, true,  false, true",
        "503, false, false, false",
        "503, false, true,  true",
        "504, true,  false, false",
        "504, false, true,  true",
        "500, false, true,  false",
        "400, true,  true,  false",
        "409, false, true,  false"
    })
    void a_create_is_retried_only_when_the_service_certainly_did_not_act(
            int status, boolean retryAfter, boolean idempotent, boolean retried) {
        var failure = new Failure.Status(status, retryAfter ? Option.some(Duration.ofSeconds(1)) : NONE);

        assertThat(RetryPolicy.retryable(failure, idempotent)).isEqualTo(retried);
    }

    @Test
    void no_answer_is_retried_for_idempotent_requests_only() {
        assertThat(RetryPolicy.retryable(new Failure.NoAnswer(), true)).isTrue();
        assertThat(RetryPolicy.retryable(new Failure.NoAnswer(), false)).isFalse();
    }

    @Test
    void retry_after_is_honoured_and_spread_by_up_to_a_tenth_more() {
        var failure = new Failure.Status(429, Option.some(Duration.ofMillis(2128)));

        assertThat(POLICY.nextDelay(1, Duration.ZERO, failure, false, () -> 0)).contains(Duration.ofMillis(2128));
        assertThat(POLICY.nextDelay(1, Duration.ZERO, failure, false, () -> 0.5))
                .contains(Duration.ofMillis(2128).plusNanos(106_400_000));
    }

    @Test
    void throttling_is_bounded_by_the_time_budget_not_by_the_attempts() {
        var throttled = new Failure.Status(429, Option.some(Duration.ofSeconds(1)));
        var unavailable = new Failure.Status(503, Option.some(Duration.ofSeconds(1)));

        assertThat(POLICY.nextDelay(100, Duration.ofSeconds(10), throttled, false, () -> 0))
                .contains(Duration.ofSeconds(1));
        assertThat(POLICY.nextDelay(100, Duration.ofSeconds(10), unavailable, false, () -> 0))
                .contains(Duration.ofSeconds(1));
        assertThat(POLICY.decide(100, Duration.ofSeconds(60), throttled, false, () -> 0))
                .isEqualTo(new RetryPolicy.Decision.GiveUp("the time budget of 60 s is spent"));
    }

    @Test
    void gives_up_after_the_last_attempt_for_other_failures_or_when_retry_after_would_pass_the_budget() {
        var gatewayTimeout = new Failure.Status(504, NONE);
        assertThat(POLICY.decide(POLICY.maxAttempts(), Duration.ZERO, gatewayTimeout, true, () -> 0.5))
                .isEqualTo(
                        new RetryPolicy.Decision.GiveUp("the most attempts for a failure other than throttling (4)"));

        var longWait = new Failure.Status(429, Option.some(Duration.ofSeconds(30)));
        assertThat(POLICY.decide(1, Duration.ofSeconds(31), longWait, true, () -> 0.5))
                .isEqualTo(new RetryPolicy.Decision.GiveUp(
                        "Retry-After 30 s reaches past the time budget (29 s left of 60 s)"));
        // within it: the jitter is cut to what is left
        assertThat(POLICY.nextDelay(1, Duration.ofSeconds(30), longWait, true, () -> 0.5))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void a_service_asking_for_no_wait_again_and_again_gets_the_backoff_past_the_attempts() {
        var noWait = new Failure.Status(429, Option.some(Duration.ZERO));

        assertThat(POLICY.nextDelay(1, Duration.ZERO, noWait, false, () -> 0.5)).contains(Duration.ZERO);
        // from the policy's 4 attempts on, at least its base delay
        assertThat(POLICY.nextDelay(4, Duration.ZERO, noWait, false, () -> 0.5)).contains(Duration.ofMillis(500));
        var oneSecond = new Failure.Status(429, Option.some(Duration.ofSeconds(1)));
        assertThat(POLICY.nextDelay(40, Duration.ZERO, oneSecond, false, () -> 0))
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void what_is_never_retried_is_final_and_a_create_that_may_have_acted_is_given_up() {
        assertThat(POLICY.decide(1, Duration.ZERO, new Failure.Status(400, NONE), true, () -> 0))
                .isEqualTo(new RetryPolicy.Decision.Final());
        assertThat(POLICY.decide(1, Duration.ZERO, new Failure.NoAnswer(), false, () -> 0))
                .isEqualTo(
                        new RetryPolicy.Decision.GiveUp("it is not idempotent and the service may have acted on it"));
    }

    @Test
    void none_never_retries() {
        assertThat(RetryPolicy.none().nextDelay(1, Duration.ZERO, new Failure.Status(429, NONE), true, () -> 0))
                .isEmpty();
    }

    @Property
    void backoff_is_jittered_below_a_doubling_ceiling_capped_at_the_maximum(
            @ForAll @IntRange(min = 1, max = 30) int attemptsMade,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        var policy = new RetryPolicy(100, Duration.ofDays(1), Duration.ofMillis(500), Duration.ofSeconds(16));
        var ceiling = Duration.ofMillis(Math.min(16_000, 500L << Math.min(attemptsMade - 1, 20)));

        var wait = policy.nextDelay(attemptsMade, Duration.ZERO, new Failure.Status(503, NONE), true, () -> random)
                .get();

        assertThat(wait).isGreaterThanOrEqualTo(Duration.ZERO).isLessThanOrEqualTo(ceiling);
        assertThat(wait.toNanos()).isEqualTo((long) (ceiling.toNanos() * random));
    }
}
