package io.devicestatus.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Read a page of statuses, in id order.
 *
 * @param scope      the scope to list; {@code null} lists every scope
 * @param filter     the conditions; the kind's {@code anyFilter()} for none
 * @param pageSize   1 to {@value #MAX_PAGE_SIZE}; {@code null} for {@value #DEFAULT_PAGE_SIZE}
 * @param cursor     {@code null} for the first page, else a previous page's {@code nextCursor} (at most
 *                   {@value #MAX_CURSOR_LENGTH} characters)
 * @param withCount  whether to count all statuses that pass the filter (costs a query)
 */
public record ListStatusesQuery<S, F>(
        S scope,
        @NotNull F filter,
        @Min(1) @Max(MAX_PAGE_SIZE) Integer pageSize,
        @Size(max = MAX_CURSOR_LENGTH) String cursor,
        boolean withCount) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * The longest cursor this service issues: the prefix {@code k1} and four hex digits per UTF-16 unit of the last
     * id, which has at most {@link GetStatusQuery#MAX_ID_LENGTH} units.
     */
    public static final int MAX_CURSOR_LENGTH = 2 + 4 * GetStatusQuery.MAX_ID_LENGTH;

    /** The first page with the default size and no count. */
    public static <S, F> ListStatusesQuery<S, F> firstPage(S scope, F filter) {
        return new ListStatusesQuery<>(scope, filter, null, null, false);
    }

    /** The page size to use. */
    public int effectivePageSize() {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }
}
