package io.devicestatus.adapter.graph.http;

/**
 * Told of every request the API answered (not of the requests inside a {@code $batch}: the batch is one exchange),
 * on the thread that answered it: an access log, metrics. It must be quick and must not throw.
 */
@FunctionalInterface
public interface ApiObserver {

    void exchanged(ApiExchange exchange);

    /** An observer that records nothing. */
    static ApiObserver none() {
        return exchange -> {};
    }
}
