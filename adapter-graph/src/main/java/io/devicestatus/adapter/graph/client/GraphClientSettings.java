package io.devicestatus.adapter.graph.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link GraphClient} talks to its service.
 *
 * @param baseUrl        the service root; checked again here (https, or http on loopback only), since
 *                       {@link GraphBaseUrl}'s constructor takes any URI
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout how long one HTTP attempt may take until its response headers arrive; each retry has its own
 * @param retry          when and how often a failed attempt is repeated
 * @param userAgent      the {@code User-Agent} sent with every request
 * @param batchChunks    how many {@code $batch} requests of one call may be under way at once, when the caller says
 *                       its chunks are independent ({@link GraphClient#batch(String, io.vavr.collection.Seq, boolean,
 *                       boolean)}); at least 1
 */
public record GraphClientSettings(
        GraphBaseUrl baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retry,
        String userAgent,
        int batchChunks) {

    /**
     * Enough to hide a round trip of some tens of milliseconds (bench/graph.sh: 4 at a time reached 22 times one
     * request per status at 20 ms, 8 at a time 34 times); not more, since each {@code $batch} carries up to 20 writes
     * against the tenant's throttling limit, and more in flight only meets it sooner.
     */
    public static final int DEFAULT_BATCH_CHUNKS = 8;

    public GraphClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(userAgent, "userAgent");
        var checked = GraphBaseUrl.of(baseUrl.root());
        if (checked.isLeft()) {
            throw new IllegalArgumentException(checked.getLeft());
        }
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the user agent must be non-blank printable ASCII");
        }
        if (batchChunks < 1 || batchChunks > 20) {
            throw new IllegalArgumentException("batchChunks must be 1 to 20, not " + batchChunks);
        }
    }

    /** With {@value #DEFAULT_BATCH_CHUNKS} {@code $batch} requests at once. */
    public GraphClientSettings(
            GraphBaseUrl baseUrl,
            Duration connectTimeout,
            Duration requestTimeout,
            RetryPolicy retry,
            String userAgent) {
        this(baseUrl, connectTimeout, requestTimeout, retry, userAgent, DEFAULT_BATCH_CHUNKS);
    }

    /**
     * Connect within 10 s, each attempt within 30 s, {@link RetryPolicy#defaults()}, user agent "device-status",
     * {@value #DEFAULT_BATCH_CHUNKS} {@code $batch} requests at once.
     */
    public static GraphClientSettings defaults(GraphBaseUrl baseUrl) {
        return new GraphClientSettings(
                baseUrl, Duration.ofSeconds(10), Duration.ofSeconds(30), RetryPolicy.defaults(), "device-status");
    }

    /** These settings with another retry policy. */
    public GraphClientSettings withRetry(RetryPolicy retry) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent, batchChunks);
    }

    /** These settings with another connect timeout. */
    public GraphClientSettings withConnectTimeout(Duration connectTimeout) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent, batchChunks);
    }

    /** These settings with another timeout of each attempt. */
    public GraphClientSettings withRequestTimeout(Duration requestTimeout) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent, batchChunks);
    }

    /** These settings with another user agent. */
    public GraphClientSettings withUserAgent(String userAgent) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent, batchChunks);
    }

    /** These settings with another number of {@code $batch} requests under way at once. */
    public GraphClientSettings withBatchChunks(int batchChunks) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent, batchChunks);
    }
}
