package io.devicestatus.adapter.graph.store;

import io.devicestatus.domain.common.ApiVersion;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the statuses of one type live in Graph, per scope.
 *
 * @param versionOf the API version requests for a scope use
 * @param pathOf    the collection's path below the version root, each id percent-encoded as one segment, starting
 *                  with {@code /}: {@code /deviceAppManagement/mobileAppConfigurations/c%2F1/deviceStatuses}
 * @param onlyScope the scope meant when none is given: the single scope of a type that has one; none for
 *                  parent-scoped types
 * @param <S>       the scope type
 */
record StatusCollection<S>(Function<S, ApiVersion> versionOf, Function<S, String> pathOf, Option<S> onlyScope) {

    StatusCollection {
        Objects.requireNonNull(versionOf, "versionOf");
        Objects.requireNonNull(pathOf, "pathOf");
        Objects.requireNonNull(onlyScope, "onlyScope");
    }

    ApiVersion version(S scope) {
        return versionOf.apply(scope);
    }

    String path(S scope) {
        return pathOf.apply(scope);
    }

    /** The collection's URL relative to the service root: version, then {@link #path}. */
    String target(S scope) {
        return version(scope).pathSegment() + path(scope);
    }
}
