package io.devicestatus.application.port.in;

import io.devicestatus.application.model.Versioned;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A page of statuses.
 *
 * @param items      at most the page size, in the query's order
 * @param nextCursor the cursor of the next page; none on the last page
 * @param totalCount how many statuses pass the filter in all pages, when asked for
 */
public record StatusPageResult<T>(Seq<Versioned<T>> items, Option<String> nextCursor, Option<Long> totalCount) {

    public StatusPageResult {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(totalCount, "totalCount");
    }

    /** E.g. {@code 2 items of 7, next cursor i.../ [version 1 of ..., version 3 of ...]}; no vavr wrappers. */
    @Override
    public String toString() {
        return items.size() + " items" + totalCount.map(total -> " of " + total).getOrElse("")
                + nextCursor.map(cursor -> ", next cursor " + cursor).getOrElse(", last page")
                + items.mkString(": [", ", ", "]");
    }
}
