package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphFailure;
import io.devicestatus.adapter.graph.client.GraphRequest;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListPage;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * One status type's repository over Graph. Each port method is one or a few HTTP requests:
 *
 * <table>
 *   <caption>port method to Graph</caption>
 *   <tr><th>method</th><th>requests</th></tr>
 *   <tr><td>findById</td><td>{@code GET .../{id}}; 404 is none</td></tr>
 *   <tr><td>writeAll</td><td>one {@code POST} (with the status's id) or {@code PATCH} (whole state, {@code If-Match}
 *       of the expected version); several in {@code $batch}es of 20 chained by {@code dependsOn}, stopping at the
 *       first refusal; when no two writes touch the same status or natural key, a few batches at a time (those sent
 *       with the refused one are applied as they were answered)</td></tr>
 *   <tr><td>delete</td><td>{@code GET}, then {@code DELETE} with {@code If-Match} of the version read</td></tr>
 *   <tr><td>list, page</td><td>{@code GET} with {@code $top}, {@code $filter}, {@code $orderby}; the next page by
 *       the nextLink kept in {@link ListPosition#resume()}; a position without one is reached by reading from the
 *       start (slow, but right)</td></tr>
 *   <tr><td>count</td><td>{@code GET} with {@code $count=true&$top=1}; without {@code @odata.count}, counted by
 *       reading every page</td></tr>
 *   <tr><td>findByNaturalKeys</td><td>{@code $filter=deviceId in (...)}, 15 keys a query, the queries in
 *       {@code $batch}es of 20; for a key $filter cannot name (app configurations: display name and UPN), reading the
 *       scope</td></tr>
 *   <tr><td>summarize</td><td>reading the scope, one page of 1000 at a time</td></tr>
 * </table>
 *
 * <p>Versions are the service's weak ETags ({@code W/"n"}, as this project's server sends them, in the
 * {@code ETag} header and in each list item's {@code @odata.etag}); a status read without one is at version 1 and is
 * written without {@code If-Match}, so a service without ETags gets last-writer-wins.
 *
 * <p>The jobs are split: {@link StatusRequests} builds the requests, {@link StatusAnswers} reads the answers,
 * {@link StatusPaging} pages, {@link NaturalKeyLookups} finds by natural key, {@link StoreErrors} maps failures and
 * {@link StoreTenant} refuses another tenant's calls. Each port method here composes their {@code Either}s.
 */
final class GraphStatusRepository<T, S, D> implements StatusRepository<T, S, D> {

    private final GraphClient client;
    private final StatusKind<T, S, D> kind;
    private final StatusCollection<S> collection;
    private final StoreTenant tenant;
    private final StoreErrors errors;
    private final StatusRequests<T, S, D> requests;
    private final StatusAnswers<T, S, D> answers;
    private final StatusPaging<T, S> paging;
    private final NaturalKeyLookups<T, S> lookups;

    /** The statuses of {@code kind} in {@code collection}, the one of {@code tenant}. */
    GraphStatusRepository(
            GraphClient client,
            TenantId tenant,
            StatusKind<T, S, D> kind,
            EntityCodec<T, D> codec,
            StatusCollection<S> collection) {
        this.client = Objects.requireNonNull(client, "client");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.tenant = new StoreTenant(tenant);
        this.errors = new StoreErrors(kind.graphType());
        this.requests = new StatusRequests<>(kind, codec, collection);
        this.answers = new StatusAnswers<>(kind, codec, collection, errors);
        this.paging = new StatusPaging<>(client, requests, answers, errors);
        this.lookups = new NaturalKeyLookups<>(
                client,
                kind,
                requests,
                answers,
                paging,
                errors,
                kind.filterableKey().map(Property::name));
    }

    // --- reads by id and key ---------------------------------------------------------------------------------------

    @Override
    public Either<ApplicationError, Option<Versioned<T>>> findById(S scope, String id) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        return tenant.owns(kind.tenant(scope), scope)
                .flatMap(owned -> errors.lookup(client.send(GraphRequest.get(requests.entity(scope, id))), id))
                .flatMap(found -> found.fold(
                        () -> Either.right(Option.none()),
                        response -> answers.entity(response, scope).map(Option::some)));
    }

    @Override
    public Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> findByNaturalKeys(Set<NaturalKey<S>> keys) {
        Objects.requireNonNull(keys, "keys");
        return tenant.ownsAll(keys.toList(), key -> kind.tenant(key.scope())).flatMap(owned -> lookups.find(keys));
    }

    // --- writes ----------------------------------------------------------------------------------------------------

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> writeAll(Seq<Write<T>> writes) {
        Objects.requireNonNull(writes, "writes");
        return tenant.ownsAll(writes, write -> kind.tenant(kind.scope(write.status())))
                .flatMap(owned -> writes.size() == 1 ? writeOne(writes.head()) : writeBatched(writes));
    }

    private Either<ApplicationError, Seq<Versioned<T>>> writeOne(Write<T> write) {
        return client.send(requests.write(write, true))
                .mapLeft(failure -> refusal(write, failure))
                .flatMap(response -> answers.written(write, response))
                .map(List::of);
    }

    /**
     * Several writes through {@code $batch}es: one call per run of writes in the same API version (app
     * configurations mix v1.0 and beta), up to the first refusal; no run after it is sent. The batches of a run go
     * a few at a time when its writes are independent, else one after the other.
     */
    private Either<ApplicationError, Seq<Versioned<T>>> writeBatched(Seq<Write<T>> writes) {
        return runsByVersion(writes)
                .foldLeft(
                        Either.right(List.empty()),
                        (stored, run) ->
                                stored.flatMap(done -> writeRun(run._1, run._2).map(done::appendAll)));
    }

    private Either<ApplicationError, Seq<Versioned<T>>> writeRun(ApiVersion version, Seq<Write<T>> run) {
        return client.batch(
                        version.pathSegment(), run.map(write -> requests.write(write, false)), true, independent(run))
                .mapLeft(errors::of)
                .flatMap(results -> Either.traverseRight(
                        run.zip(results),
                        pair -> pair._2
                                .mapLeft(failure -> refusal(pair._1, failure))
                                .flatMap(response -> answers.written(pair._1, response))));
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(S scope, String id, Option<Long> expectedVersion) {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        // findById refuses another tenant's scope before anything is sent
        return findById(scope, id)
                .flatMap(found -> found.toEither(() -> new ApplicationError.NotFound(kind.graphType(), id)))
                .flatMap(stored -> expectedVersion.exists(v -> v != stored.version())
                        ? Either.left(new ApplicationError.VersionMismatch(
                                kind.graphType(), id, expectedVersion.get(), Option.some(stored.version())))
                        : client.send(StatusRequests.conditional(
                                        GraphRequest.delete(requests.entity(scope, id)), stored.version()))
                                .mapLeft(failure -> errors.of(failure, Option.some(id), Option.some(stored.version())))
                                .map(deleted -> stored));
    }

    // --- lists -----------------------------------------------------------------------------------------------------

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, D> request) {
        return page(request, status -> ListPosition.of(request.order(), kind, status))
                .map(ListPage::items);
    }

    @Override
    public Either<ApplicationError, ListPage<T>> page(
            ListRequest<S, D> request, Function<? super T, ListPosition> positionOf) {
        Objects.requireNonNull(request, "request");
        return scope(request.tenant(), request.scope())
                .flatMap(scope -> paging.page(scope, ODataFilter.of(request.filter()), request, positionOf));
    }

    @Override
    public Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, StatusFilter<D> filter) {
        Objects.requireNonNull(filter, "filter");
        return scope(tenant, scope).flatMap(only -> paging.count(only, ODataFilter.of(filter)));
    }

    @Override
    public Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope) {
        return scope(tenant, scope)
                .flatMap(only -> paging.fold(
                                only,
                                requests.list(only, ODataFilter.ANY, ListOrder.ID, StatusPaging.MAX_PAGE),
                                HashMap.<Tuple3<S, String, String>, Long>empty(),
                                (counts, stored) -> kind.stateValues(stored.value())
                                        .foldLeft(
                                                counts,
                                                (c, state) -> c.put(Tuple.of(only, state._1, state._2), 1L, Long::sum)))
                        .map(counts -> counts.map(e -> new StateCount<>(e._1._1, e._1._2, e._1._3, e._2))
                                .toList()));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * The scope asked for, or the type's only scope; {@code Invalid} for a parent-scoped type without one, and for
     * a tenant (or a scope of a tenant) other than this store's.
     */
    private Either<ApplicationError, S> scope(TenantId asked, Option<S> scope) {
        Objects.requireNonNull(asked, "tenant");
        Objects.requireNonNull(scope, "scope");
        return tenant.owns(asked, scope)
                .flatMap(given -> given.fold(() -> Either.right(given), one -> tenant.owns(kind.tenant(one), given)))
                .flatMap(given -> given.orElse(collection.onlyScope())
                        .toEither(() -> ApplicationError.invalid(
                                "scope",
                                null,
                                "is required: Graph serves " + kind.graphType() + " records only under their parent, "
                                        + "so a Graph store lists, counts and summarizes them one parent at a time")));
    }

    private ApplicationError refusal(Write<T> write, GraphFailure failure) {
        if (write instanceof Write.Update<T> update) {
            return errors.of(failure, Option.some(kind.id(update.status())), Option.some(update.expectedVersion()));
        }
        return errors.of(failure);
    }

    /**
     * Whether no two of {@code writes} touch the same status or natural key: then their order across {@code $batch}
     * chunks cannot change what each of them does, and the chunks may go at once.
     */
    private boolean independent(Seq<Write<T>> writes) {
        var statuses = writes.map(Write::status);
        return statuses.map(status -> Tuple.of(kind.scope(status), kind.id(status)))
                                .distinct()
                                .size()
                        == writes.size()
                && statuses.flatMap(kind::naturalKey).distinct().size()
                        == statuses.flatMap(kind::naturalKey).size();
    }

    /** Consecutive writes that go to the same API version, in order. */
    private Seq<Tuple2<ApiVersion, Seq<Write<T>>>> runsByVersion(Seq<Write<T>> writes) {
        return writes.foldLeft(List.<Tuple2<ApiVersion, Seq<Write<T>>>>empty(), (runs, write) -> {
            var version = collection.version(kind.scope(write.status()));
            return !runs.isEmpty() && runs.last()._1 == version
                    ? runs.init().append(Tuple.of(version, runs.last()._2.append(write)))
                    : runs.append(Tuple.of(version, List.of(write)));
        });
    }
}
