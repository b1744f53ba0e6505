package io.devicestatus.adapter.graph.client;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * The transport of the outbound Graph adapter: sends {@link GraphRequest}s to one service root with a fresh token
 * and {@code client-request-id} per attempt, retries per {@link RetryPolicy}, follows {@code @odata.nextLink} lazily
 * and batches writes through {@code $batch}. Failures are values ({@link GraphFailure}); nothing is thrown for what
 * the network or the service does.
 *
 * <p>Tokens go only to the base URL's origin: an absolute target elsewhere is refused, redirects are not followed,
 * and a token is never logged nor put into a failure. Log lines: DEBUG one per attempt, WARN one per retry; bodies
 * are never logged.
 *
 * <p>Thread-safe: one client serves any number of threads (Java's {@link HttpClient} pools the connections).
 */
public final class GraphClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);
    /** An absolute URL starts with a scheme; a relative target cannot (its first segment is a version). */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.]+");
    /** What a batch item is retried for, on its own, when the policy allows it for the item's method. */
    private static final Set<Integer> ITEM_RETRY = Set.of(429, 503, 504);
    private static final String NOT_SENT = "not sent: an earlier request of the batch failed";

    private final GraphClientSettings settings;
    private final AccessTokenProvider tokens;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final HttpClient http;
    private volatile boolean closed;

    /**
     * A client of the service at {@code settings.baseUrl()}. HTTP/2 is preferred where the server offers it (over
     * TLS, by ALPN), HTTP/1.1 otherwise.
     */
    public GraphClient(GraphClientSettings settings, AccessTokenProvider tokens) {
        this(settings, tokens, Clock.systemUTC(), Sleeper.real(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** For tests: a clock for {@code Retry-After} dates and the retry budget, the waits, and the jitter. */
    GraphClient(GraphClientSettings settings, AccessTokenProvider tokens, Clock clock, Sleeper sleeper,
                DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
        Objects.requireNonNull(request, "request");
        if (closed) {
            return Either.left(refused(request, "the client is closed"));
        }
        var uri = resolve(request.target());
        if (uri.isLeft()) {
            return Either.left(refused(request, uri.getLeft()));
        }
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            var outcome = attempt(request, uri.get(), attempt);
            if (outcome.isRight()) {
                return outcome;
            }
            var failure = outcome.getLeft();
            int made = attempt;
            var wait = retryKind(failure).flatMap(kind -> settings.retry().nextDelay(
                    made, Duration.between(start, clock.instant()), kind, request.idempotent(), random));
            if (wait.isEmpty() || Thread.currentThread().isInterrupted()) {
                return outcome;
            }
            LOG.warn("{} {} failed: {}; attempt {} in {} (client-request-id of the failed attempt {})",
                    request.method(), request.target(), what(failure), attempt + 1, Text.duration(wait.get()),
                    failure.clientRequestId());
            if (!pause(wait.get())) {
                return outcome;
            }
        }
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
        return Iterator.ofAll(new Pages(firstTarget));
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
     * {@code Retry-After}s or the policy's backoff, within the policy's attempts (counted per item) and total time,
     * and by its idempotency rules: a POST item only after a 429 or a 503 with {@code Retry-After}. With
     * {@code sequential}, the items that were answered 424 because of such an item go again with it, in order. The
     * {@code $batch} request itself is a POST, and is retried only when the service certainly did not act on it;
     * when it fails for good, each of its items has that failure, and no later chunk is sent.
     *
     * @return one result per request, in input order; Left when the very first {@code $batch} request failed so
     *     that no item was answered (whether the service acted on any is then unknown, except for a Refused)
     */
    public Either<GraphFailure, Seq<Either<GraphFailure, GraphResponse>>> batch(String version,
                                                                             Seq<GraphRequest> requests,
                                                                             boolean sequential) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requests, "requests");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("'" + version + "' is no API version such as v1.0 or beta");
        }
        requests.forEach(GraphBatch::check);
        var results = Vector.<Either<GraphFailure, GraphResponse>>empty();
        boolean stopped = false;
        for (var chunk : GraphBatch.chunks(requests)) {
            if (stopped) {
                results = results.appendAll(chunk.map(request -> Either.left(refused(request, NOT_SENT))));
                continue;
            }
            var outcome = chunk(version + "/$batch", chunk, sequential);
            if (results.isEmpty() && outcome.unanswered().isDefined()) {
                return Either.left(outcome.unanswered().get());
            }
            results = results.appendAll(outcome.results());
            stopped = outcome.batchFailed() || sequential && outcome.results().exists(Either::isLeft);
        }
        return Either.right(results);
    }

    /** Marks the client closed: later requests are refused. (Java 17's HttpClient has nothing to close.) */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "GraphClient[" + settings.baseUrl().root() + (closed ? ", closed" : "") + "]";
    }

    // ---- one attempt ----

    private Either<GraphFailure, GraphResponse> attempt(GraphRequest request, URI uri, int attempt) {
        String clientRequestId = UUID.randomUUID().toString();
        var token = token();
        if (token.isLeft()) {
            return Either.left(new GraphFailure.Refused(request.method(), request.target(), token.getLeft(),
                    clientRequestId));
        }
        var body = request.body();
        var builder = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .method(request.method(), body.map(HttpRequest.BodyPublishers::ofByteArray)
                        .getOrElse(HttpRequest.BodyPublishers::noBody))
                .header("Authorization", "Bearer " + token.get())
                .header("client-request-id", clientRequestId)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json");
        if (body.isDefined()) {
            builder.header("Content-Type", "application/json");
        }
        request.headers().forEach(builder::setHeader);
        long started = System.nanoTime();
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            var headers = headers(response.headers());
            var requestId = headers.get("request-id");
            int status = response.statusCode();
            LOG.debug("{} {} -> {} in {} ms (attempt {}, client-request-id {}, request-id {})", request.method(),
                    request.target(), status, millisSince(started), attempt, clientRequestId, requestId.getOrElse("-"));
            if (GraphErrors.success(status)) {
                return Either.right(new GraphResponse(status, headers, response.body(), clientRequestId, requestId,
                        request.method(), request.target()));
            }
            return Either.left(GraphErrors.answered(request.method(), request.target(), status, headers,
                    response.body(), clientRequestId, attempt, clock.instant()));
        } catch (HttpConnectTimeoutException e) {
            return noAnswer(request, "connect timed out after " + Text.duration(settings.connectTimeout()),
                    clientRequestId, attempt, started);
        } catch (HttpTimeoutException e) {
            return noAnswer(request, "timed out: no answer within the request timeout of "
                    + Text.duration(settings.requestTimeout()), clientRequestId, attempt, started);
        } catch (ConnectException e) {
            return noAnswer(request, "connection refused or unreachable (" + describe(e) + ")", clientRequestId,
                    attempt, started);
        } catch (IOException e) {
            return noAnswer(request, "connection failed, reset or closed (" + describe(e) + ")", clientRequestId,
                    attempt, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return noAnswer(request, "interrupted while waiting for the answer", clientRequestId, attempt, started);
        }
    }

    /** The token, or why there is none; the provider's exception keeps its class and message, never a token. */
    private Either<String, String> token() {
        String token;
        try {
            token = tokens.accessToken();
        } catch (RuntimeException e) {
            return Either.left("the access-token provider failed: " + describe(e));
        }
        if (token == null || token.isBlank()) {
            return Either.left("the access-token provider gave no token");
        }
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Either.left("the access-token provider gave a token with characters an HTTP header cannot carry");
        }
        return Either.right(token);
    }

    private Either<GraphFailure, GraphResponse> noAnswer(GraphRequest request, String reason, String clientRequestId,
                                                         int attempt, long started) {
        LOG.debug("{} {} -> no answer in {} ms: {} (attempt {}, client-request-id {})", request.method(),
                request.target(), millisSince(started), reason, attempt, clientRequestId);
        return Either.left(new GraphFailure.NoAnswer(request.method(), request.target(), reason, clientRequestId,
                attempt));
    }

    /**
     * A relative target under the base URL, or an absolute one at the base URL's origin (scheme, host, port): a
     * nextLink elsewhere would carry the token there.
     */
    private Either<String, URI> resolve(String target) {
        URI base = settings.baseUrl().root();
        boolean absolute = ABSOLUTE.matcher(target).matches();
        URI uri;
        try {
            uri = new URI(absolute ? target : base + "/" + (target.startsWith("/") ? target.substring(1) : target));
        } catch (URISyntaxException e) {
            return Either.left("the target is not a valid, percent-encoded URI reference (" + e.getReason() + ")");
        }
        if (absolute && !(uri.getScheme().equalsIgnoreCase(base.getScheme()) && uri.getRawUserInfo() == null
                && base.getHost().equalsIgnoreCase(uri.getHost()) && port(uri) == port(base))) {
            return Either.left("the URL is not at the base URL's origin " + base.getScheme() + "://"
                    + base.getRawAuthority() + ", and would receive the access token");
        }
        return Either.right(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    // ---- batches ----

    /**
     * What one chunk came to.
     *
     * @param results     one per request of the chunk
     * @param unanswered  the failure of its first {@code $batch} request, when no item was answered at all
     * @param batchFailed whether a {@code $batch} request of the chunk failed as a whole
     */
    private record ChunkOutcome(Seq<Either<GraphFailure, GraphResponse>> results, Option<GraphFailure> unanswered,
                                boolean batchFailed) {
    }

    private ChunkOutcome chunk(String target, Seq<GraphRequest> chunk, boolean sequential) {
        List<Either<GraphFailure, GraphResponse>> results = new ArrayList<>(Collections.nCopies(chunk.size(), null));
        int[] sent = new int[chunk.size()];
        Seq<Integer> pending = Vector.range(0, chunk.size());
        Instant start = clock.instant();
        boolean answered = false;
        while (true) {
            var items = pending.map(i -> Tuple.of(id(i), chunk.get(i)));
            var outcome = send(GraphRequest.post(target, GraphBatch.requestBody(items, sequential)))
                    .flatMap(response -> response.json().flatMap(json -> GraphBatch.responses(json)
                            .<GraphFailure>mapLeft(response::malformed)
                            .map(byId -> Tuple.of(response, byId))));
            if (outcome.isLeft()) {
                var failure = outcome.getLeft();
                pending.forEach(i -> results.set(i, Either.left(failure)));
                return new ChunkOutcome(Vector.ofAll(results), answered ? Option.none() : Option.some(failure), true);
            }
            answered = true;
            var carrier = outcome.get()._1;
            var byId = outcome.get()._2;
            Instant now = clock.instant();
            for (int i : pending) {
                sent[i]++;
                results.set(i, GraphBatch.result(chunk.get(i), id(i), byId.get(id(i)), carrier, sent[i], now));
            }
            var again = retryPlan(chunk, pending, results, sent, Duration.between(start, now), sequential);
            if (again.isEmpty()) {
                return new ChunkOutcome(Vector.ofAll(results), Option.none(), false);
            }
            var retried = again.get()._1;
            LOG.warn("POST {}: items {} answered {}; sending them again in {} (client-request-id of the batch {})",
                    target, retried.map(GraphClient::id).mkString(", "),
                    retried.map(i -> status(results.get(i))).mkString(", "), Text.duration(again.get()._2),
                    carrier.clientRequestId());
            if (!pause(again.get()._2)) {
                return new ChunkOutcome(Vector.ofAll(results), Option.none(), false);
            }
            pending = retried;
        }
    }

    /** Which items go again and after how long; none when no item may. */
    private Option<Tuple2<Seq<Integer>, Duration>> retryPlan(Seq<GraphRequest> chunk, Seq<Integer> pending,
                                                             List<Either<GraphFailure, GraphResponse>> results,
                                                             int[] sent, Duration elapsed, boolean sequential) {
        if (sequential) {
            // Graph ran the items in order: the first failure is the cause, the 424s after it its consequence
            var first = pending.find(i -> results.get(i).isLeft());
            if (first.isEmpty()) {
                return Option.none();
            }
            int cause = first.get();
            return itemDelay(chunk.get(cause), results.get(cause).getLeft(), sent[cause], elapsed)
                    .map(wait -> Tuple.of(pending.filter(i -> i == cause
                            || i > cause && status(results.get(i)).equals("424")), wait));
        }
        Seq<Integer> again = Vector.empty();
        Duration wait = Duration.ZERO;
        for (int i : pending) {
            if (results.get(i).isLeft()) {
                var delay = itemDelay(chunk.get(i), results.get(i).getLeft(), sent[i], elapsed);
                if (delay.isDefined()) {
                    again = again.append(i);
                    wait = delay.get().compareTo(wait) > 0 ? delay.get() : wait;
                }
            }
        }
        return again.isEmpty() ? Option.none() : Option.some(Tuple.of(again, wait));
    }

    private Option<Duration> itemDelay(GraphRequest item, GraphFailure failure, int attempts, Duration elapsed) {
        if (failure instanceof GraphFailure.Answered answered && ITEM_RETRY.contains(answered.status())) {
            return settings.retry().nextDelay(attempts, elapsed,
                    new RetryPolicy.Failure.Status(answered.status(), answered.retryAfter()), item.idempotent(), random);
        }
        return Option.none();
    }

    private static String id(int index) {
        return String.valueOf(index + 1);
    }

    private static String status(Either<GraphFailure, GraphResponse> result) {
        return result.fold(failure -> failure instanceof GraphFailure.Answered answered
                ? String.valueOf(answered.status()) : "-", response -> String.valueOf(response.status()));
    }

    // ---- pages ----

    /** Holds the next page's target, or the one page fetched and not yet taken. */
    private final class Pages implements java.util.Iterator<Either<GraphFailure, GraphPage>> {

        private Option<String> next;
        private Either<GraphFailure, GraphPage> fetched;

        Pages(String first) {
            this.next = Option.some(first);
        }

        @Override
        public boolean hasNext() {
            if (fetched == null && next.isDefined()) {
                fetched = page(next.get());
                next = fetched.fold(failure -> Option.none(), GraphPage::nextLink);
            }
            return fetched != null;
        }

        @Override
        public Either<GraphFailure, GraphPage> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more pages");
            }
            var page = fetched;
            fetched = null;
            return page;
        }
    }

    // ---- helpers ----

    /** How a failure counts for the retry policy; none for what is never retried (refused, malformed). */
    private static Option<RetryPolicy.Failure> retryKind(GraphFailure failure) {
        if (failure instanceof GraphFailure.Answered answered) {
            return Option.some(new RetryPolicy.Failure.Status(answered.status(), answered.retryAfter()));
        }
        if (failure instanceof GraphFailure.NoAnswer) {
            return Option.some(new RetryPolicy.Failure.NoAnswer());
        }
        return Option.none();
    }

    private static String what(GraphFailure failure) {
        if (failure instanceof GraphFailure.Answered answered) {
            return answered.status() + (answered.code().equals("HTTP " + answered.status()) ? "" : " " + answered.code())
                    + answered.retryAfter().map(wait -> " (Retry-After " + Text.duration(wait) + ")").getOrElse("");
        }
        if (failure instanceof GraphFailure.NoAnswer noAnswer) {
            return noAnswer.reason();
        }
        return failure.message();
    }

    private boolean pause(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private GraphFailure.Refused refused(GraphRequest request, String reason) {
        return new GraphFailure.Refused(request.method(), request.target(), reason, UUID.randomUUID().toString());
    }

    /** Lower-case names, first values; HTTP/2 pseudo-headers left out. */
    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> result = LinkedHashMap.empty();
        for (var entry : headers.map().entrySet()) {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (!name.startsWith(":") && !entry.getValue().isEmpty() && !result.containsKey(name)) {
                result = result.put(name, entry.getValue().get(0));
            }
        }
        return result;
    }

    private static String describe(Exception e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + Text.oneLine(e.getMessage(), 300));
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
