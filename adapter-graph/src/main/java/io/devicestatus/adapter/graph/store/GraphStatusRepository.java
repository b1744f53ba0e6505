package io.devicestatus.adapter.graph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphFailure;
import io.devicestatus.adapter.graph.client.GraphPage;
import io.devicestatus.adapter.graph.client.GraphRequest;
import io.devicestatus.adapter.graph.client.GraphResponse;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.NaturalKey;
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
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One status type's repository over Graph. Each port method is one or a few HTTP requests:
 *
 * <table>
 *   <caption>port method to Graph</caption>
 *   <tr><th>method</th><th>requests</th></tr>
 *   <tr><td>findById</td><td>{@code GET .../{id}}; 404 is none</td></tr>
 *   <tr><td>writeAll</td><td>one {@code POST} (with the status's id) or {@code PATCH} (whole state, {@code If-Match}
 *       of the expected version); several in sequential {@code $batch}es, stopping at the first refusal</td></tr>
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
 */
class GraphStatusRepository<T, S, D, F extends StatusFilter<T>> implements StatusRepository<T, S, F> {

    /** The largest {@code $top} Graph (and this project's server) takes. */
    static final int MAX_PAGE = 1000;
    private static final int KEYS_PER_QUERY = 15;
    /** A status read back from the store is not judged again for its report time. */
    private static final ReportTimePolicy STORED = new ReportTimePolicy(Clock.fixed(Instant.MAX, ZoneOffset.UTC),
            Duration.ZERO);
    private static final Pattern WEAK_VERSION = Pattern.compile("^(?:W/)?\"([1-9][0-9]{0,17})\"$");

    private final GraphClient client;
    private final TenantId tenant;
    private final EntityCodec<T, D> codec;
    private final StatusKind<T, S, D, F> kind;
    private final StatusCollection<S> collection;
    private final Function<F, ODataFilter> filters;
    private final String reportTimeProperty;
    private final Option<String> keyProperty;
    private final StoreErrors errors;

    /**
     * @param reportTimeProperty the property {@link StatusKind#reportTime} reads, for {@code $orderby}
     * @param keyProperty        the natural key's single property when {@code $filter} can name it
     */
    GraphStatusRepository(GraphClient client, TenantId tenant, StatusKind<T, S, D, F> kind, EntityCodec<T, D> codec,
                          StatusCollection<S> collection,
                          Function<F, ODataFilter> filters, String reportTimeProperty, Option<String> keyProperty) {
        this.client = Objects.requireNonNull(client, "client");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.filters = Objects.requireNonNull(filters, "filters");
        this.reportTimeProperty = Objects.requireNonNull(reportTimeProperty, "reportTimeProperty");
        this.keyProperty = Objects.requireNonNull(keyProperty, "keyProperty");
        this.errors = new StoreErrors(kind.graphType());
    }

    // --- reads by id and key ---------------------------------------------------------------------------------------

