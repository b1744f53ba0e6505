package io.devicestatus.adapter.graph.http;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP request as the framework-neutral core sees it; a binding (the servlet, a test) builds it.
 *
 * @param method   the HTTP method exactly as sent: method names are case-sensitive (RFC 9110, 9.1), so a binding
 *                 must not change its case ({@code delete} is no {@code DELETE})
 * @param path     the path below the API's mount point, still percent-encoded, e.g.
 *                 {@code /v1.0/deviceManagement/iosUpdateStatuses/abc}
 * @param rawQuery the query string, still encoded; empty when there is none
 * @param headers  header values by lower-case name (the first value of a repeated header)
 * @param body     the body, read at most up to the core's size limit
 * @param baseUri  scheme, authority and mount point as the client addressed them, e.g.
 *                 {@code http://127.0.0.1:8080}; links ({@code Location}, {@code @odata.nextLink}) start with it
 */
public record ApiRequest(
        String method, String path, String rawQuery, Map<String, String> headers, InputStream body, String baseUri) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(baseUri, "baseUri");
    }

    /** A header's value; {@code name} in any case. */
    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
