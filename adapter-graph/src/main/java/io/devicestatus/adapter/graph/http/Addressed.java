package io.devicestatus.adapter.graph.http;

import io.devicestatus.domain.common.ApiVersion;

import java.util.Objects;

/** What a path addresses: statuses ({@link Target}) or a version's JSON batch endpoint ({@link Batch}). */
sealed interface Addressed permits Target, Addressed.Batch {

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
