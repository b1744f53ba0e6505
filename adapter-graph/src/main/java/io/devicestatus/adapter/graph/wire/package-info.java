/**
 * The URL side of Graph's wire protocol, shared by both directions: where each device-status collection lives below a
 * version root ({@link io.devicestatus.adapter.graph.wire.GraphPaths}) and how an id becomes one path segment
 * ({@link io.devicestatus.adapter.graph.wire.UriSegments}). The inbound API ({@code http}) matches and templates
 * these paths, the outbound store ({@code store}) builds its request targets from them; neither direction imports
 * the other, so what both need lives here (and, for bodies, in {@code codec}).
 */
package io.devicestatus.adapter.graph.wire;
