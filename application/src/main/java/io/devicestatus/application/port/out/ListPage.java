package io.devicestatus.application.port.out;

import io.devicestatus.application.model.Versioned;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One page of a list, as {@link StatusRepository#page} answers it.
 *
 * @param items the page's statuses, in the list's order
 * @param next  where the next page starts; none on the last page
 * @param <T>   the status type
 */
public record ListPage<T>(Seq<Versioned<T>> items, Option<ListPosition> next) {

    public ListPage {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(next, "next");
    }
}
