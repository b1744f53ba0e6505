package io.devicestatus.adapter.graph.http;

import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One request the API answered, as an access log or a metric records it: never a token, a query or a body.
 *
 * @param method          the request's method, as sent
 * @param route           the route template the path matched, ids replaced by placeholders (e.g.
 *                        {@code /v1.0/deviceManagement/iosUpdateStatuses/{id}}), or a fixed word for a path that
 *                        matched none: few values, so that a metric by route stays small
 * @param status          the response's status code
 * @param duration        from the request's arrival at the API to its response being ready
 * @param requestId       the {@code request-id} sent back
 * @param clientRequestId the {@code client-request-id} sent back (the client's, or the request id)
 * @param tenant          the caller's tenant, once its token was verified
 */
public record ApiExchange(
        String method,
        String route,
        int status,
        Duration duration,
        String requestId,
        String clientRequestId,
        Option<TenantId> tenant) {

    public ApiExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(clientRequestId, "clientRequestId");
        Objects.requireNonNull(tenant, "tenant");
    }
}
