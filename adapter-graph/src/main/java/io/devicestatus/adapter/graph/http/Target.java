package io.devicestatus.adapter.graph.http;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a path addresses: a collection of one status type in one scope, or one entity of it.
 *
 * @param endpoint the status type's operations
 * @param scope    the scope the path names (validated)
 * @param id       the entity, or none for the collection
 * @param call     version and links
 * @param <S>      the scope type
 */
record Target<S>(StatusEndpoint<?, S, ?> endpoint, S scope, Option<String> id, Call call) implements Addressed {

    Target {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(call, "call");
    }
}
