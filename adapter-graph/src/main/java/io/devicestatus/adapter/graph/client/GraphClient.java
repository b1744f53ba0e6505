package io.devicestatus.adapter.graph.client;

import io.vavr.collection.Iterator;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/**
 * The outbound Graph client: sends {@link GraphRequest}s to one service root and answers values, never throwing for
 * what the network or the service does ({@link GraphFailure}). It puts together, as Microsoft's SDK core does, one
 * type per job:
 *
 * <ul>
 *     <li>{@link HttpTransport}: one attempt, with a fresh token and {@code client-request-id};</li>
 *     <li>{@link RetryHandler}: the middleware around it that retries per the settings' {@link RetryPolicy},
 *     honouring {@code Retry-After} within the time budget;</li>
 *     <li>{@link PageIterator}: a collection's pages, lazily by {@code @odata.nextLink};</li>
 *     <li>{@link GraphBatch} (a batch's content) and {@link BatchSender} (chunks, and per-item retries).</li>
 * </ul>
 *
 * <p>Tokens go only to the base URL's origin: an absolute target elsewhere is refused, redirects are not followed,
 * and a token is never logged nor put into a failure. Log lines: DEBUG one per attempt, INFO one per retry, WARN one
 * when a retried failure is given up; bodies are never logged.
 *
 * <p>Thread-safe: one client serves any number of threads (Java's {@link HttpClient} pools the connections).
 */
public final class GraphClient implements AutoCloseable {

    private final GraphClientSettings settings;
    private final HttpTransport transport;
    private final GraphTransport retrying;
    private final BatchSender batches;
    /** Sends the chunks of a batch call beyond the first, when they may go at once; idle threads end after 60 s. */
    private final ExecutorService chunkThreads;

    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * A client of the service at {@code settings.baseUrl()}. HTTP/2 is preferred where the server offers it (over
     * TLS, by ALPN), HTTP/1.1 otherwise.
     */
    public GraphClient(GraphClientSettings settings, AccessTokenProvider tokens) {
        this(
                settings,
                tokens,
                Clock.systemUTC(),
                Sleeper.real(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** For tests: a clock for {@code Retry-After} dates and the retry budget, the waits, and the jitter. */
    GraphClient(
            GraphClientSettings settings,
            AccessTokenProvider tokens,
            Clock clock,
            Sleeper sleeper,
            DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        var backoff = new Backoff(settings.retry(), clock, sleeper, random);
        this.transport = new HttpTransport(settings, tokens, clock);
        this.retrying = new RetryHandler(transport, backoff);
        this.chunkThreads = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "graph-batch-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.batches = new BatchSender(retrying, backoff, chunkThreads);
    }

    /** Where requests go. */
    public GraphBaseUrl baseUrl() {
        return settings.baseUrl();
    }

    /**
     * Sends one request, retrying per the settings' {@link RetryPolicy} (whether it may be repeated after an
     * ambiguous failure follows from {@link GraphRequest#idempotent()}). Each attempt asks the token provider anew and
     * carries a fresh random {@code client-request-id}, {@code Accept: application/json} and, with a body,
     * {@code Content-Type: application/json}.
     *
     * @return the answer when it is below 400 and no redirect; otherwise why not, after the last attempt
     */
    public Either<GraphFailure, GraphResponse> send(GraphRequest request) {
        return retrying.send(Objects.requireNonNull(request, "request"), 1);
    }

    /**
     * The pages of a collection, lazily: the first request is sent on the first {@code hasNext()}, and each next page
     * (from {@code @odata.nextLink}, an opaque absolute URL that must be at the base URL's origin) only when
     * {@code hasNext()} is asked after the current page was taken. One page is held at a time. A failure is the last
     * element.
     *
     * @param firstTarget the collection's target, with any query options, e.g. {@code v1.0/deviceManagement/iosUpdateStatuses?$top=100}
     */
    public Iterator<Either<GraphFailure, GraphPage>> pages(String firstTarget) {
        Objects.requireNonNull(firstTarget, "firstTarget");
        return Iterator.ofAll(new PageIterator(this::page, firstTarget));
    }

    /** One page, for callers that keep the {@code @odata.nextLink} themselves; a non-page answer is Malformed. */
    public Either<GraphFailure, GraphPage> page(String target) {
        return send(GraphRequest.get(target)).flatMap(GraphPage::of);
    }

    /**
     * Sends {@code requests} through {@code POST {version}/$batch}, at most {@value GraphBatch#MAX_REQUESTS} per batch
     * ("chunk"), the chunks one after the other. Each request's target is a path relative to the version root,
     * starting with {@code /}, and its body, if any, JSON; otherwise {@link IllegalArgumentException} before anything
     * is sent. Items are numbered "1".."n" in each chunk.
     *
     * <p>With {@code sequential}, each item depends on the one before it in its chunk: Graph runs them in order and
     * answers 424 for every item after a failed one; the chunks after a chunk with a failure are not sent (their
     * requests are {@link GraphFailure.Refused}). Without it, the items are independent.
     *
     * <p>Items answered 429, 503 or 504 are sent again on their own in a new batch, after the longest of their
     * {@code Retry-After}s or the policy's backoff, within the policy's time budget (throttled items) and attempts
     * (counted per item, for the other failures), and by its idempotency rules: a POST item only after a 429 or a 503 with {@code Retry-After}. With
     * {@code sequential}, the items that were answered 424 because of such an item go again with it, in order. The
     * {@code $batch} request itself is a POST, and is retried only when the service certainly did not act on it;
     * when it fails for good, each of its items has that failure, and no later chunk is sent.
     *
     * @return one result per request, in input order; Left when the very first {@code $batch} request failed so
     *     that no item was answered (whether the service acted on any is then unknown, except for a Refused)
     */
    public Either<GraphFailure, Seq<Either<GraphFailure, GraphResponse>>> batch(
            String version, Seq<GraphRequest> requests, boolean sequential) {
        return batches.send(version, requests, sequential, 1);
    }

    /**
     * As {@link #batch(String, Seq, boolean)}, but with {@code chunksAtOnce}, the chunks go up to the settings'
     * {@link GraphClientSettings#batchChunks()} at a time, each on its own connection, and the next ones when those
     * are done: for requests whose order across chunks does not matter (each status written once). Within a chunk,
     * {@code sequential} still orders the items; after a chunk with a failure, the chunks sent with it are answered
     * as they were, and no later one is sent. Left only when no chunk of the first ones sent was answered.
     */
    public Either<GraphFailure, Seq<Either<GraphFailure, GraphResponse>>> batch(
            String version, Seq<GraphRequest> requests, boolean sequential, boolean chunksAtOnce) {
        return batches.send(version, requests, sequential, chunksAtOnce ? settings.batchChunks() : 1);
    }

    /** Marks the client closed: later requests are refused. (Java 17's HttpClient has nothing to close.) */
    @Override
    public void close() {
        transport.close();
        chunkThreads.shutdown();
    }

    @Override
    public String toString() {
        return "GraphClient[" + settings.baseUrl().root() + (transport.closed() ? ", closed" : "") + "]";
    }
}
