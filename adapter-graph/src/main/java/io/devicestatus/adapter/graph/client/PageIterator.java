package io.devicestatus.adapter.graph.client;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pages of a collection, lazily (Microsoft's SDK has a {@code PageIterator} for the same): the first page is
 * fetched on the first {@code hasNext()}, and each next one, from {@code @odata.nextLink}, only when {@code hasNext()}
 * is asked after the current page was taken. One page is held at a time. A failure is the last element.
 *
 * <p>Not thread-safe: one reader walks one iterator.
 */
final class PageIterator implements Iterator<Either<GraphFailure, GraphPage>> {

    private final Function<String, Either<GraphFailure, GraphPage>> fetch;
    /** Where the next page is, until it is fetched. */
    private Option<String> next;
    /** The page fetched and not yet taken. */
    private Option<Either<GraphFailure, GraphPage>> fetched = Option.none();

    /**
     * @param fetch       one page of a target: a relative target, or a nextLink
     * @param firstTarget the collection's target, with any query options
     */
    PageIterator(Function<String, Either<GraphFailure, GraphPage>> fetch, String firstTarget) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.next = Option.some(Objects.requireNonNull(firstTarget, "firstTarget"));
    }

    @Override
    public boolean hasNext() {
        if (fetched.isEmpty() && next.isDefined()) {
            var page = fetch.apply(next.get());
            next = page.fold(failure -> Option.none(), GraphPage::nextLink);
            fetched = Option.some(page);
        }
        return fetched.isDefined();
    }

    @Override
    public Either<GraphFailure, GraphPage> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more pages");
        }
        var page = fetched.get();
        fetched = Option.none();
        return page;
    }
}
