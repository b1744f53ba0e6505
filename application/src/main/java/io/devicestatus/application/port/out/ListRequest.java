package io.devicestatus.application.port.out;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One page of a list, as a repository is asked for it: always within one tenant.
 *
 * @param tenant the tenant whose statuses are listed; no other tenant's status is ever listed
 * @param scope  the scope to list, which belongs to {@code tenant}; none lists every scope of {@code tenant}
 * @param filter conditions every listed status passes
 * @param order  the order of the statuses
 * @param after  the page starts strictly after this position in {@code order} (keyset); none starts at the first.
 *               A position {@link ListPosition#fits fits} the order: it holds a report time exactly when the order
 *               is by report time
 * @param limit  at most this many statuses; at least 1
 * @param <S>    the scope type
 * @param <D>    the draft type the filter reads
 */
public record ListRequest<S, D>(
        TenantId tenant,
        Option<S> scope,
        StatusFilter<D> filter,
        ListOrder order,
        Option<ListPosition> after,
        int limit) {

    public ListRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(after, "after");
        if (after.exists(position -> !position.fits(order))) {
            throw new IllegalArgumentException("a position " + (order.byReportTime() ? "without" : "with")
                    + " a report time does not fit " + order.description() + ": " + after.get());
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }

    /** A page in {@link ListOrder#ID id order}, starting after {@code afterId} (none: at the first). */
    public ListRequest(TenantId tenant, Option<S> scope, StatusFilter<D> filter, Option<String> afterId, int limit) {
        this(
                tenant,
                scope,
                filter,
                ListOrder.ID,
                Objects.requireNonNull(afterId, "afterId").map(ListPosition::afterId),
                limit);
    }
}
