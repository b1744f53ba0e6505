package io.devicestatus.adapter.graph.client;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One request to Graph, before the client adds what it owns: the token, a {@code client-request-id}, {@code Accept}
 * and, for a body, {@code Content-Type} (the last two may be overridden here).
 *
 * <p>{@code target} is already percent-encoded (ids through {@code UriSegments.encode}) and is one of:
 * <ul>
 *     <li>a path relative to the base URL, with the version, e.g.
 *     {@code v1.0/deviceManagement/iosUpdateStatuses/abc%2Fx?$top=5} (a leading {@code /} is allowed);</li>
 *     <li>an absolute URL, such as an {@code @odata.nextLink}, taken only when its scheme, host and port are the
 *     base URL's: anything else would receive the token, and is {@link GraphFailure.Refused};</li>
 *     <li>in a {@link GraphClient#batch} only: a path relative to the version root, starting with {@code /}, e.g.
 *     {@code /deviceManagement/iosUpdateStatuses}.</li>
 * </ul>
 *
 * @param method  the HTTP method, upper case
 * @param target  where it goes, see above
 * @param headers extra headers, in the order given; one value per name
 * @param body    the JSON body, if any
 */
public record GraphRequest(String method, String target, Map<String, String> headers, Option<byte[]> body) {

    /** What the client sets itself, or what Java's HttpClient does not let a caller set. */
    private static final Set<String> RESERVED =
            Set.of("authorization", "client-request-id", "connection", "content-length", "expect", "host", "upgrade");

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS");

    public GraphRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (!method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("method '" + method + "' is not an upper-case HTTP method");
        }
        if (target.isBlank() || target.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("target '" + target + "' must be non-blank and percent-encoded");
        }
        headers.forEach(GraphRequest::checkHeader);
        body = body.map(byte[]::clone);
    }

    /** A read. */
    public static GraphRequest get(String target) {
        return new GraphRequest("GET", target, LinkedHashMap.empty(), Option.none());
    }

    /** A delete. */
    public static GraphRequest delete(String target) {
        return new GraphRequest("DELETE", target, LinkedHashMap.empty(), Option.none());
    }

    /** A create (or an action): never repeated unless the service certainly did not act on it. */
    public static GraphRequest post(String target, byte[] json) {
        return new GraphRequest("POST", target, LinkedHashMap.empty(), Option.some(json));
    }

    /** An update of the properties in {@code json}. */
    public static GraphRequest patch(String target, byte[] json) {
        return new GraphRequest("PATCH", target, LinkedHashMap.empty(), Option.some(json));
    }

    /** This request with one more header, replacing one of the same name (names compare case-insensitively). */
    public GraphRequest withHeader(String name, String value) {
        checkHeader(name, value);
        var others = headers.filterKeys(existing -> !existing.equalsIgnoreCase(name));
        return new GraphRequest(method, target, others.put(name, value), body);
    }

    /** The value of a header given here, whatever the case of its name. */
    public Option<String> header(String name) {
        return headers.find(entry -> entry._1.equalsIgnoreCase(name)).map(entry -> entry._2);
    }

    /** Whether sending it twice does no more than sending it once: all but POST. */
    public boolean idempotent() {
        return IDEMPOTENT.contains(method);
    }

    /** The body, a copy (a record's array would otherwise be shared). */
    @Override
    public Option<byte[]> body() {
        return body.map(byte[]::clone);
    }

    /** Equal when method, target, headers and body content are (a record compares arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof GraphRequest that
                && method.equals(that.method)
                && target.equals(that.target)
                && headers.equals(that.headers)
                && body.isDefined() == that.body.isDefined()
                && (body.isEmpty() || Arrays.equals(body.get(), that.body.get()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, target, headers, body.map(Arrays::hashCode).getOrElse(0));
    }

    @Override
    public String toString() {
        return "GraphRequest[" + method + " " + target + ", headers "
                + headers.keySet().mkString(", ")
                + body.map(bytes -> ", body of " + bytes.length + " bytes").getOrElse("") + "]";
    }

    private static void checkHeader(String name, String value) {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, "header value");
        if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("'" + name + "' is not a header name");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("header '" + name + "' is set by the client, not by a request");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new IllegalArgumentException("the value of header '" + name + "' has a control character");
        }
    }
}
