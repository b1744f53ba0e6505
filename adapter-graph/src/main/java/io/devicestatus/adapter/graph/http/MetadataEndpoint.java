package io.devicestatus.adapter.graph.http;

import io.devicestatus.adapter.graph.metadata.CsdlWriter;
import io.devicestatus.adapter.graph.metadata.GraphServiceModel;
import io.devicestatus.adapter.graph.wire.UriSegments;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@code GET /{version}/$metadata}: the CSDL document of that version ({@link GraphServiceModel}), written once.
 *
 * <p>Served without a token, as Graph serves its own: the document describes types, never data, and generic OData
 * tools read it before they have credentials. Only {@code GET} (405 otherwise) and no system query option (400, so
 * {@code $format=json} is refused rather than ignored: this service has CSDL XML only).
 */
final class MetadataEndpoint {

    static final String SEGMENT = "$metadata";
    static final String CONTENT_TYPE = "application/xml";

    private final Map<ApiVersion, byte[]> documents = LinkedHashMap.ofEntries(
            List.of(ApiVersion.values()).map(v -> io.vavr.Tuple.of(v, CsdlWriter.write(GraphServiceModel.of(v)))));

    /** The answer when {@code request} addresses a version's {@code $metadata}; none for every other path. */
    Option<Either<Failure, ApiResponse>> answer(ApiRequest request) {
        return version(request.path()).map(version -> {
            if (!request.method().equals("GET")) {
                return Either.left(Failure.of(
                                405,
                                "MethodNotAllowed",
                                request.method() + " is not allowed on " + SEGMENT + "; read it with GET.")
                        .withHeader("Allow", "GET"));
            }
            return QueryOptions.parse(request.rawQuery(), QueryOptions.NONE)
                    .map(ok -> new ApiResponse(
                            200,
                            LinkedHashMap.of("Content-Type", CONTENT_TYPE, "OData-Version", "4.0"),
                            documents.get(version).get()));
        });
    }

    /** The version of a path {@code /{version}/$metadata} (its segments percent-decoded); none for any other. */
    private static Option<ApiVersion> version(String path) {
        var segments = List.of(path.split("/", -1)).drop(1).map(UriSegments::decode);
        if (segments.size() != 2
                || segments.exists(Option::isEmpty)
                || !segments.get(1).get().equals(SEGMENT)) {
            return Option.none();
        }
        return List.of(ApiVersion.values())
                .find(v -> v.pathSegment().equals(segments.get(0).get()));
    }
}
