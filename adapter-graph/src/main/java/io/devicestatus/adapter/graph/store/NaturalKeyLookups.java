package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphFailure;
import io.devicestatus.adapter.graph.client.GraphPage;
import io.devicestatus.adapter.graph.client.GraphRequest;
import io.devicestatus.adapter.graph.client.GraphResponse;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Finding statuses by natural key, scope by scope. Where {@code $filter} can name the key's single property, by
 * {@code property in (...)} queries of {@value #KEYS_PER_QUERY} keys, sent together in {@code $batch}es (one round
 * trip for up to 300 keys), a query with more than one page going on by its nextLink; otherwise (app
 * configurations: display name and UPN) by reading the scope.
 */
final class NaturalKeyLookups<T, S> {

    private static final int KEYS_PER_QUERY = 15;

    private final GraphClient client;
    private final StatusKind<T, S, ?> kind;
    private final StatusRequests<T, S, ?> requests;
    private final StatusAnswers<T, S, ?> answers;
    private final StatusPaging<T, S> paging;
    private final StoreErrors errors;
    private final Option<String> keyProperty;

    /** @param keyProperty the natural key's single property when {@code $filter} can name it */
    NaturalKeyLookups(
            GraphClient client,
            StatusKind<T, S, ?> kind,
            StatusRequests<T, S, ?> requests,
            StatusAnswers<T, S, ?> answers,
            StatusPaging<T, S> paging,
            StoreErrors errors,
            Option<String> keyProperty) {
        this.client = Objects.requireNonNull(client, "client");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.paging = Objects.requireNonNull(paging, "paging");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.keyProperty = Objects.requireNonNull(keyProperty, "keyProperty");
    }

    /** The stored statuses holding {@code keys}, by key; a key nothing holds is absent. */
    Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> find(Set<NaturalKey<S>> keys) {
        return keys.groupBy(NaturalKey::scope)
                .foldLeft(
                        Either.right(HashMap.empty()),
                        (found, byScope) -> found.flatMap(held -> inScope(byScope._1, byScope._2, held)));
    }

    private Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> inScope(
            S scope, Set<NaturalKey<S>> wanted, Map<NaturalKey<S>, Versioned<T>> found) {
        BiFunction<Map<NaturalKey<S>, Versioned<T>>, Versioned<T>, Map<NaturalKey<S>, Versioned<T>>> keep =
                (held, stored) -> kind.naturalKey(stored.value())
                        .filter(wanted::contains)
                        .map(key -> held.put(key, stored))
                        .getOrElse(held);
        return keyProperty.fold(
                () -> paging.fold(
                        scope, requests.list(scope, ODataFilter.ANY, ListOrder.ID, StatusPaging.MAX_PAGE), found, keep),
                property -> byKeyQueries(scope, property, wanted, found, keep));
    }

    /** Folds the statuses that {@code property in (...)} queries for {@code keys} answer. */
    private <A> Either<ApplicationError, A> byKeyQueries(
            S scope, String property, Set<NaturalKey<S>> keys, A start, BiFunction<A, Versioned<T>, A> step) {
        var queries = keys.toList()
                .grouped(KEYS_PER_QUERY)
                .map(chunk -> GraphRequest.get(requests.batchedList(
                        scope,
                        ODataFilter.ANY.andText(
                                property,
                                new Match.In<>(LinkedHashSet.ofAll(
                                        chunk.map(key -> key.parts().head())))),
                        ListOrder.ID,
                        StatusPaging.MAX_PAGE)))
                .toList();
        return client.batch(requests.collection().version(scope).pathSegment(), queries, false, true)
                .mapLeft(errors::of)
                .flatMap(results -> results.foldLeft(
                        Either.<ApplicationError, A>right(start),
                        (folded, result) -> folded.flatMap(held -> query(scope, result, held, step))));
    }

    /** Folds one query's first page, answered in the batch, and its further pages by the nextLink. */
    private <A> Either<ApplicationError, A> query(
            S scope, Either<GraphFailure, GraphResponse> result, A start, BiFunction<A, Versioned<T>, A> step) {
        return result.flatMap(GraphPage::of)
                .mapLeft(errors::of)
                .flatMap(page -> answers.entities(page, scope)
                        .map(items -> items.foldLeft(start, step))
                        .flatMap(held -> page.nextLink()
                                .fold(() -> Either.right(held), next -> paging.fold(scope, next, held, step))));
    }
}
