package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphRequest;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Write;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The requests of one status type's store: entity and list targets with their query options, and the request of
 * each write. Nothing is sent here.
 */
final class StatusRequests<T, S, D> {

    private final StatusKind<T, S, D> kind;
    private final EntityCodec<T, D> codec;
    private final StatusCollection<S> collection;
    private final String reportTimeProperty;

    StatusRequests(StatusKind<T, S, D> kind, EntityCodec<T, D> codec, StatusCollection<S> collection) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.reportTimeProperty = kind.reportTimeProperty().name();
    }

    StatusCollection<S> collection() {
        return collection;
    }

    /** One status: the collection's target and the id as one segment. */
    String entity(S scope, String id) {
        return collection.target(scope) + "/" + UriSegments.encode(id);
    }

    /** A list of the collection, relative to the service root. */
    String list(S scope, ODataFilter filter, ListOrder order, int top) {
        return query(collection.target(scope), filter, order, top);
    }

    /** A list of the collection as a {@code $batch} item, relative to the version root. */
    String batchedList(S scope, ODataFilter filter, ListOrder order, int top) {
        return query(collection.path(scope), filter, order, top);
    }

    /**
     * The request of one write. A create sends the status's id (the service keeps it when free, so a retried create
     * cannot make a second status); an update sends the whole state (so sending it twice does no harm) with
     * {@code If-Match} of the expected version. {@code absolute}: a path with the version, else one for a batch.
     */
    GraphRequest write(Write<T> write, boolean absolute) {
        T status = write.status();
        S scope = kind.scope(status);
        var version = collection.version(scope);
        String base = absolute ? collection.target(scope) : collection.path(scope);
        byte[] body = EntityCodec.bytes(codec.write(status, version, Option.none()));
        if (write instanceof Write.Update<T> update) {
            return conditional(
                    GraphRequest.patch(base + "/" + UriSegments.encode(kind.id(status)), body),
                    update.expectedVersion());
        }
        return GraphRequest.post(base, body);
    }

    /** {@code request} only if the status is still at {@code version}. */
    static GraphRequest conditional(GraphRequest request, long version) {
        return request.withHeader("If-Match", "W/\"" + version + "\"");
    }

    /**
     * A list request: the collection ({@code collection}: its target, or its path for a batch item) with
     * {@code $top}, {@code $filter} and {@code $orderby}.
     */
    private String query(String collection, ODataFilter filter, ListOrder order, int top) {
        var query = new StringBuilder(collection).append("?$top=").append(top);
        filter.text().forEach(text -> query.append("&$filter=").append(encoded(text)));
        switch (order) {
            case ID -> query.append("&$orderby=id");
            case REPORT_TIME_ASC -> query.append("&$orderby=").append(encoded(reportTimeProperty + " asc"));
            case REPORT_TIME_DESC -> query.append("&$orderby=").append(encoded(reportTimeProperty + " desc"));
        }
        return query.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
