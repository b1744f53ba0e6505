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
 */
public record GraphClientSettings(
        GraphBaseUrl baseUrl, Duration connectTimeout, Duration requestTimeout, RetryPolicy retry, String userAgent) {

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
    }

    /** Connect within 10 s, each attempt within 30 s, {@link RetryPolicy#defaults()}, user agent "device-status". */
    public static GraphClientSettings defaults(GraphBaseUrl baseUrl) {
        return new GraphClientSettings(
                baseUrl, Duration.ofSeconds(10), Duration.ofSeconds(30), RetryPolicy.defaults(), "device-status");
    }

    /** These settings with another retry policy. */
    public GraphClientSettings withRetry(RetryPolicy retry) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent);
    }

    /** These settings with another connect timeout. */
    public GraphClientSettings withConnectTimeout(Duration connectTimeout) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent);
    }

    /** These settings with another timeout of each attempt. */
    public GraphClientSettings withRequestTimeout(Duration requestTimeout) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent);
    }

    /** These settings with another user agent. */
    public GraphClientSettings withUserAgent(String userAgent) {
        return new GraphClientSettings(baseUrl, connectTimeout, requestTimeout, retry, userAgent);
    }
}
