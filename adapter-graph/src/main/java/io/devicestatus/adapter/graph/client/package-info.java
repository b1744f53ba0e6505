/**
 * Pieces of the outbound Graph client (issue 6), each usable on its own: the national clouds and base URLs
 * ({@link io.devicestatus.adapter.graph.client.GraphCloud}, {@link io.devicestatus.adapter.graph.client.GraphBaseUrl}),
 * {@code Retry-After} ({@link io.devicestatus.adapter.graph.client.RetryAfter}) and the retry rules
 * ({@link io.devicestatus.adapter.graph.client.RetryPolicy}). The repository adapters over HTTP are not written yet.
 */
package io.devicestatus.adapter.graph.client;
