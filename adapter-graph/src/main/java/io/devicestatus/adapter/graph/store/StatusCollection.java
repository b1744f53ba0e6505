package io.devicestatus.adapter.graph.store;

import io.devicestatus.domain.common.ApiVersion;
import io.vavr.control.Option;

/**
 * Where the statuses of one type live in Graph, per scope.
 *
 * @param <S> the scope type
 */
interface StatusCollection<S> {

    /** The API version requests for {@code scope} use. */
    ApiVersion version(S scope);

    /**
     * The collection's path below the version root, each id percent-encoded as one segment, starting with {@code /}:
     * {@code /deviceAppManagement/mobileAppConfigurations/c%2F1/deviceStatuses}.
     */
    String path(S scope);

    /** The scope meant when none is given: the single scope of a type that has one; none for parent-scoped types. */
    Option<S> onlyScope();

    /** The collection's URL relative to the service root: version, then {@link #path}. */
    default String target(S scope) {
        return version(scope).pathSegment() + path(scope);
    }
}
