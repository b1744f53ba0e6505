/**
 * The inbound Graph-compatible HTTP API, free of any HTTP framework:
 * {@link io.devicestatus.adapter.graph.http.GraphApi} turns an {@link io.devicestatus.adapter.graph.http.ApiRequest}
 * into an {@link io.devicestatus.adapter.graph.http.ApiResponse} by calling the use cases: routing, token and
 * permission checks, OData query options and {@code $filter}, {@code $batch}, {@code $metadata}, Graph's error body.
 * Depends on the application's use cases ({@code port.in}, handed out by {@code DeviceStatusApplication}), the
 * domain, {@code codec}, {@code auth} and {@code metadata}; it must not depend on a servlet container or server (a
 * binding such as {@code servlet} copies requests in and out), nor on the outbound {@code client} and {@code store}.
 */
package io.devicestatus.adapter.graph.http;
