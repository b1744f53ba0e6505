package io.devicestatus.adapter.graph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.client.GraphFailure;
import io.devicestatus.adapter.graph.client.GraphPage;
import io.devicestatus.adapter.graph.client.GraphResponse;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statuses in the service's answers: an entity, a page's items, a write's result, each at the version of its
 * ETag; an answer this store cannot hold is {@code Unavailable}, a failed request its {@link StoreErrors} error.
 */
final class StatusAnswers<T, S, D> {

    /** A status read back from the store is not judged again for its report time. */
    private static final ReportTimePolicy STORED =
            new ReportTimePolicy(Clock.fixed(Instant.MAX, ZoneOffset.UTC), Duration.ZERO);

    private static final Pattern WEAK_VERSION = Pattern.compile("^(?:W/)?\"([1-9][0-9]{0,17})\"$");

    private final StatusKind<T, S, D> kind;
    private final EntityCodec<T, D> codec;
    private final StatusCollection<S> collection;
    private final StoreErrors errors;

    StatusAnswers(
            StatusKind<T, S, D> kind, EntityCodec<T, D> codec, StatusCollection<S> collection, StoreErrors errors) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The status an entity answer holds. */
    Either<ApplicationError, Versioned<T>> entity(GraphResponse response, S scope) {
        return response.json().mapLeft(errors::of).flatMap(json -> entity(json, scope, response.header("etag")));
    }

    /** The statuses of a page as the client answered it, or the port error its failure becomes. */
    Either<ApplicationError, Seq<Versioned<T>>> entities(Either<GraphFailure, GraphPage> page, S scope) {
        return page.mapLeft(errors::of).flatMap(read -> entities(read, scope));
    }

    /** The statuses of a page; the first that cannot be held is the error. */
    Either<ApplicationError, Seq<Versioned<T>>> entities(GraphPage page, S scope) {
        return Either.traverseRight(page.value(), item -> entity(item, scope, Option.none()))
                .map(Seq::toList);
    }

    /** The stored status a write's answer describes: its body, or for a bodiless 204 the status sent. */
    Either<ApplicationError, Versioned<T>> written(Write<T> write, GraphResponse response) {
        if (response.body().length == 0) {
            long expected = write instanceof Write.Update<T> update ? update.expectedVersion() : 0;
            return Either.right(new Versioned<>(
                    write.status(), version(response.header("etag")).getOrElse(expected + 1)));
        }
        return entity(response, kind.scope(write.status()));
    }

    /** The version a weak ETag {@code W/"n"} names. */
    static Option<Long> version(Option<String> etag) {
        return etag.map(WEAK_VERSION::matcher).filter(Matcher::matches).map(m -> Long.parseLong(m.group(1)));
    }

    /** A status as the service wrote it, at the version of its ETag (the item's own, else the response's). */
    private Either<ApplicationError, Versioned<T>> entity(ObjectNode json, S scope, Option<String> etag) {
        JsonNode id = json.get("id");
        if (id == null || !id.isTextual()) {
            return Either.left(errors.unreadable("it has no id"));
        }
        var version = collection.version(scope);
        long stored = version(Option.of(json.get("@odata.etag"))
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::textValue)
                        .orElse(etag))
                .getOrElse(Versioned.FIRST);
        return codec.readAnswer(json, version, id.textValue())
                .mapLeft(invalid -> errors.unreadable(invalid.message()))
                .flatMap(body -> kind.create(id.textValue(), scope, body.draft(), STORED)
                        .mapLeft(invalid ->
                                errors.unreadable(ApplicationError.of(invalid).message())))
                .map(status -> new Versioned<>(status, stored));
    }
}
