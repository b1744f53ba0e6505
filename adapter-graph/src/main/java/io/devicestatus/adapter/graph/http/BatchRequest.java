package io.devicestatus.adapter.graph.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /{version}/$batch} (Graph's JSON batching), read and checked whole before any of its
 * requests runs: {@code {"requests": [{"id", "method", "url", "headers", "body", "dependsOn"}, ...]}}. Every problem
 * is reported at once, each naming its field path ({@code requests[3].method}); a batch with any is refused whole, so
 * that a malformed batch applies nothing.
 *
 * <p>A {@code url} is relative to the batch's version root, with or without a leading {@code /}. An absolute URL, a
 * version segment ({@code /beta/...}) and a nested {@code $batch} are refused here, for the whole batch: they are
 * mistakes in the batch document, not requests the API could answer.
 *
 * @param items the requests in the order given
 * @param order the same requests in the order they run: the array's, but each after the requests it depends on
 */
record BatchRequest(Seq<Item> items, Seq<Item> order) {

    /** The most requests a batch takes, as Graph allows. */
    static final int MAX_REQUESTS = 20;
    /** The longest {@code url} taken: what the server reads of a request line by default (Jetty's 8 KiB). */
    static final int MAX_URL_LENGTH = 8 * 1024;

    static final Set<String> METHODS = LinkedHashSet.of("GET", "POST", "PATCH", "PUT", "DELETE");

    private static final Set<String> BATCH_PROPERTIES = LinkedHashSet.of("requests");
    private static final Set<String> ITEM_PROPERTIES =
            LinkedHashSet.of("id", "method", "url", "headers", "body", "dependsOn");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    BatchRequest {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(order, "order");
    }

    /**
     * One request of a batch.
     *
     * @param id        the client's id for it, unique in the batch; its response carries it
     * @param method    one of {@link #METHODS}, exactly (method names are case-sensitive)
     * @param url       as given, relative to the version root
     * @param headers   its own headers, by lower-case name
     * @param body      its JSON body, or none
     * @param dependsOn the ids of the requests that must have succeeded before it runs
     */
    record Item(
            String id,
            String method,
            String url,
            Map<String, String> headers,
            Option<JsonNode> body,
            Set<String> dependsOn) {

        Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(dependsOn, "dependsOn");
        }

        /** The path under {@code version}, encoded as a client would have sent it alone (a space as {@code %20}). */
        String path(ApiVersion version) {
            String relative = url.startsWith("/") ? url.substring(1) : url;
            int query = relative.indexOf('?');
            return "/" + version.pathSegment() + "/"
                    + encodeLoosely(query < 0 ? relative : relative.substring(0, query));
        }

        /** The query string, encoded as a client would have sent it alone; empty when there is none. */
        String rawQuery() {
            int query = url.indexOf('?');
            return query < 0 ? "" : encodeLoosely(url.substring(query + 1));
        }
    }

    /** Reads a batch body, or a 400 naming every problem. */
    static Either<Failure, BatchRequest> parse(byte[] body) {
        return GraphJson.parseObject(body).mapLeft(Failure::of).flatMap(BatchRequest::parse);
    }

    private static Either<Failure, BatchRequest> parse(ObjectNode json) {
        var violations = List.<Violation>empty();
        for (var property : json.properties()) {
            String name = property.getKey();
            if (!BATCH_PROPERTIES.contains(name) && name.indexOf('@') < 0) {
                violations = violations.append(Violation.of(
                        name, null, "is not a property of a batch; it has: " + BATCH_PROPERTIES.mkString(", ")));
            }
        }
        var requests = json.get("requests");
        if (requests == null || !requests.isArray()) {
            violations = violations.append(
                    requests == null
                            ? Violation.of(
                                    "requests", null, "is required: an array of 1 to " + MAX_REQUESTS + " requests")
                            : wrongType("requests", requests, "an array"));
            return invalid(violations);
        }
        if (requests.isEmpty() || requests.size() > MAX_REQUESTS) {
            return invalid(violations.append(Violation.of(
                    "requests",
                    requests.size() + " requests",
                    "holds " + requests.size() + " requests; a batch takes 1 to " + MAX_REQUESTS)));
        }
        var items = List.<Item>empty();
        for (int i = 0; i < requests.size(); i++) {
            var read = item("requests[" + i + "]", requests.get(i));
            violations = violations.appendAll(read.swap().getOrElse(List.empty()));
            items = items.appendAll(read.toOption());
        }
        violations = violations.appendAll(uniqueIds(items)).appendAll(knownDependencies(items));
        if (!violations.isEmpty()) {
            return invalid(violations);
        }
        var ordered = executionOrder(items);
        return ordered.isLeft()
                ? invalid(List.of(ordered.getLeft()))
                : Either.right(new BatchRequest(items, ordered.get()));
    }

    /** One request, or every problem with it. */
    private static Either<List<Violation>, Item> item(String path, JsonNode json) {
        if (!json.isObject()) {
            return Either.left(List.of(wrongType(path, json, "an object")));
        }
        var violations = List.<Violation>empty();
        for (var property : json.properties()) {
            String name = property.getKey();
            if (!ITEM_PROPERTIES.contains(name)) {
                violations = violations.append(Violation.of(
                        path + "." + name,
                        null,
                        "is not a property of a batch request; it has: " + ITEM_PROPERTIES.mkString(", ")));
            }
        }
        var id = text(path + ".id", json.get("id"))
                .flatMap(text ->
                        Text.identifier(path + ".id", text).toEither().mapLeft(violation -> List.of(violation)));
        var method = text(path + ".method", json.get("method")).flatMap(text -> method(path + ".method", text));
        var url = text(path + ".url", json.get("url")).flatMap(text -> url(path + ".url", text));
        var headers = headers(path + ".headers", json.get("headers"));
        var dependsOn = dependsOn(path + ".dependsOn", json.get("dependsOn"));
        violations = violations
                .appendAll(id.swap().getOrElse(List.empty()))
                .appendAll(method.swap().getOrElse(List.empty()))
                .appendAll(url.swap().getOrElse(List.empty()))
                .appendAll(headers.swap().getOrElse(List.empty()))
                .appendAll(dependsOn.swap().getOrElse(List.empty()));
        var body = Option.of(json.get("body")).filter(node -> !node.isNull());
        return violations.isEmpty()
                ? Either.right(new Item(id.get(), method.get(), url.get(), headers.get(), body, dependsOn.get()))
                : Either.left(violations);
    }

    private static Either<List<Violation>, String> text(String field, JsonNode json) {
        if (json == null || json.isNull()) {
            return Either.left(List.of(Violation.missing(field)));
        }
        return json.isTextual()
                ? Either.right(json.textValue())
                : Either.left(List.of(wrongType(field, json, "a string")));
    }

    /** A method as it would be sent alone: case-sensitive (RFC 9110, 9.1), so {@code post} is refused, not run. */
    private static Either<List<Violation>, String> method(String field, String text) {
        if (METHODS.contains(text)) {
            return Either.right(text);
        }
        String hint = METHODS.contains(text.toUpperCase(Locale.ROOT))
                ? "; method names are case-sensitive, so write '" + text.toUpperCase(Locale.ROOT) + "'"
                : "";
        return Either.left(List.of(Violation.of(field, text, "must be one of " + METHODS.mkString(", ") + hint)));
    }

    /** A URL relative to the version root: no scheme, no authority, no version segment, no nested batch. */
    private static Either<List<Violation>, String> url(String field, String text) {
        String relative = text.startsWith("/") ? text.substring(1) : text;
        String first = UriSegments.decode(relative.split("[/?]", 2)[0]).getOrElse("");
        String problem = null;
        if (text.isBlank()) {
            problem = "must not be blank";
        } else if (text.length() > MAX_URL_LENGTH) {
            problem = "is " + text.length() + " characters long; at most " + MAX_URL_LENGTH + " are allowed";
        } else if (SCHEME.matcher(text).find() || text.startsWith("//")) {
            problem = "must be relative to the batch's version root, such as /deviceManagement/iosUpdateStatuses";
        } else if (List.of(ApiVersion.values()).exists(v -> v.pathSegment().equals(first))) {
            problem = "must not name a version ('" + first + "'): it is relative to the batch's version root";
        } else if (first.equals(GraphPaths.BATCH)) {
            problem = "must not be a nested $batch";
        }
        return problem == null
                ? Either.right(text)
                : Either.left(List.of(Violation.of(field, abbreviated(text), problem)));
    }

    /**
     * The request's headers by lower-case name, each a string. Names are case-insensitive (RFC 9110, 5.1), so
     * {@code content-type} and {@code Content-Type} are one header: given twice with the same value (as the Graph
     * SDKs' {@code BatchRequestContent} writes a create) it is taken once, with different values it is refused, as
     * which one counts would be a guess. {@code Authorization} is refused: every request runs as the caller the
     * batch's own token names.
     */
    private static Either<List<Violation>, Map<String, String>> headers(String field, JsonNode json) {
        if (json == null || json.isNull()) {
            return Either.right(LinkedHashMap.empty());
        }
        if (!json.isObject()) {
            return Either.left(List.of(wrongType(field, json, "an object of header names and string values")));
        }
        var violations = List.<Violation>empty();
        Map<String, String> headers = LinkedHashMap.empty();
        for (var header : json.properties()) {
            String name = header.getKey();
            String key = name.toLowerCase(Locale.ROOT);
            JsonNode value = header.getValue();
            if (key.equals("authorization")) {
                violations = violations.append(Violation.of(
                        field + "." + name,
                        null,
                        "is not taken per request: "
                                + "every request of a batch runs with the batch's own Authorization header"));
            } else if (!value.isTextual()) {
                violations = violations.append(wrongType(field + "." + name, value, "a string"));
            } else if (headers.get(key).exists(earlier -> !earlier.equals(value.textValue()))) {
                violations = violations.append(Violation.of(
                        field + "." + name,
                        abbreviated(value.textValue()),
                        "is given twice with different values (header names are case-insensitive); the other is '"
                                + abbreviated(headers.get(key).get()) + "'"));
            } else {
                headers = headers.put(key, value.textValue());
            }
        }
        return violations.isEmpty() ? Either.right(headers) : Either.left(violations);
    }

    private static Either<List<Violation>, Set<String>> dependsOn(String field, JsonNode json) {
        if (json == null || json.isNull()) {
            return Either.right(LinkedHashSet.empty());
        }
        if (!json.isArray()) {
            return Either.left(List.of(wrongType(field, json, "an array of request ids")));
        }
        var violations = List.<Violation>empty();
        Set<String> ids = LinkedHashSet.empty();
        for (int i = 0; i < json.size(); i++) {
            var id = json.get(i);
            if (id.isTextual()) {
                ids = ids.add(id.textValue());
            } else {
                violations = violations.append(wrongType(field + "[" + i + "]", id, "a request id as a string"));
            }
        }
        return violations.isEmpty() ? Either.right(ids) : Either.left(violations);
    }

    private static List<Violation> uniqueIds(Seq<Item> items) {
        var violations = List.<Violation>empty();
        for (int i = 0; i < items.size(); i++) {
            var id = items.get(i).id();
            int first = items.indexWhere(item -> item.id().equals(id));
            if (first < i) {
                violations = violations.append(Violation.of(
                        "requests[" + i + "].id",
                        id,
                        "repeats the id of requests[" + first + "]; ids must be unique in a batch"));
            }
        }
        return violations;
    }

    private static List<Violation> knownDependencies(Seq<Item> items) {
        var ids = items.map(Item::id).toSet();
        var violations = List.<Violation>empty();
        for (int i = 0; i < items.size(); i++) {
            for (String dependency : items.get(i).dependsOn().filter(d -> !ids.contains(d))) {
                violations = violations.append(
                        Violation.of("requests[" + i + "].dependsOn", dependency, "names no request of this batch"));
            }
        }
        return violations;
    }

    /**
     * The array's order with each request moved after the requests it depends on (depth first, so a request runs as
     * early as its dependencies let it); a cycle is refused, naming it.
     */
    private static Either<Violation, Seq<Item>> executionOrder(Seq<Item> items) {
        var order = new java.util.LinkedHashMap<String, Item>();
        for (var item : items) {
            var cycle = visit(item, items, order, List.empty());
            if (cycle.isDefined()) {
                return Either.left(cycle.get());
            }
        }
        return Either.right(List.ofAll(order.values()));
    }

    /** Adds {@code item} to {@code order} after its dependencies; a cycle when one leads back onto {@code path}. */
    private static Option<Violation> visit(
            Item item, Seq<Item> items, java.util.LinkedHashMap<String, Item> order, List<String> path) {
        if (order.containsKey(item.id())) {
            return Option.none();
        }
        if (path.contains(item.id())) {
            var cycle = path.dropWhile(id -> !id.equals(item.id())).append(item.id());
            return Option.some(Violation.of(
                    "requests[" + items.indexWhere(i -> i.id().equals(item.id())) + "].dependsOn",
                    cycle.mkString(" -> "),
                    "forms a cycle: no request of it could ever run"));
        }
        for (String dependency : item.dependsOn()) {
            var cycle = visit(items.find(i -> i.id().equals(dependency)).get(), items, order, path.append(item.id()));
            if (cycle.isDefined()) {
                return cycle;
            }
        }
        order.put(item.id(), item);
        return Option.none();
    }

    private static Either<Failure, BatchRequest> invalid(Seq<Violation> violations) {
        return Either.left(Failure.of(new ApplicationError.Invalid(violations)));
    }

    private static Violation wrongType(String field, JsonNode json, String expected) {
        return Violation.of(
                field,
                abbreviated(json.toString()),
                "is a JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT) + ", expected " + expected);
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /**
     * Percent-encodes what a client would have had to encode to send the URL alone (spaces, quotes, non-ASCII
     * text), as Graph's SDKs write {@code $filter=status eq 'x'} into a batch as it is; escapes already there stay.
     */
    static String encodeLoosely(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
