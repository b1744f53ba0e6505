/**
 * Graph's JSON wire format of the three entity types, shared by both directions of the adapter: each type's
 * properties as a table ({@link io.devicestatus.adapter.graph.codec.EntityCodecs}), read strictly into a draft with
 * every violation named, and written as Graph writes it ({@link io.devicestatus.adapter.graph.codec.EntityCodec}),
 * with the one Jackson configuration ({@link io.devicestatus.adapter.graph.codec.GraphJson}). Depends on the domain,
 * the application's model and errors, and Jackson; it must not depend on the inbound {@code http}/{@code servlet}
 * side nor on the outbound {@code client}/{@code store} side, which both build on it and never on each other.
 */
package io.devicestatus.adapter.graph.codec;
