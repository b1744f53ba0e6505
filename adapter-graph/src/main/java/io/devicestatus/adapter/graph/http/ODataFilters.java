package io.devicestatus.adapter.graph.http;

import io.devicestatus.application.model.PropertyTable;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.control.Either;

/**
 * OData {@code $filter} expressions read into list filters, outside an HTTP request (a command line's
 * {@code --filter}): the same grammar and properties the API takes, the same errors.
 */
public final class ODataFilters {

    private ODataFilters() {}

    /** The filter on a status type with these properties that {@code text} says, or what is wrong with it. */
    public static <D> Either<String, StatusFilter<D>> read(PropertyTable<D> table, String text, ApiVersion version) {
        return FilterParser.parse(text)
                .mapLeft(message -> "'" + text + "': " + message)
                .flatMap(comparisons -> FilterReader.filter(table, comparisons, version)
                        .mapLeft(failure ->
                                failure.details().map(Object::toString).mkString("; ")));
    }
}
