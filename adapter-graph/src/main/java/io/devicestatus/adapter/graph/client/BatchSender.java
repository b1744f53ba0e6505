package io.devicestatus.adapter.graph.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests through {@code $batch} ({@link GraphClient#batch} says what is promised): cuts them into chunks of
 * {@value GraphBatch#MAX_REQUESTS}, sends each chunk's {@link GraphBatch} body through the retrying transport (a few
 * chunks at once when the caller allows it, the next few when they are done), and
 * sends throttled items again on their own, after the longest of their waits, within the policy's time budget
 * (throttled items) and attempts (counted per item, for the other failures). Logs one INFO line per round of item retries, one WARN line per item given up.
 */
final class BatchSender {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.]+");
    /** What a batch item is retried for, on its own, when the policy allows it for the item's method. */
    private static final Set<Integer> ITEM_RETRY = HashSet.of(429, 503, 504);

    private static final String NOT_SENT = "not sent: an earlier request of the batch failed";

    private final GraphTransport transport;
    private final Backoff backoff;
    private final Executor executor;

    /**
     * @param transport sends each {@code $batch} request, retrying it as a whole where that is safe
     * @param executor  runs the chunks sent alongside the first, when a call allows several at once
     */
    BatchSender(GraphTransport transport, Backoff backoff, Executor executor) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** See {@link GraphClient#batch}; {@code atOnce} chunks are sent together, then the next ones. */
    Either<GraphFailure, Seq<Either<GraphFailure, GraphResponse>>> send(
            String version, Seq<GraphRequest> requests, boolean sequential, int atOnce) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requests, "requests");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("'" + version + "' is no API version such as v1.0 or beta");
        }
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one chunk at a time, not " + atOnce);
        }
        requests.forEach(GraphBatch::check);
        String target = version + "/" + GraphPaths.BATCH;
        var results = Vector.<Either<GraphFailure, GraphResponse>>empty();
        boolean stopped = false;
        for (var wave : GraphBatch.chunks(requests).grouped(atOnce)) {
            if (stopped) {
                results = results.appendAll(wave.flatMap(
                        chunk -> chunk.map(request -> Either.left(HttpTransport.refused(request, NOT_SENT)))));
                continue;
            }
            var outcomes = together(wave, chunk -> chunk(target, chunk, sequential));
            // Left only when nothing at all was answered: a chunk sent alongside may have been applied
            if (results.isEmpty()
                    && outcomes.forAll(outcome -> outcome.unanswered().isDefined())) {
                return Either.left(outcomes.head().unanswered().get());
            }
            for (var outcome : outcomes) {
                results = results.appendAll(outcome.results());
                stopped = stopped
                        || outcome.batchFailed()
                        || sequential && outcome.results().exists(Either::isLeft);
            }
        }
        return Either.right(results);
    }

    /** {@code work} of each chunk, the first on this thread and the others on the executor at the same time. */
    private Seq<ChunkOutcome> together(Seq<Seq<GraphRequest>> chunks, Function<Seq<GraphRequest>, ChunkOutcome> work) {
        var others = chunks.tail().map(chunk -> CompletableFuture.supplyAsync(() -> work.apply(chunk), executor));
        var first = work.apply(chunks.head());
        return others.map(CompletableFuture::join).prepend(first);
    }

    /**
     * What one chunk came to.
     *
     * @param results     one per request of the chunk
     * @param unanswered  the failure of its first {@code $batch} request, when no item was answered at all
     * @param batchFailed whether a {@code $batch} request of the chunk failed as a whole
     */
    private record ChunkOutcome(
            Seq<Either<GraphFailure, GraphResponse>> results, Option<GraphFailure> unanswered, boolean batchFailed) {}

    /**
     * The items of a chunk as far as they got: each item's latest result and how often it was sent, by index.
     */
    private record Items(
            Seq<GraphRequest> requests,
            Map<Integer, Either<GraphFailure, GraphResponse>> results,
            Map<Integer, Integer> sent) {

        static Items of(Seq<GraphRequest> requests) {
            return new Items(requests, TreeMap.empty(), TreeMap.empty());
        }

        Items failed(Seq<Integer> pending, GraphFailure failure) {
            return new Items(requests, pending.foldLeft(results, (all, i) -> all.put(i, Either.left(failure))), sent);
        }

        Items answered(Seq<Integer> pending, GraphResponse carrier, Map<String, ObjectNode> byId, Instant now) {
            var counted =
                    pending.foldLeft(sent, (all, i) -> all.put(i, all.get(i).getOrElse(0) + 1));
            var answers = pending.foldLeft(
                    results,
                    (all, i) -> all.put(
                            i,
                            GraphBatch.result(
                                    requests.get(i), id(i), byId.get(id(i)), carrier, counted.apply(i), now)));
            return new Items(requests, answers, counted);
        }

        Either<GraphFailure, GraphResponse> result(int index) {
            return results.apply(index);
        }

        int sent(int index) {
            return sent.get(index).getOrElse(0);
        }

        Seq<Either<GraphFailure, GraphResponse>> all() {
            return Vector.range(0, requests.size()).map(this::result);
        }
    }

    private ChunkOutcome chunk(String target, Seq<GraphRequest> chunk, boolean sequential) {
        var items = Items.of(chunk);
        Seq<Integer> pending = Vector.range(0, chunk.size());
        Instant start = backoff.now();
        boolean answered = false;
        while (true) {
            var round = pending.map(i -> Tuple.of(id(i), chunk.get(i)));
            var outcome = transport
                    .send(GraphRequest.post(target, GraphBatch.requestBody(round, sequential)), 1)
                    .flatMap(response -> response.json()
                            .flatMap(json -> GraphBatch.responses(json)
                                    .<GraphFailure>mapLeft(response::malformed)
                                    .map(byId -> Tuple.of(response, byId))));
            if (outcome.isLeft()) {
                var failed = items.failed(pending, outcome.getLeft());
                return new ChunkOutcome(failed.all(), answered ? Option.none() : Option.some(outcome.getLeft()), true);
            }
            answered = true;
            var carrier = outcome.get()._1;
            Instant now = backoff.now();
            items = items.answered(pending, carrier, outcome.get()._2, now);
            var again = retryPlan(target, items, pending, start, sequential);
            if (again.isEmpty()) {
                return new ChunkOutcome(items.all(), Option.none(), false);
            }
            var retried = again.get()._1;
            var latest = items;
            LOG.info(
                    "POST {}: items {} answered {}; sending them again in {} (client-request-id of the batch {})",
                    target,
                    retried.map(BatchSender::id).mkString(", "),
                    retried.map(i -> status(latest.result(i))).mkString(", "),
                    Text.duration(again.get()._2),
                    carrier.clientRequestId());
            if (!backoff.pause(again.get()._2)) {
                return new ChunkOutcome(items.all(), Option.none(), false);
            }
            pending = retried;
        }
    }

    /** Which items go again and after how long; none when no item may. */
    private Option<Tuple2<Seq<Integer>, Duration>> retryPlan(
            String target, Items items, Seq<Integer> pending, Instant start, boolean sequential) {
        if (sequential) {
            // Graph ran the items in order: the first failure is the cause, the 424s after it its consequence
            return pending.find(i -> items.result(i).isLeft())
                    .flatMap(cause -> itemDelay(target, items, cause, start)
                            .map(wait -> Tuple.of(
                                    pending.filter(i -> i.equals(cause)
                                            || i > cause
                                                    && status(items.result(i)).equals("424")),
                                    wait)));
        }
        var delays = pending.flatMap(i -> itemDelay(target, items, i, start).map(wait -> Tuple.of(i, wait)));
        return delays.isEmpty()
                ? Option.none()
                : Option.some(Tuple.of(
                        delays.map(Tuple2::_1), delays.map(Tuple2::_2).max().get()));
    }

    /**
     * How long before item {@code index} goes again; none when it succeeded or may not be retried. Logs a WARN line
     * when an item that failed transiently is given up.
     */
    private Option<Duration> itemDelay(String target, Items items, int index, Instant start) {
        var failed = items.result(index)
                .swap()
                .toOption()
                .filter(failure ->
                        failure instanceof GraphFailure.Answered answered && ITEM_RETRY.contains(answered.status()));
        if (failed.isEmpty()) {
            return Option.none();
        }
        var request = items.requests().get(index);
        var decision = backoff.decide(failed.get(), items.sent(index), start, request.idempotent());
        if (decision instanceof RetryPolicy.Decision.GiveUp giveUp) {
            LOG.warn(
                    "POST {} item {} ({} {}): giving up after {} {} in {}: {}; the last failed: {}"
                            + " (client-request-id of the batch {})",
                    target,
                    id(index),
                    request.method(),
                    request.target(),
                    items.sent(index),
                    items.sent(index) == 1 ? "attempt" : "attempts",
                    Text.duration(backoff.since(start)),
                    giveUp.reason(),
                    RetryHandler.what(failed.get()),
                    failed.get().clientRequestId());
        }
        return decision instanceof RetryPolicy.Decision.Retry retry ? Option.some(retry.delay()) : Option.none();
    }

    private static String id(int index) {
        return String.valueOf(index + 1);
    }

    private static String status(Either<GraphFailure, GraphResponse> result) {
        return result.fold(
                failure -> failure instanceof GraphFailure.Answered answered ? String.valueOf(answered.status()) : "-",
                response -> String.valueOf(response.status()));
    }
}
