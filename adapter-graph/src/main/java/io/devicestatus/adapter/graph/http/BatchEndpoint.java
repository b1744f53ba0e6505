package io.devicestatus.adapter.graph.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.devicestatus.domain.common.ApiVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * Runs a checked batch: each request in {@link BatchRequest#order()}, answered as it would be alone, unless a request
 * it depends on answered 400 or more (a 424 included): then it does not run and answers 424 {@code FailedDependency}.
 * The responses come in the order of the requests, each with its id, status, headers and JSON body (none when the
 * response has none, as a 204; a number for a {@code /$count}).
 */
final class BatchEndpoint {

    /** How one request of a batch is answered; the API's pipeline, with the batch's caller. */
    interface Items {

        /** The response the request would get alone. */
        ApiResponse answer(ApiRequest request);

        /** {@code failure} as the request would get it alone: Graph's error body, the request ids. */
        ApiResponse refuse(ApiRequest request, Failure failure);
    }

    private BatchEndpoint() {}

    /** The 200 whose body holds a response for each request of {@code batch}. */
    static ApiResponse run(BatchRequest batch, ApiVersion version, String baseUri, Items items) {
        var answered = new HashMap<String, ApiResponse>();
        for (var item : batch.order()) {
            var request = request(item, version, baseUri);
            var failed =
                    item.dependsOn().find(dependency -> answered.get(dependency).status() >= 400);
            answered.put(
                    item.id(),
                    failed.isEmpty()
                            ? items.answer(request)
                            : items.refuse(
                                    request,
                                    Failure.of(
                                            424,
                                            "FailedDependency",
                                            "The request was not run: it depends"
                                                    + " on request '" + failed.get() + "', which answered "
                                                    + answered.get(failed.get()).status()
                                                    + ".")));
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        var responses = json.putArray("responses");
        batch.items().forEach(item -> responses.add(response(item.id(), answered.get(item.id()))));
        return ApiResponse.json(200, EntityCodec.bytes(json));
    }

    /**
     * The request as a client would have sent it alone: under the batch's version and base URI, with its own
     * headers and body. A {@code Content-Length} of its own is dropped, as the body is written anew.
     */
    private static ApiRequest request(BatchRequest.Item item, ApiVersion version, String baseUri) {
        byte[] body = item.body().map(EntityCodec::bytes).getOrElse(new byte[0]);
        return new ApiRequest(
                item.method(),
                item.path(version),
                item.rawQuery(),
                item.headers().remove("content-length"),
                new ByteArrayInputStream(body),
                baseUri);
    }

    private static ObjectNode response(String id, ApiResponse answer) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("status", answer.status());
        var headers = json.putObject("headers");
        answer.headers().forEach(headers::put);
        if (answer.body().length > 0) {
            json.set("body", body(answer));
        }
        return json;
    }

    /**
     * A body this API wrote: JSON as it is; the plain-text integer of a {@code /$count} as a JSON number, which is
     * what a client reads back from the batch's JSON (the Graph SDKs hand a step's body on as its JSON text).
     */
    private static JsonNode body(ApiResponse answer) {
        if (answer.headers().get("Content-Type").contains(ApiResponse.TEXT)) {
            return JsonNodeFactory.instance.numberNode(
                    Long.parseLong(new String(answer.body(), StandardCharsets.UTF_8)));
        }
        try {
            return GraphJson.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the API wrote a body that is not JSON", e);
        }
    }
}