    @Override
    public Either<ApplicationError, Option<Versioned<T>>> findById(S scope, String id) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        var foreign = foreign(kind.tenant(scope));
        if (foreign.isDefined()) {
            return Either.left(foreign.get());
        }
        var answer = client.send(GraphRequest.get(entityTarget(scope, id)));
        if (answer.isLeft() && isStatus(answer.getLeft(), 404)) {
            return Either.right(Option.none());
        }
        return answer.mapLeft(failure -> errors.of(failure, Option.some(id), Option.none()))
                .flatMap(response -> entity(response, scope).map(Option::some));
    }

    @Override
    public Either<ApplicationError, Map<NaturalKey<S>, Versioned<T>>> findByNaturalKeys(Set<NaturalKey<S>> keys) {
        Objects.requireNonNull(keys, "keys");
        var foreign = keys.toList().map(key -> kind.tenant(key.scope())).distinct().flatMap(this::foreign).headOption();
        if (foreign.isDefined()) {
            return Either.left(foreign.get());
        }
        Map<NaturalKey<S>, Versioned<T>> found = HashMap.empty();
        for (var byScope : keys.groupBy(NaturalKey::scope)) {
            S scope = byScope._1;
            Set<NaturalKey<S>> wanted = byScope._2;
            BiFunction<Map<NaturalKey<S>, Versioned<T>>, Versioned<T>, Map<NaturalKey<S>, Versioned<T>>> keep =
                    (held, stored) -> kind.naturalKey(stored.value()).filter(wanted::contains)
                            .map(key -> held.put(key, stored)).getOrElse(held);
            var read = keyProperty.isEmpty()
                    ? each(scope, query(collection.target(scope), ODataFilter.ANY, ListOrder.ID, MAX_PAGE), found, keep)
                    : byKeyQueries(scope, keyProperty.get(), wanted, found, keep);
            if (read.isLeft()) {
                return Either.left(read.getLeft());
            }
            found = read.get();
        }
        return Either.right(found);
    }

    /**
     * The statuses holding {@code keys}, by {@code property in (...)} queries of {@link #KEYS_PER_QUERY} keys, sent
     * together in {@code $batch}es (one round trip for up to 300 keys); a query with more than one page goes on by
     * its nextLink.
     */
    private <A> Either<ApplicationError, A> byKeyQueries(S scope, String property, Set<NaturalKey<S>> keys, A start,
                                                         BiFunction<A, Versioned<T>, A> step) {
        var queries = keys.toList().grouped(KEYS_PER_QUERY).map(chunk -> GraphRequest.get(query(collection.path(scope),
                ODataFilter.ANY.andText(property, new Match.In<>(LinkedHashSet.ofAll(chunk.map(key -> key.parts().head())))),
                ListOrder.ID, MAX_PAGE))).toList();
        var answers = client.batch(collection.version(scope).pathSegment(), queries, false);
        if (answers.isLeft()) {
            return Either.left(errors.of(answers.getLeft()));
        }
        A folded = start;
        for (var answer : answers.get()) {
            var page = answer.flatMap(GraphPage::of);
            var items = entities(page, scope);
            if (items.isLeft()) {
                return Either.left(items.getLeft());
            }
            folded = items.get().foldLeft(folded, step);
            if (page.get().nextLink().isDefined()) {
                var rest = each(scope, page.get().nextLink().get(), folded, step);
                if (rest.isLeft()) {
                    return rest;
                }
                folded = rest.get();
            }
        }
        return Either.right(folded);
    }

    // --- writes ----------------------------------------------------------------------------------------------------

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> writeAll(Seq<Write<T>> writes) {
        Objects.requireNonNull(writes, "writes");
        var foreign = writes.map(write -> kind.tenant(kind.scope(write.status()))).distinct().flatMap(this::foreign)
                .headOption();
        if (foreign.isDefined()) {
            return Either.left(foreign.get());
        }
        if (writes.size() == 1) {
            var write = writes.head();
            return client.send(request(write, true)).mapLeft(failure -> refusal(write, failure))
                    .flatMap(response -> written(write, response)).map(List::of);
        }
        var stored = List.<Versioned<T>>empty();
        // one $batch call per run of writes in the same API version (app configurations mix v1.0 and beta)
        for (var run : runsByVersion(writes)) {
            var answers = client.batch(run._1.pathSegment(), run._2.map(write -> request(write, false)), true);
            if (answers.isLeft()) {
                return Either.left(errors.of(answers.getLeft()));
            }
            for (var pair : run._2.zip(answers.get())) {
                var result = pair._2.mapLeft(failure -> refusal(pair._1, failure))
                        .flatMap(response -> written(pair._1, response));
                if (result.isLeft()) {
                    return Either.left(result.getLeft());
                }
                stored = stored.append(result.get());
            }
        }
        return Either.right(stored);
    }

    @Override
    public Either<ApplicationError, Versioned<T>> delete(S scope, String id, Option<Long> expectedVersion) {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        // findById refuses another tenant's scope before anything is sent
        return findById(scope, id)
                .flatMap(found -> found.toEither(() -> new ApplicationError.NotFound(kind.graphType(), id)))
                .flatMap(stored -> expectedVersion.exists(v -> v != stored.version())
                        ? Either.left(new ApplicationError.VersionMismatch(kind.graphType(), id, expectedVersion.get(),
                                Option.some(stored.version())))
                        : client.send(conditional(GraphRequest.delete(entityTarget(scope, id)), stored.version()))
                                .mapLeft(failure -> errors.of(failure, Option.some(id), Option.some(stored.version())))
                                .map(deleted -> stored));
    }

    // --- lists -----------------------------------------------------------------------------------------------------

    @Override
    public Either<ApplicationError, Seq<Versioned<T>>> list(ListRequest<S, F> request) {
        return page(request, status -> ListPosition.of(request.order(), kind, status))
                .map(ListPage::items);
    }

    @Override
    public Either<ApplicationError, ListPage<T>> page(ListRequest<S, F> request,
                                                      Function<? super T, ListPosition> positionOf) {
        Objects.requireNonNull(request, "request");
        var scoped = scope(request.tenant(), request.scope());
        if (scoped.isLeft()) {
            return Either.left(scoped.getLeft());
        }
        S scope = scoped.get();
        var filter = filters.apply(request.filter());
        if (filter.passesNothing()) {
            return Either.right(new ListPage<>(List.empty(), Option.none()));
        }
        var after = request.after();
        if (after.isEmpty()) {
            return onePage(scope, query(collection.target(scope), filter, request.order(), Math.min(request.limit(), MAX_PAGE)),
                    request.limit(), positionOf);
        }
        if (after.get().resume().isDefined()) {
            String resume = after.get().resume().get();
            if (!resume.startsWith(client.baseUrl().root() + "/" + collection.target(scope) + "?")) {
                return Either.left(ApplicationError.invalid("cursor", resume, "is not a continuation of this "
                        + "list: it must go on with " + client.baseUrl().root() + "/" + collection.target(scope)));
            }
            return onePage(scope, resume, request.limit(), positionOf);
        }
        return walkedPage(scope, filter, request, positionOf);
    }

    /** One page as the service cuts it; more than {@code limit} statuses are cut here, and the rest read again. */
    private Either<ApplicationError, ListPage<T>> onePage(S scope, String target, int limit,
                                                          Function<? super T, ListPosition> positionOf) {
        return client.page(target).mapLeft(errors::of)
                .flatMap(page -> entities(page, scope).map(items -> {
                    if (items.size() > limit) {
                        var kept = items.take(limit);
                        return new ListPage<>(kept, Option.some(positionOf.apply(kept.last().value())));
                    }
                    // a nextLink too long to carry in a cursor leaves a plain position, reached by reading again
                    Option<ListPosition> next = page.nextLink().filter(link -> !items.isEmpty()).map(link -> {
                        var position = positionOf.apply(items.last().value());
                        return ListPosition.isContinuation(link) ? position.resumingWith(link) : position;
                    });
                    return new ListPage<>(items, next);
                }));
    }

    /** The page after a position the service knows no continuation for: read from the start, skip up to it. */
    private Either<ApplicationError, ListPage<T>> walkedPage(S scope, ODataFilter filter, ListRequest<S, F> request,
                                                             Function<? super T, ListPosition> positionOf) {
        var position = request.after().get();
        var comparator = positionOrder(request.order());
        Predicate<Versioned<T>> beyond = stored -> comparator.compare(positionOf.apply(stored.value()), position) > 0;
        int limit = request.limit();
        var pages = client.pages(query(collection.target(scope), filter, request.order(), MAX_PAGE));
        List<Versioned<T>> taken = List.empty();
        while (pages.hasNext()) {
            var items = entities(pages.next(), scope);
            if (items.isLeft()) {
                return Either.left(items.getLeft());
            }
            for (var stored : items.get().filter(beyond)) {
                if (taken.size() == limit) {
                    return Either.right(new ListPage<>(taken.reverse(),
                            Option.some(positionOf.apply(taken.head().value()))));
                }
                taken = taken.prepend(stored);
            }
        }
        return Either.right(new ListPage<>(taken.reverse(), Option.none()));
    }

    /** Positions in a list order, as the port defines it: by id, or by report time then id. */
    private static Comparator<ListPosition> positionOrder(ListOrder order) {
        Comparator<ListPosition> byId = Comparator.comparing(ListPosition::id);
        if (!order.byReportTime()) {
            return byId;
        }
        Comparator<ListPosition> byTime = Comparator.<ListPosition, Instant>comparing(p -> p.reportTime().get())
                .thenComparing(byId);
        return order.descending() ? byTime.reversed() : byTime;
    }

    @Override
    public Either<ApplicationError, Long> count(TenantId tenant, Option<S> scope, F filter) {
        Objects.requireNonNull(filter, "filter");
        var scoped = scope(tenant, scope);
        if (scoped.isLeft()) {
            return Either.left(scoped.getLeft());
        }
        var odata = filters.apply(filter);
        if (odata.passesNothing()) {
            return Either.right(0L);
        }
        return client.page(query(collection.target(scoped.get()), odata, ListOrder.ID, 1) + "&$count=true")
                .mapLeft(errors::of)
                .flatMap(page -> page.count().isDefined() ? Either.right(page.count().get())
                        : each(scoped.get(), query(collection.target(scoped.get()), odata, ListOrder.ID, MAX_PAGE), 0L,
                                (n, stored) -> n + 1));
    }

    @Override
    public Either<ApplicationError, Seq<StateCount<S>>> summarize(TenantId tenant, Option<S> scope) {
        var scoped = scope(tenant, scope);
        if (scoped.isLeft()) {
            return Either.left(scoped.getLeft());
        }
        S only = scoped.get();
        return each(only, query(collection.target(only), ODataFilter.ANY, ListOrder.ID, MAX_PAGE),
                HashMap.<Tuple3<S, String, String>, Long>empty(),
                (counts, stored) -> kind.stateValues(stored.value()).foldLeft(counts, (c, state) ->
                        c.put(Tuple.of(only, state._1, state._2), 1L, Long::sum)))
                .map(counts -> counts.map(e -> new StateCount<>(e._1._1, e._1._2, e._1._3, e._2)).toList());
    }

    // --- requests and answers ----------------------------------------------------------------------------------------

    /**
     * The scope asked for, or the type's only scope; {@code Invalid} for a parent-scoped type without one, and for
     * a tenant (or a scope of a tenant) other than this store's.
     */
    private Either<ApplicationError, S> scope(TenantId asked, Option<S> scope) {
        Objects.requireNonNull(asked, "tenant");
        Objects.requireNonNull(scope, "scope");
        var foreign = foreign(asked).orElse(() -> scope.flatMap(s -> foreign(kind.tenant(s))));
        if (foreign.isDefined()) {
            return Either.left(foreign.get());
        }
        return scope.orElse(collection.onlyScope()).toEither(() -> ApplicationError.invalid("scope", null,
                "is required: Graph serves " + kind.graphType() + " records only under their parent, so a Graph "
                        + "store lists, counts and summarizes them one parent at a time"));
    }

    /**
     * The refusal of a call for {@code asked} when that is not this store's tenant. A Graph store talks to the one
     * tenant its access token is for; a call naming another is a wiring mistake (the platform picked the wrong
     * tenant's store), refused before anything is sent. It is {@code Invalid} even for lookups, where "none" or
     * {@code NotFound} would hide the mistake: this store cannot know what another tenant holds.
     */
    private Option<ApplicationError> foreign(TenantId asked) {
        if (asked.equals(tenant)) {
            return Option.none();
        }
        return Option.some(ApplicationError.invalid("scope.tenant", asked.toString(), "is not the tenant of this "
                + "Graph store, which talks to tenant " + tenant + " (its access token's) only; use a GraphStore "
                + "made for tenant " + asked));
    }

    private String entityTarget(S scope, String id) {
        return collection.target(scope) + "/" + UriSegments.encode(id);
    }

    /**
     * A list request: the collection ({@code collection}: its target, or its path for a batch item) with
     * {@code $top}, {@code $filter} and {@code $orderby}.
     */
    private String query(String collection, ODataFilter filter, ListOrder order, int top) {
        var query = new StringBuilder(collection).append("?$top=").append(top);
        filter.text().forEach(text -> query.append("&$filter=").append(encoded(text)));
        switch (order) {
            case ID -> query.append("&$orderby=id");
            case REPORT_TIME_ASC -> query.append("&$orderby=").append(encoded(reportTimeProperty + " asc"));
            case REPORT_TIME_DESC -> query.append("&$orderby=").append(encoded(reportTimeProperty + " desc"));
        }
        return query.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The request of one write. A create sends the status's id (the service keeps it when free, so a retried create
     * cannot make a second status); an update sends the whole state (so sending it twice does no harm) with
     * {@code If-Match} of the expected version. {@code absolute}: a path with the version, else one for a batch.
     */
    private GraphRequest request(Write<T> write, boolean absolute) {
        T status = write.status();
        S scope = kind.scope(status);
        var version = collection.version(scope);
        String base = absolute ? collection.target(scope) : collection.path(scope);
        byte[] body = EntityCodec.bytes(codec.write(status, version, Option.none()));
        if (write instanceof Write.Update<T> update) {
            return conditional(GraphRequest.patch(base + "/" + UriSegments.encode(kind.id(status)), body),
                    update.expectedVersion());
        }
        return GraphRequest.post(base, body);
    }

    private static GraphRequest conditional(GraphRequest request, long version) {
        return request.withHeader("If-Match", "W/\"" + version + "\"");
    }

    private ApplicationError refusal(Write<T> write, GraphFailure failure) {
        if (write instanceof Write.Update<T> update) {
            return errors.of(failure, Option.some(kind.id(update.status())), Option.some(update.expectedVersion()));
        }
        return errors.of(failure);
    }

    /** The stored status a write's answer describes: its body, or for a bodiless 204 the status sent. */
    private Either<ApplicationError, Versioned<T>> written(Write<T> write, GraphResponse response) {
        if (response.body().length == 0) {
            long expected = write instanceof Write.Update<T> update ? update.expectedVersion() : 0;
            return Either.right(new Versioned<>(write.status(), version(response.header("etag")).getOrElse(expected + 1)));
        }
        return entity(response, kind.scope(write.status()));
    }

    private Either<ApplicationError, Versioned<T>> entity(GraphResponse response, S scope) {
        return response.json().mapLeft(errors::of)
                .flatMap(json -> entity(json, scope, response.header("etag")));
    }

    /** The statuses of a page as the client answered it, or the port error its failure becomes. */
    private Either<ApplicationError, Seq<Versioned<T>>> entities(Either<GraphFailure, GraphPage> page, S scope) {
        return page.mapLeft(errors::of).flatMap(read -> entities(read, scope));
    }

    private Either<ApplicationError, Seq<Versioned<T>>> entities(GraphPage page, S scope) {
        return Either.sequenceRight(page.value().map(item -> entity(item, scope, Option.none())))
                .map(Seq::toList);
    }

    /** A status as the service wrote it, at the version of its ETag (the item's own, else the response's). */
    private Either<ApplicationError, Versioned<T>> entity(ObjectNode json, S scope, Option<String> etag) {
        JsonNode id = json.get("id");
        if (id == null || !id.isTextual()) {
            return Either.left(unreadable("it has no id"));
        }
        var version = collection.version(scope);
        long stored = version(Option.of(json.get("@odata.etag")).filter(JsonNode::isTextual).map(JsonNode::textValue)
                .orElse(etag)).getOrElse(Versioned.FIRST);
        return codec.readAnswer(json, version, id.textValue())
                .mapLeft(invalid -> unreadable(invalid.message()))
                .flatMap(body -> kind.create(id.textValue(), scope, body.draft(), STORED)
                        .mapLeft(invalid -> unreadable(ApplicationError.of(invalid).message())))
                .map(status -> new Versioned<>(status, stored));
    }

    private ApplicationError unreadable(String why) {
        return new ApplicationError.Unavailable("the service answered a " + kind.graphType()
                + " this store cannot hold: " + why);
    }

    /** The version a weak ETag {@code W/"n"} names. */
    static Option<Long> version(Option<String> etag) {
        return etag.map(WEAK_VERSION::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> Long.parseLong(m.group(1)));
    }

    /** Folds every status of a query, page by page (one page in memory at a time). */
    private <A> Either<ApplicationError, A> each(S scope, String target, A start,
                                                 BiFunction<A, Versioned<T>, A> step) {
        A folded = start;
        Iterator<Either<GraphFailure, GraphPage>> pages = client.pages(target);
        while (pages.hasNext()) {
            var items = entities(pages.next(), scope);
            if (items.isLeft()) {
                return Either.left(items.getLeft());
            }
            for (var stored : items.get()) {
                folded = step.apply(folded, stored);
            }
        }
        return Either.right(folded);
    }

    private static boolean isStatus(GraphFailure failure, int status) {
        return failure instanceof GraphFailure.Answered answered && answered.status() == status;
    }

    /** Consecutive writes that go to the same API version, in order. */
    private Seq<io.vavr.Tuple2<ApiVersion, Seq<Write<T>>>> runsByVersion(Seq<Write<T>> writes) {
        var runs = List.<io.vavr.Tuple2<ApiVersion, Seq<Write<T>>>>empty();
        for (Write<T> write : writes) {
            var version = collection.version(kind.scope(write.status()));
            runs = !runs.isEmpty() && runs.last()._1 == version
                    ? runs.init().append(Tuple.of(version, runs.last()._2.append(write)))
                    : runs.append(Tuple.of(version, List.of(write)));
        }
        return runs;
    }
}
