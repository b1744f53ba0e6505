package io.devicestatus.adapter.graph.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.auth.Resource;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.DeleteStatusCommand;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.StatusPageResult;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.application.service.StatusService;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.StatusId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The five operations on one status type's collections, over its use cases: list, create, get, update (PATCH),
 * delete. Each answers a response or a {@link Failure}; none throws for bad input.
 *
 * @param <T> the aggregate
 * @param <S> its scope
 * @param <D> its draft
 * @param <D> its draft
 */
final class StatusEndpoint<T, S, D> {

    private final StatusService<T, S, D> useCases;
    private final EntityCodec<T, D> codec;
    private final String reportTimeProperty;
    private final Resource resource;
    private final int maxSkip;

    StatusEndpoint(StatusService<T, S, D> useCases, EntityCodec<T, D> codec, Resource resource, int maxSkip) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.codec = Objects.requireNonNull(codec, "codec");
        // what $orderby may name besides id
        this.reportTimeProperty = useCases.kind().reportTimeProperty().name();
        this.resource = Objects.requireNonNull(resource, "resource");
        this.maxSkip = maxSkip;
    }

    /** Whose permissions guard this type. */
    Resource resource() {
        return resource;
    }

    Either<Failure, ApiResponse> list(Call call, S scope, QueryOptions query) {
        return listOptions(query, call.version()).flatMap(options -> {
            if (options.skip() == 0) {
                return page(scope, options, query.get("$skiptoken").getOrNull())
                        .map(page -> listResponse(call, query, page, options.select()));
            }
            return skipped(scope, options)
                    .flatMap(cursor ->
                            cursor.isDefined() ? page(scope, options, cursor.get()) : pastTheEnd(scope, options))
                    .map(page -> listResponse(call, query, page, options.select()));
        });
    }

    /** The list's query options, read at once so that every bad one is reported together. */
    private record ListOptions<D>(
            Option<Integer> top,
            int skip,
            StatusFilter<D> filter,
            Option<LinkedHashSet<String>> select,
            ListOrder order,
            boolean count) {
        ListOptions<D> withTop(int size) {
            return new ListOptions<>(Option.some(size), skip, filter, select, order, count);
        }
    }

    private Either<Failure, ListOptions<D>> listOptions(QueryOptions query, ApiVersion version) {
        if (query.get("$skip").isDefined() && query.get("$skiptoken").isDefined()) {
            return Either.left(Failure.badRequest("$skip and $skiptoken cannot be combined."));
        }
        return Validation.combine(
                        query.integer("$top", 1, ListStatusesQuery.MAX_PAGE_SIZE, "")
                                .toValidation(),
                        query.integer("$skip", 0, maxSkip, "; page further with @odata.nextLink")
                                .toValidation(),
                        filter(query, version).toValidation(),
                        select(query, version).toValidation(),
                        order(query).toValidation(),
                        count(query).toValidation())
                .ap((top, skip, filter, select, order, count) ->
                        new ListOptions<>(top, skip.getOrElse(0), filter, select, order, count))
                .toEither()
                .mapLeft(Failure::merged);
    }

    /**
     * {@code GET <collection>/$count}: the number of statuses that pass {@code $filter} (all without one), as
     * OData's {@code /$count} segment answers it: a plain-text integer.
     */
    Either<Failure, ApiResponse> count(Call call, S scope, QueryOptions query) {
        var counting = filter(query, call.version())
                .map(filter -> new ListOptions<>(
                        Option.some(1), 0, filter, Option.<LinkedHashSet<String>>none(), ListOrder.ID, true));
        return counting.flatMap(options -> page(scope, options, null))
                .map(page ->
                        ApiResponse.text(200, String.valueOf(page.totalCount().getOrElse(0L))));
    }

    Either<Failure, ApiResponse> create(Call call, S scope, byte[] body) {
        return codec.read(body, call.version(), Option.none())
                .mapLeft(Failure::of)
                .flatMap(entity -> useCases.create(new CreateStatusCommand<>(
                                scope, entity.draft(), entity.id().map(StatusId::new)))
                        .mapLeft(Failure::of))
                .map(created -> entityResponse(201, created, call, Option.none())
                        .withHeader("Location", call.entityUrl(useCases.kind().id(created.value()))));
    }

    Either<Failure, ApiResponse> get(Call call, S scope, String id, QueryOptions query) {
        return select(query, call.version())
                .flatMap(select -> useCases.get(new GetStatusQuery<>(scope, new StatusId(id)))
                        .mapLeft(Failure::of)
                        .map(found -> entityResponse(200, found, call, select)));
    }

    Either<Failure, ApiResponse> update(
            Call call, S scope, String id, byte[] body, Option<Long> expectedVersion, boolean minimal) {
        return codec.read(body, call.version(), Option.some(id))
                .mapLeft(Failure::of)
                .flatMap(entity -> useCases.update(new UpdateStatusCommand<>(
                                scope, new StatusId(id), entity.draft(), entity.nulls(), expectedVersion.getOrNull()))
                        .mapLeft(Failure::of))
                .map(updated -> minimal
                        ? ApiResponse.empty(204)
                                .withHeader("ETag", etag(updated.version()))
                                .withHeader("Preference-Applied", "return=minimal")
                        : entityResponse(200, updated, call, Option.none()));
    }

    Either<Failure, ApiResponse> delete(S scope, String id, Option<Long> expectedVersion) {
        return useCases.delete(new DeleteStatusCommand<>(scope, new StatusId(id), expectedVersion.getOrNull()))
                .mapLeft(Failure::of)
                .map(deleted -> ApiResponse.empty(204));
    }

    /** The weak ETag of a version, as {@code If-Match} takes it back. */
    static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    private Either<Failure, StatusFilter<D>> filter(QueryOptions query, ApiVersion version) {
        return query.get("$filter")
                .fold(
                        () -> Either.right(StatusFilter.any()),
                        text -> FilterParser.parse(text)
                                .mapLeft(message -> Failure.badRequest("$filter", text, message))
                                .flatMap(comparisons ->
                                        FilterReader.filter(useCases.kind().properties(), comparisons, version)));
    }

    /** {@code $select}: the names in the order given (the context URL lists them so), each once. */
    private Either<Failure, Option<LinkedHashSet<String>>> select(QueryOptions query, ApiVersion version) {
        var text = query.get("$select");
        if (text.isEmpty()) {
            return Either.right(Option.none());
        }
        var names = List.of(text.get().split(",", -1)).map(String::trim);
        var known = codec.propertyNames(version);
        var unknown = names.filter(name -> !known.contains(name));
        return unknown.isEmpty()
                ? Either.right(Option.some(LinkedHashSet.ofAll(names)))
                : Either.left(Failure.badRequest(
                        "$select",
                        text.get(),
                        "names " + unknown.map(n -> "'" + n + "'").mkString(", ") + " that "
                                + codec.kind().graphType() + " does not have in " + version.pathSegment()
                                + "; it has: " + known.mkString(", ")));
    }

    /** {@code $orderby}: {@code id} (the default) or the report time, ascending or descending. */
    private Either<Failure, ListOrder> order(QueryOptions query) {
        var text = query.get("$orderby");
        if (text.isEmpty()) {
            return Either.right(ListOrder.ID);
        }
        String[] words = text.get().trim().split(" +");
        String direction = words.length == 2 ? words[1] : "asc";
        if (words.length <= 2 && (direction.equals("asc") || direction.equals("desc"))) {
            if (words[0].equals("id") && direction.equals("asc")) {
                return Either.right(ListOrder.ID);
            }
            if (words[0].equals(reportTimeProperty)) {
                return Either.right(direction.equals("asc") ? ListOrder.REPORT_TIME_ASC : ListOrder.REPORT_TIME_DESC);
            }
        }
        return Either.left(Failure.badRequest(
                "$orderby", text.get(), "can order by " + reportTimeProperty + " (asc or desc) or by id (asc)"));
    }

    private static Either<Failure, Boolean> count(QueryOptions query) {
        var text = query.get("$count");
        if (text.isEmpty() || text.get().equals("false")) {
            return Either.right(false);
        }
        return text.get().equals("true")
                ? Either.right(true)
                : Either.left(Failure.badRequest("$count", text.get(), "must be true or false"));
    }

    /**
     * The cursor after the first {@code skip} statuses, walking pages of at most the maximum size; none when no more
     * are stored. {@code $skip} costs reading what it skips, so it is bounded; links use cursors instead.
     */
    private Either<Failure, Option<String>> skipped(S scope, ListOptions<D> options) {
        var walk = new ListOptions<>(Option.none(), 0, options.filter(), Option.none(), options.order(), false);
        Option<String> cursor = Option.none();
        int left = options.skip();
        while (left > 0) {
            var page = page(scope, walk.withTop(Math.min(left, ListStatusesQuery.MAX_PAGE_SIZE)), cursor.getOrNull());
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            left -= page.get().items().size();
            cursor = page.get().nextCursor();
            if (cursor.isEmpty()) {
                return Either.right(Option.none());
            }
        }
        return Either.right(cursor);
    }

    /** The empty page after a {@code $skip} past the last status, with the count when asked for. */
    private Either<Failure, StatusPageResult<T>> pastTheEnd(S scope, ListOptions<D> options) {
        if (!options.count()) {
            return Either.right(new StatusPageResult<>(List.empty(), Option.none(), Option.none()));
        }
        return page(scope, options.withTop(1), null)
                .map(page -> new StatusPageResult<>(List.empty(), Option.none(), page.totalCount()));
    }

    private Either<Failure, StatusPageResult<T>> page(S scope, ListOptions<D> options, String cursor) {
        return useCases.list(new ListStatusesQuery<>(
                        useCases.kind().tenant(scope),
                        scope,
                        options.filter(),
                        options.top().getOrNull(),
                        cursor,
                        options.count(),
                        options.order()))
                .mapLeft(error -> Failure.of(error).rename("cursor", "$skiptoken"));
    }

    private ApiResponse listResponse(
            Call call, QueryOptions query, StatusPageResult<T> page, Option<LinkedHashSet<String>> select) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("@odata.context", call.context(select, false));
        page.totalCount().forEach(count -> json.put("@odata.count", count));
        ArrayNode values = json.putArray("value");
        page.items().forEach(item -> values.add(entityJson(item, call.version(), select)));
        page.nextCursor().forEach(cursor -> json.put("@odata.nextLink", nextLink(call, query, cursor)));
        return ApiResponse.json(200, EntityCodec.bytes(json));
    }

    private static String nextLink(Call call, QueryOptions query, String cursor) {
        var parameters = query.carriedToNextPage()
                .map(p -> p._1 + "=" + p._2)
                .append("$skiptoken=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return call.baseUri() + call.collectionPath() + "?" + parameters.mkString("&");
    }

    /** One entity with its {@code @odata.context} first, as OData requires it of a response's top object. */
    private ApiResponse entityResponse(
            int status, Versioned<T> entity, Call call, Option<LinkedHashSet<String>> select) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("@odata.context", call.context(select, true));
        json.setAll(entityJson(entity, call.version(), select));
        return ApiResponse.json(status, EntityCodec.bytes(json)).withHeader("ETag", etag(entity.version()));
    }

    /**
     * The entity's JSON with its version as {@code @odata.etag} after the type, as OData writes an entity that has
     * an ETag: in a list, that is the only place a client finds each item's version.
     */
    private ObjectNode entityJson(Versioned<T> entity, ApiVersion version, Option<LinkedHashSet<String>> select) {
        ObjectNode written = codec.write(entity.value(), version, Option.narrow(select));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("@odata.type", written.remove("@odata.type"));
        json.put("@odata.etag", etag(entity.version()));
        json.setAll(written);
        return json;
    }
}
