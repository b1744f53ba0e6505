package io.devicestatus.adapter.graph.client;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * What retrying needs beyond the {@link RetryPolicy}: a clock for {@code Retry-After} dates and the time budget, the
 * jitter, and the waits. Shared by {@link RetryHandler} (whole requests) and {@link BatchSender} (batch items).
 */
record Backoff(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier random) {

    Backoff {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * What to do after {@code failure} of attempt {@code attemptsMade}: never retry what is not retried (refused,
     * malformed), otherwise as the policy says for the time since {@code start}.
     */
    RetryPolicy.Decision decide(GraphFailure failure, int attemptsMade, Instant start, boolean idempotent) {
        return kind(failure)
                .<RetryPolicy.Decision>map(kind ->
                        policy.decide(attemptsMade, Duration.between(start, clock.instant()), kind, idempotent, random))
                .getOrElse(RetryPolicy.Decision.Final::new);
    }

    /** Time since {@code start}. */
    Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }

    /** Waits {@code wait}; false when interrupted (the flag set again). */
    boolean pause(Duration wait) {
        return sleeper.pause(wait);
    }

    /** How a failure counts for the retry policy; none for what is never retried (refused, malformed). */
    private static Option<RetryPolicy.Failure> kind(GraphFailure failure) {
        if (failure instanceof GraphFailure.Answered answered) {
            return Option.some(new RetryPolicy.Failure.Status(answered.status(), answered.retryAfter()));
        }
        if (failure instanceof GraphFailure.NoAnswer) {
            return Option.some(new RetryPolicy.Failure.NoAnswer());
        }
        return Option.none();
    }
}
