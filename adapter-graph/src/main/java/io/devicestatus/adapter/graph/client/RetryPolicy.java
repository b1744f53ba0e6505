package io.devicestatus.adapter.graph.client;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a Graph request is tried again, and after how long. Throttling (429) and unavailability (503, 504) are
 * retried, honouring {@code Retry-After} when the service sends it, otherwise with exponential backoff and full
 * jitter; attempts and total time are bounded.
 *
 * <p>What may be retried depends on whether the service could have acted: a 429, or a 503 that carries
 * {@code Retry-After}, means the request was refused before it ran, so even a create (POST) is retried. A 503
 * without it, a 504, a reset connection or a timeout may come after the service acted, so only idempotent requests
 * (GET, PATCH with its full state, DELETE, PUT) are retried then.
 *
 * @param maxAttempts attempts in all, the first included; at least 1
 * @param maxTotal    time from the first attempt after which no new attempt starts
 * @param baseDelay   the backoff before the second attempt (without jitter); doubles per attempt
 * @param maxDelay    the longest backoff between two attempts (a {@code Retry-After} is honoured beyond it, within
 *                    {@code maxTotal})
 */
public record RetryPolicy(int maxAttempts, Duration maxTotal, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(maxTotal, "maxTotal");
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || maxTotal.isNegative() || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need maxAttempts >= 1, maxTotal >= 0 and 0 <= baseDelay <= maxDelay");
        }
    }

    /** 4 attempts within 60 s, backoff from 0.5 s up to 16 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(16));
    }

    /** No retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** How an attempt failed, as far as retrying is concerned. */
    public sealed interface Failure {
        /** An HTTP answer, with its {@code Retry-After} when it had one. */
        record Status(int code, Option<Duration> retryAfter) implements Failure {
            public Status {
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }

        /** No answer: the connection failed, was reset, or the request timed out. */
        record NoAnswer() implements Failure {}
    }

    /** Whether {@code failure} may be retried for a request that is, or is not, idempotent. */
    public static boolean retryable(Failure failure, boolean idempotent) {
        if (failure instanceof Failure.Status status) {
            return switch (status.code()) {
                case 429 -> true;
                case 503 -> idempotent || status.retryAfter().isDefined();
                case 504 -> idempotent;
                default -> false;
            };
        }
        return idempotent;
    }

    /**
     * The wait before the next attempt, or none to give up.
     *
     * @param attemptsMade how many attempts were made, at least 1
     * @param elapsed      time since the first attempt started
     * @param failure      how the last attempt failed
     * @param idempotent   whether the request may run twice without harm
     * @param random       a uniform value in [0, 1) for the jitter
     */
    public Option<Duration> nextDelay(
            int attemptsMade, Duration elapsed, Failure failure, boolean idempotent, DoubleSupplier random) {
        if (attemptsMade >= maxAttempts || !retryable(failure, idempotent)) {
            return Option.none();
        }
        var retryAfter = failure instanceof Failure.Status status ? status.retryAfter() : Option.<Duration>none();
        Duration wait = retryAfter.getOrElse(() -> jittered(attemptsMade, random.getAsDouble()));
        return elapsed.plus(wait).compareTo(maxTotal) <= 0 ? Option.some(wait) : Option.none();
    }

    /** Full jitter: uniform in [0, min(maxDelay, baseDelay * 2^(attempt - 1))). */
    private Duration jittered(int attemptsMade, double random) {
        long ceiling = baseDelay.toNanos();
        for (int i = 1; i < attemptsMade && ceiling < maxDelay.toNanos(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxDelay.toNanos());
        return Duration.ofNanos((long) (ceiling * Math.max(0, Math.min(random, 1))));
    }
}
