package io.devicestatus.adapter.graph.http;

import io.devicestatus.adapter.graph.wire.UriSegments;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The OData system query options of a request ({@code $top}, {@code $filter}, ...), decoded and checked for form;
 * what they mean for a collection is the endpoint's business. Other parameters (OData's custom query options) are
 * kept for links and otherwise ignored.
 *
 * @param options the {@code $} options, by name, decoded
 * @param pairs   every parameter as sent (encoded), in order, for building {@code @odata.nextLink}
 */
record QueryOptions(Map<String, String> options, List<Tuple2<String, String>> pairs) {

    static final Set<String> LIST = io.vavr.collection.LinkedHashSet.of(
            "$top", "$skip", "$skiptoken", "$filter", "$orderby", "$select", "$count");
    static final Set<String> ENTITY = io.vavr.collection.LinkedHashSet.of("$select");
    /** What {@code /$count} takes: a number has no page, order, shape nor count of its own. */
    static final Set<String> COUNT = io.vavr.collection.LinkedHashSet.of("$filter");

    static final Set<String> NONE = io.vavr.collection.LinkedHashSet.empty();

    /** Parses a raw query string; a {@code $} option given twice, or not in {@code allowed}, is refused. */
    static Either<Failure, QueryOptions> parse(String rawQuery, Set<String> allowed) {
        var options = LinkedHashMap.<String, String>empty();
        var pairs = List.<Tuple2<String, String>>empty();
        for (String pair : rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            pairs = pairs.append(Tuple.of(rawName, rawValue));
            var name = decode(rawName);
            var value = decode(rawValue);
            if (name.isEmpty() || value.isEmpty()) {
                return Either.left(
                        Failure.badRequest("The query string is not validly percent-encoded near '" + pair + "'."));
            }
            if (!name.get().startsWith("$")) {
                continue;
            }
            if (!allowed.contains(name.get())) {
                return Either.left(Failure.badRequest("Query option '" + name.get() + "' is not supported here"
                        + (allowed.isEmpty() ? "." : "; supported: " + allowed.mkString(", ") + ".")));
            }
            if (options.containsKey(name.get())) {
                return Either.left(Failure.badRequest("Query option '" + name.get() + "' was given more than once."));
            }
            options = options.put(name.get(), value.get());
        }
        return Either.right(new QueryOptions(options, pairs));
    }

    Option<String> get(String name) {
        return options.get(name);
    }

    /** An integer option within bounds, or a 400 naming it and the bounds. */
    Either<Failure, Option<Integer>> integer(String name, int min, int max, String hint) {
        var text = get(name);
        if (text.isEmpty()) {
            return Either.right(Option.none());
        }
        if (text.get().matches("[0-9]{1,9}")) {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return Either.right(Option.some(value));
            }
        }
        return Either.left(
                Failure.badRequest(name, text.get(), "must be a whole number from " + min + " to " + max + hint));
    }

    /** The parameters to repeat in a next-page link: all but {@code $skip} and {@code $skiptoken}. */
    List<Tuple2<String, String>> carriedToNextPage() {
        return pairs.filter(p -> decode(p._1)
                .filter(n -> n.equals("$skip") || n.equals("$skiptoken"))
                .isEmpty());
    }

    /**
     * Form decoding ({@code +} is a space, as OData clients send {@code $filter=status+eq+'x'}); none when an escape is
     * broken or the bytes are not UTF-8, as for a path segment (URLDecoder took non-ASCII digits and made U+FFFD).
     */
    private static Option<String> decode(String raw) {
        return UriSegments.decode(raw.replace('+', ' '));
    }
}
