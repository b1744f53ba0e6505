package io.devicestatus.adapter.graph.http;

import io.devicestatus.domain.common.ApiVersion;
import java.util.Objects;

/**
 * What a path addresses: statuses ({@link Target}), the number of a collection's statuses ({@link Count}) or a
 * version's JSON batch endpoint ({@link Batch}).
 */
sealed interface Addressed permits Target, Addressed.Count, Addressed.Batch {

    /**
     * {@code <collection>/$count}: the number of statuses in the collection, as plain text.
     *
     * @param collection the collection counted (never one entity)
     */
    record Count(Target<?> collection) implements Addressed {
        public Count {
            Objects.requireNonNull(collection, "collection");
            if (collection.id().isDefined()) {
                throw new IllegalArgumentException("$count counts a collection, not an entity");
            }
        }
    }

    /**
     * {@code /{version}/$batch}: the requests it carries address paths under {@code version}.
     *
     * @param version the API version of the path
     */
    record Batch(ApiVersion version) implements Addressed {
        public Batch {
            Objects.requireNonNull(version, "version");
        }
    }
}
