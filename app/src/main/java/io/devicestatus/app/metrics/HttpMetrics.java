package io.devicestatus.app.metrics;

import io.devicestatus.adapter.graph.http.ApiExchange;
import io.devicestatus.adapter.graph.http.ApiObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.util.Set;

/**
 * {@code http.server.requests}: one timer per method, route template, status and outcome, with a histogram
 * (quantiles across instances: {@code histogram_quantile}); and {@code http.server.requests.percentiles}, this
 * instance's p50, p95 and p99 per method and route (Prometheus has no series that is both a histogram and a
 * summary, so they are two). Every tag has a bounded set of values: routes come from the API's template table, and
 * a method outside HTTP's registered ones is {@code other}.
 */
public final class HttpMetrics implements ApiObserver {

    public static final String NAME = "http.server.requests";
    public static final String PERCENTILES = NAME + ".percentiles";
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private final Timer.MeterProvider<Timer> timers;
    private final Timer.MeterProvider<Timer> percentiles;

    public HttpMetrics(MeterRegistry registry) {
        this.timers = Timer.builder(NAME)
                .description("Requests answered by the Graph API (a $batch counts once), by route template")
                .publishPercentileHistogram()
                .withRegistry(registry);
        this.percentiles = Timer.builder(PERCENTILES)
                .description("This instance's p50, p95 and p99 of the Graph API's requests, by route template")
                .publishPercentiles(0.5, 0.95, 0.99)
                .withRegistry(registry);
    }

    @Override
    public void exchanged(ApiExchange exchange) {
        String method = METHODS.contains(exchange.method()) ? exchange.method() : "other";
        percentiles.withTags("method", method, "route", exchange.route()).record(exchange.duration());
        timers.withTags(
                        "method", method,
                        "route", exchange.route(),
                        "status", Integer.toString(exchange.status()),
                        "outcome", Outcome.forStatus(exchange.status()).name())
                .record(exchange.duration());
    }
}
