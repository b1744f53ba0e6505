package io.devicestatus.adapter.graph.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An entity as a request body carried it.
 *
 * @param draft the properties given a value; {@code null} = absent or JSON {@code null}
 * @param nulls the properties given as JSON {@code null} (only nullable ones get this far): a PATCH clears them, a
 *              create treats them as absent
 * @param id    the {@code id} the body carried, or none: in a create the id the client asks the status to be created
 *              under; in a PATCH it can only be the URL's
 * @param <D>   the draft type
 */
public record EntityBody<D>(D draft, Seq<String> nulls, Option<String> id) {

    public EntityBody {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(nulls, "nulls");
        Objects.requireNonNull(id, "id");
    }

    /** A body without an id. */
    public EntityBody(D draft, Seq<String> nulls) {
        this(draft, nulls, Option.none());
    }
}
