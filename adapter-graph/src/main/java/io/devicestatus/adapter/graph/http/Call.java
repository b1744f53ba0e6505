package io.devicestatus.adapter.graph.http;

import io.devicestatus.domain.common.ApiVersion;

import java.util.Objects;

/**
 * What an endpoint needs to know about the request besides its operands.
 *
 * @param version        the API version of the path
 * @param baseUri        where links start, e.g. {@code http://127.0.0.1:8080}
 * @param collectionPath the encoded path of the collection addressed, without a trailing slash, e.g.
 *                       {@code /beta/deviceManagement/iosUpdateStatuses}
 */
record Call(ApiVersion version, String baseUri, String collectionPath) {

    Call {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(collectionPath, "collectionPath");
    }

    /** The absolute URL of one entity of the collection. */
    String entityUrl(String id) {
        return baseUri + collectionPath + "/" + UriSegments.encode(id);
    }
}
