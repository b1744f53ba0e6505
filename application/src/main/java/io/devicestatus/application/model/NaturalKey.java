package io.devicestatus.application.model;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What identifies a status apart from its id, so that a device that reports again updates its status instead of
 * adding one: its scope plus the properties its {@link StatusKind#naturalKeyProperties() kind} names (the device id
 * for iOS update and app-install statuses; device display name and user principal name for app-configuration
 * statuses, which have no device id in Graph). At most one stored status has a given key.
 *
 * @param scope the parent scope
 * @param parts the key properties' values, in the order the kind names them; none is {@code null}
 * @param <S>   the scope type
 */
public record NaturalKey<S>(S scope, Seq<String> parts) {

    public NaturalKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty() || parts.contains(null)) {
            throw new IllegalArgumentException("a natural key needs non-null parts: " + parts);
        }
    }
}
