package io.devicestatus.adapter.graph.codec;

import io.devicestatus.domain.common.ApiVersion;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One property of an entity on the wire.
 *
 * @param name     Graph's JSON name
 * @param type     its EDM type
 * @param versions the API versions that have it ({@code platform} is beta only)
 * @param nullable whether Graph lets it be {@code null} (and so a PATCH may clear it)
 * @param value    its value in a draft; {@code null} when absent
 * @param <D>      the draft type
 */
record WireProperty<D>(
        String name, WireType type, Set<ApiVersion> versions, boolean nullable, Function<D, Object> value) {

    WireProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(value, "value");
    }

    boolean existsIn(ApiVersion version) {
        return versions.contains(version);
    }
}
