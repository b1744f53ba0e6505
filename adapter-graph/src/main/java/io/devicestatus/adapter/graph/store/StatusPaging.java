package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.out.ListPage;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a Graph store reads a collection page by page. Three ways to a list page: the first page as the service cuts
 * it; the page after a position that carries the service's nextLink, by that link; the page after a position
 * without one, by reading from the start and skipping up to it (slow, but right). And a fold over every status of
 * a query, one page in memory at a time, for counts, summaries and lookups by reading a scope.
 */
final class StatusPaging<T, S> {

    /** The largest {@code $top} Graph (and this project's server) takes. */
    static final int MAX_PAGE = 1000;

    private final GraphClient client;
    private final StatusRequests<T, S, ?> requests;
    private final StatusAnswers<T, S, ?> answers;
    private final StoreErrors errors;

    StatusPaging(
            GraphClient client, StatusRequests<T, S, ?> requests, StatusAnswers<T, S, ?> answers, StoreErrors errors) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The page {@code request} asks for in {@code scope}, {@code filter} being its filter in OData. */
    Either<ApplicationError, ListPage<T>> page(
            S scope, ODataFilter filter, ListRequest<S, ?> request, Function<? super T, ListPosition> positionOf) {
        if (filter.passesNothing()) {
            return Either.right(new ListPage<>(List.empty(), Option.none()));
        }
        int limit = request.limit();
        return request.after()
                .fold(
                        () -> onePage(
                                scope,
                                requests.list(scope, filter, request.order(), Math.min(limit, MAX_PAGE)),
                                limit,
                                positionOf),
                        after -> after.resume()
                                .fold(
                                        () -> walkedPage(scope, filter, request, after, positionOf),
                                        resume -> resumedPage(scope, resume, limit, positionOf)));
    }

    /** How many statuses of {@code scope} pass {@code filter}: {@code @odata.count}, else counted page by page. */
    Either<ApplicationError, Long> count(S scope, ODataFilter filter) {
        if (filter.passesNothing()) {
            return Either.right(0L);
        }
        return client.page(requests.list(scope, filter, ListOrder.ID, 1) + "&$count=true")
                .mapLeft(errors::of)
                .flatMap(page -> page.count()
                        .<Either<ApplicationError, Long>>map(Either::right)
                        .getOrElse(() -> fold(
                                scope,
                                requests.list(scope, filter, ListOrder.ID, MAX_PAGE),
                                0L,
                                (n, stored) -> n + 1)));
    }

    /**
     * Folds every status of a query ({@code target}: a list target, or a nextLink), page by page, one page in
     * memory at a time. The first failed or unreadable page ends the fold, and no page after it is requested.
     */
    <A> Either<ApplicationError, A> fold(S scope, String target, A start, BiFunction<A, Versioned<T>, A> step) {
        var pages = client.pages(target).map(page -> answers.entities(page, scope));
        Either<ApplicationError, A> folded = Either.right(start);
        while (folded.isRight() && pages.hasNext()) {
            var items = pages.next();
            folded = folded.flatMap(held -> items.map(read -> read.foldLeft(held, step)));
        }
        return folded;
    }

    /** A nextLink kept in a cursor: only one that goes on with this collection is followed. */
    private Either<ApplicationError, ListPage<T>> resumedPage(
            S scope, String resume, int limit, Function<? super T, ListPosition> positionOf) {
        String collection =
                client.baseUrl().root() + "/" + requests.collection().target(scope);
        if (!resume.startsWith(collection + "?")) {
            return Either.left(ApplicationError.invalid(
                    "cursor", resume, "is not a continuation of this " + "list: it must go on with " + collection));
        }
        return onePage(scope, resume, limit, positionOf);
    }

    /** One page as the service cuts it; more than {@code limit} statuses are cut here, and the rest read again. */
    private Either<ApplicationError, ListPage<T>> onePage(
            S scope, String target, int limit, Function<? super T, ListPosition> positionOf) {
        return client.page(target)
                .mapLeft(errors::of)
                .flatMap(page -> answers.entities(page, scope).map(items -> {
                    if (items.size() > limit) {
                        var kept = items.take(limit);
                        return new ListPage<>(
                                kept, Option.some(positionOf.apply(kept.last().value())));
                    }
                    // a nextLink too long to carry in a cursor leaves a plain position, reached by reading again
                    Option<ListPosition> next = page.nextLink()
                            .filter(link -> !items.isEmpty())
                            .map(link -> {
                                var position = positionOf.apply(items.last().value());
                                return ListPosition.isContinuation(link) ? position.resumingWith(link) : position;
                            });
                    return new ListPage<>(items, next);
                }));
    }

    /**
     * The page after a position the service knows no continuation for: read from the start, skip up to it, and
     * take one status more than the page holds, to know whether another page follows; no page beyond that one is
     * requested.
     */
    private Either<ApplicationError, ListPage<T>> walkedPage(
            S scope,
            ODataFilter filter,
            ListRequest<S, ?> request,
            ListPosition position,
            Function<? super T, ListPosition> positionOf) {
        var comparator = positionOrder(request.order());
        Predicate<Versioned<T>> beyond = stored -> comparator.compare(positionOf.apply(stored.value()), position) > 0;
        int limit = request.limit();
        var candidates = statuses(scope, requests.list(scope, filter, request.order(), MAX_PAGE))
                .filter(item -> item.fold(error -> true, beyond::test))
                .take(limit + 1);
        return Either.sequenceRight(candidates)
                .map(taken -> taken.size() > limit
                        ? new ListPage<>(
                                taken.take(limit).toList(),
                                Option.some(
                                        positionOf.apply(taken.get(limit - 1).value())))
                        : new ListPage<>(taken.toList(), Option.none()));
    }

    /**
     * Every status of a query, lazily: a page is requested only when every status before it was taken. A failed or
     * unreadable page is one {@code Left}; a reader stops there.
     */
    private Iterator<Either<ApplicationError, Versioned<T>>> statuses(S scope, String target) {
        return client.pages(target)
                .map(page -> answers.entities(page, scope))
                .flatMap(items -> items.fold(
                        error -> Iterator.of(Either.<ApplicationError, Versioned<T>>left(error)),
                        read -> read.iterator().map(Either::<ApplicationError, Versioned<T>>right)));
    }

    /** Positions in a list order, as the port defines it: by id, or by report time then id. */
    private static Comparator<ListPosition> positionOrder(ListOrder order) {
        Comparator<ListPosition> byId = Comparator.comparing(ListPosition::id);
        if (!order.byReportTime()) {
            return byId;
        }
        Comparator<ListPosition> byTime = Comparator.<ListPosition, Instant>comparing(
                        p -> p.reportTime().get())
                .thenComparing(byId);
        return order.descending() ? byTime.reversed() : byTime;
    }
}
