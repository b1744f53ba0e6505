package io.devicestatus.application.port.in;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.domain.common.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Read a page of statuses of one tenant, in id order or by report time.
 *
 * @param tenant     the tenant whose statuses are listed
 * @param scope      the scope to list, which must belong to {@code tenant}; {@code null} lists every scope of the
 *                   tenant
 * @param filter     the conditions; {@link io.devicestatus.application.model.StatusFilter#any()} for none
 * @param pageSize   1 to {@value #MAX_PAGE_SIZE}; {@code null} for {@value #DEFAULT_PAGE_SIZE}
 * @param cursor     {@code null} for the first page, else a previous page's {@code nextCursor} (at most
 *                   {@value #MAX_CURSOR_LENGTH} characters), given with the tenant and order it was issued for
 * @param withCount  whether to count all statuses that pass the filter (costs a query)
 * @param order      the order of the statuses; {@code null} for {@link ListOrder#ID}
 */
public record ListStatusesQuery<S, D>(
        @NotNull TenantId tenant,
        S scope,
        @NotNull StatusFilter<D> filter,
        @Min(1) @Max(MAX_PAGE_SIZE) Integer pageSize,
        @Size(max = MAX_CURSOR_LENGTH) String cursor,
        boolean withCount,
        ListOrder order) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * The longest cursor this service issues: a prefix naming the order (at most 3 characters), the tenant's 32 hex
     * digits, 16 hex digits of the
     * last report time in 100-ns ticks (report-time orders only), and four hex digits per UTF-16 unit of the last
     * id, which has at most {@link GetStatusQuery#MAX_ID_LENGTH} units.
     */
    public static final int MAX_CURSOR_LENGTH =
            3 + 32 + 16 + 4 * GetStatusQuery.MAX_ID_LENGTH + 1 + (ListPosition.MAX_RESUME_LENGTH * 4 + 2) / 3;

    /** A page in id order: the query as it was before lists had an order. */
    public ListStatusesQuery(
            TenantId tenant, S scope, StatusFilter<D> filter, Integer pageSize, String cursor, boolean withCount) {
        this(tenant, scope, filter, pageSize, cursor, withCount, null);
    }

    /** The first page of {@code tenant}'s statuses in id order, with the default size and no count. */
    public static <S, D> ListStatusesQuery<S, D> firstPage(TenantId tenant, S scope, StatusFilter<D> filter) {
        return new ListStatusesQuery<>(tenant, scope, filter, null, null, false);
    }

    /** The page size to use. */
    public int effectivePageSize() {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    /** The order to use. */
    public ListOrder effectiveOrder() {
        return order == null ? ListOrder.ID : order;
    }
}
