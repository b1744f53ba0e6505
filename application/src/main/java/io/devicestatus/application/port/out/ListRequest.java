package io.devicestatus.application.port.out;

import io.devicestatus.application.model.StatusFilter;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One page of a list, as a repository is asked for it.
 *
 * @param scope   the scope to list; none lists every scope
 * @param filter  conditions every listed status passes
 * @param afterId the page starts after this id (keyset); none starts at the first
 * @param limit   at most this many statuses; at least 1
 * @param <S>     the scope type
 * @param <F>     the filter type
 */
public record ListRequest<S, F extends StatusFilter<?>>(Option<S> scope, F filter, Option<String> afterId, int limit) {

    public ListRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(afterId, "afterId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
