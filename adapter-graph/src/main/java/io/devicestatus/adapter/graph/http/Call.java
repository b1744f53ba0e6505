package io.devicestatus.adapter.graph.http;

import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What an endpoint needs to know about the request besides its operands.
 *
 * @param version        the API version of the path
 * @param baseUri        where links start, e.g. {@code http://127.0.0.1:8080}
 * @param collectionPath the encoded path of the collection addressed, without a trailing slash, e.g.
 *                       {@code /beta/deviceManagement/iosUpdateStatuses}
 * @param contextPath    the collection as OData's context URL names it after {@code $metadata#}: parent keys in
 *                       parentheses, e.g. {@code deviceAppManagement/mobileAppConfigurations('c1')/deviceStatuses}
 */
record Call(ApiVersion version, String baseUri, String collectionPath, String contextPath) {

    Call {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(collectionPath, "collectionPath");
        Objects.requireNonNull(contextPath, "contextPath");
    }

    /** The absolute URL of one entity of the collection. */
    String entityUrl(String id) {
        return baseUri + collectionPath + "/" + UriSegments.encode(id);
    }

    /** The service root of the version, as clients address it: {@code http://127.0.0.1:8080/v1.0}. */
    String serviceRoot() {
        return baseUri + "/" + version.pathSegment();
    }

    /**
     * The {@code @odata.context} of a response: the collection's, {@code $metadata#deviceManagement/iosUpdateStatuses},
     * with the {@code $select}ed properties in parentheses as requested, and {@code /$entity} for one entity, as
     * Graph writes them (OData 4.01 Part 1, 10).
     */
    String context(Option<? extends Traversable<String>> select, boolean entity) {
        return serviceRoot() + "/$metadata#" + contextPath
                + select.map(names -> "(" + names.mkString(",") + ")").getOrElse("")
                + (entity ? "/$entity" : "");
    }
}
