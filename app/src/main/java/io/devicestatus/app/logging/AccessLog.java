package io.devicestatus.app.logging;

import io.devicestatus.adapter.graph.http.ApiExchange;
import io.devicestatus.adapter.graph.http.ApiObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request at INFO on the logger {@value #LOGGER}: method, route template, status and duration, also as
 * key-value pairs for the JSON format. The request ids and tenant are in the MDC, which {@code GraphApi} holds while
 * it tells its observer: every layout that shows the MDC shows them (logback.xml's and JSON do), once. Never a token,
 * a query string or a body: the {@link ApiExchange} holds none.
 *
 * <pre>... device-status.access [request-id=..., client-request-id=..., tenant=...] - GET /v1.0/deviceManagement/iosUpdateStatuses/{id} 404 2.1 ms</pre>
 */
public final class AccessLog implements ApiObserver {

    public static final String LOGGER = "device-status.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void exchanged(ApiExchange exchange) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double millis = Math.round(exchange.duration().toNanos() / 1e5) / 10.0;
        LOG.atInfo()
                .addKeyValue("method", exchange.method())
                .addKeyValue("route", exchange.route())
                .addKeyValue("status", exchange.status())
                .addKeyValue("duration_ms", millis)
                .log("{} {} {} {} ms", exchange.method(), exchange.route(), exchange.status(), millis);
    }
}
