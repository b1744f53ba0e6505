package io.devicestatus.adapter.graph.codec;

import io.vavr.collection.Seq;

import java.util.Objects;

/**
 * An entity as a request body carried it.
 *
 * @param draft the properties given a value; {@code null} = absent or JSON {@code null}
 * @param nulls the properties given as JSON {@code null} (only nullable ones get this far): a PATCH clears them, a
 *              create treats them as absent
 * @param <D>   the draft type
 */
public record EntityBody<D>(D draft, Seq<String> nulls) {

    public EntityBody {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(nulls, "nulls");
    }
}
