package io.devicestatus.adapter.graph.client;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a Graph request is tried again, and after how long. Throttling (429) and unavailability (503, 504) are
 * retried, honouring {@code Retry-After} when the service sends it, otherwise with exponential backoff and full
 * jitter.
 *
 * <p>What may be retried depends on whether the service could have acted: a 429, or a 503 that carries
 * {@code Retry-After}, means the request was refused before it ran ("throttled"), so even a create (POST) is
 * retried. A 503 without it, a 504, a reset connection or a timeout may come after the service acted, so only
 * idempotent requests (GET, PATCH with its full state, DELETE, PUT) are retried then.
 *
 * <p>How long: sustained throttling is the normal state against Intune (100 writes per 20 s per tenant), so a
 * throttled request is retried for as long as the time budget {@code maxTotal} allows, however many attempts that
 * takes; {@code maxAttempts} bounds only the other failures. A {@code Retry-After} is waited out exactly plus up to
 * a tenth more (so that callers throttled together do not all come back at the same instant), and past
 * {@code maxAttempts} at least {@code baseDelay} (a service asking again and again for no wait); one that reaches past
 * the budget ends the retries at once, since waiting part of it is of no use. A backoff is cut to what is left of
 * the budget, so that the last attempt starts when the budget ends.
 *
 * @param maxAttempts attempts in all, the first included, for failures other than throttling; at least 1
 * @param maxTotal    the time budget: time from the first attempt after which no new attempt starts
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

    /**
     * Throttling retried within 60 s, other failures in 4 attempts within them; backoff from 0.5 s up to 16 s.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(16));
    }

    /** No retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** This policy with another time budget. */
    public RetryPolicy withMaxTotal(Duration maxTotal) {
        return new RetryPolicy(maxAttempts, maxTotal, baseDelay, maxDelay);
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

    /** What to do after a failed attempt. */
    public sealed interface Decision {
        /** Send it again after {@code delay}. */
        record Retry(Duration delay) implements Decision {}

        /** A failure that is retried in general, but not this time: {@code reason} says why, as a clause. */
        record GiveUp(String reason) implements Decision {
            public GiveUp {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** A failure that is never retried (a 4xx other than 429, a 500): the caller's to handle, nothing to log. */
        record Final() implements Decision {}
    }

    /** Whether {@code failure} says the service refused the request before running it: 429, or 503 with Retry-After. */
    public static boolean throttled(Failure failure) {
        return failure instanceof Failure.Status status
                && (status.code() == 429
                        || status.code() == 503 && status.retryAfter().isDefined());
    }

    /** Whether {@code failure} may be retried for a request that is, or is not, idempotent. */
    public static boolean retryable(Failure failure, boolean idempotent) {
        return transientFailure(failure) && (idempotent || throttled(failure));
    }

    /**
     * The wait before the next attempt, or none to give up; {@link #decide} says why.
     *
     * @param attemptsMade how many attempts were made, at least 1
     * @param elapsed      time since the first attempt started
     * @param failure      how the last attempt failed
     * @param idempotent   whether the request may run twice without harm
     * @param random       a uniform value in [0, 1) for the jitter
     */
    public Option<Duration> nextDelay(
            int attemptsMade, Duration elapsed, Failure failure, boolean idempotent, DoubleSupplier random) {
        return decide(attemptsMade, elapsed, failure, idempotent, random) instanceof Decision.Retry retry
                ? Option.some(retry.delay())
                : Option.none();
    }

    /** What to do after a failed attempt (the parameters as for {@link #nextDelay}). */
    public Decision decide(
            int attemptsMade, Duration elapsed, Failure failure, boolean idempotent, DoubleSupplier random) {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(failure, "failure");
        if (!transientFailure(failure)) {
            return new Decision.Final();
        }
        boolean throttled = throttled(failure);
        if (!idempotent && !throttled) {
            return new Decision.GiveUp("it is not idempotent and the service may have acted on it");
        }
        if (!throttled && attemptsMade >= maxAttempts) {
            return new Decision.GiveUp("the most attempts for a failure other than throttling (" + maxAttempts + ")");
        }
        Duration left = maxTotal.minus(elapsed);
        if (left.isNegative() || left.isZero()) {
            return new Decision.GiveUp("the time budget of " + Text.duration(maxTotal) + " is spent");
        }
        var retryAfter = failure instanceof Failure.Status status ? status.retryAfter() : Option.<Duration>none();
        double r = clamp(random.getAsDouble());
        Duration wait;
        if (throttled && retryAfter.isDefined()) {
            Duration asked = retryAfter.get();
            if (asked.compareTo(left) > 0) {
                return new Decision.GiveUp("Retry-After " + Text.duration(asked) + " reaches past the time budget ("
                        + Text.duration(left) + " left of " + Text.duration(maxTotal) + ")");
            }
            wait = asked.plus(Duration.ofNanos((long) (asked.toNanos() * 0.1 * r)));
            if (attemptsMade >= maxAttempts) { // a service asking again and again for no wait is not hammered
                wait = max(wait, baseDelay);
            }
        } else {
            wait = jittered(attemptsMade, r);
        }
        return new Decision.Retry(min(wait, left));
    }

    /** 429, 503, 504 and no answer: what may pass when tried again. */
    private static boolean transientFailure(Failure failure) {
        return !(failure instanceof Failure.Status status)
                || status.code() == 429
                || status.code() == 503
                || status.code() == 504;
    }

    /** Full jitter: uniform in [0, min(maxDelay, baseDelay * 2^(attempt - 1))). */
    private Duration jittered(int attemptsMade, double random) {
        long ceiling = baseDelay.toNanos();
        for (int i = 1; i < attemptsMade && ceiling < maxDelay.toNanos(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxDelay.toNanos());
        return Duration.ofNanos((long) (ceiling * random));
    }

    private static double clamp(double random) {
        return Math.max(0, Math.min(random, 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
