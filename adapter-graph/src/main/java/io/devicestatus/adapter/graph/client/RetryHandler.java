package io.devicestatus.adapter.graph.client;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry middleware (Microsoft's SDK has a {@code RetryHandler} in the same place): wraps a transport and sends a
 * failed request again while the {@link RetryPolicy} allows it, after the answer's {@code Retry-After} or the
 * policy's backoff: throttling within the time budget, other transient failures also within the attempts. Whether a
 * request may be repeated after an ambiguous failure follows from {@link GraphRequest#idempotent()}. An interrupt
 * ends the retries; the last failure is the answer.
 *
 * <p>Logs one INFO line per retry (throttling is the normal state against Intune), and one WARN line when it gives
 * up on a failure that is retried in general: the request (method and target), the attempts, the time spent and why.
 * Both name the failed attempt's {@code client-request-id}.
 */
final class RetryHandler implements GraphTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RetryHandler.class);

    private final GraphTransport next;
    private final Backoff backoff;

    RetryHandler(GraphTransport next, Backoff backoff) {
        this.next = Objects.requireNonNull(next, "next");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /** Sends {@code request} from attempt {@code first} on, until an answer, or until the policy gives up. */
    @Override
    public Either<GraphFailure, GraphResponse> send(GraphRequest request, int first) {
        Objects.requireNonNull(request, "request");
        Instant start = backoff.now();
        for (int attempt = first; ; attempt++) {
            var outcome = next.send(request, attempt);
            if (outcome.isRight()) {
                return outcome;
            }
            var failure = outcome.getLeft();
            var decision = backoff.decide(failure, attempt, start, request.idempotent());
            if (decision instanceof RetryPolicy.Decision.GiveUp giveUp) {
                gaveUp(request, failure, attempt, start, giveUp.reason());
                return outcome;
            }
            if (!(decision instanceof RetryPolicy.Decision.Retry retry)) {
                return outcome;
            }
            if (Thread.currentThread().isInterrupted()) {
                gaveUp(request, failure, attempt, start, "the thread was interrupted");
                return outcome;
            }
            LOG.info(
                    "{} {} failed: {}; attempt {} in {} (client-request-id of the failed attempt {})",
                    request.method(),
                    request.target(),
                    what(failure),
                    attempt + 1,
                    Text.duration(retry.delay()),
                    failure.clientRequestId());
            if (!backoff.pause(retry.delay())) {
                gaveUp(request, failure, attempt, start, "the thread was interrupted");
                return outcome;
            }
        }
    }

    private void gaveUp(GraphRequest request, GraphFailure failure, int attempts, Instant start, String why) {
        LOG.warn(
                "{} {}: giving up after {} {} in {}: {}; the last failed: {} (client-request-id {})",
                request.method(),
                request.target(),
                attempts,
                attempts == 1 ? "attempt" : "attempts",
                Text.duration(backoff.since(start)),
                why,
                what(failure),
                failure.clientRequestId());
    }

    static String what(GraphFailure failure) {
        if (failure instanceof GraphFailure.Answered answered) {
            return answered.status()
                    + (answered.code().equals("HTTP " + answered.status()) ? "" : " " + answered.code())
                    + answered.retryAfter()
                            .map(wait -> " (Retry-After " + Text.duration(wait) + ")")
                            .getOrElse("");
        }
        if (failure instanceof GraphFailure.NoAnswer noAnswer) {
            return noAnswer.reason();
        }
        return failure.message();
    }
}
