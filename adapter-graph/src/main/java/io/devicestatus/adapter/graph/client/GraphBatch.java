package io.devicestatus.adapter.graph.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

/**
 * Graph's JSON batching ({@code POST /{version}/$batch}): the request body, the answer's items, and the limit of
 * {@value #MAX_REQUESTS} requests per batch. The sending and the per-item retries are {@link BatchSender}'s.
 */
public final class GraphBatch {

    /** Graph takes at most this many requests in one {@code $batch}. */
    public static final int MAX_REQUESTS = 20;

    private GraphBatch() {}

    /** {@code items} in order, in runs of at most {@value #MAX_REQUESTS}. */
    static <T> Seq<Seq<T>> chunks(Seq<T> items) {
        return Vector.ofAll(items.grouped(MAX_REQUESTS));
    }

    /** Refuses, before anything is sent, an item Graph would refuse: a target not under the version root, a body not JSON. */
    static void check(GraphRequest item) {
        if (!item.target().startsWith("/") || item.target().startsWith("//")) {
            throw new IllegalArgumentException("a batch item's target is a path relative to the version root, "
                    + "starting with '/', e.g. /deviceManagement/iosUpdateStatuses; not '" + item.target() + "'");
        }
        item.body().forEach(GraphBatch::json);
    }

    /**
     * The body of one {@code $batch} request. With {@code sequential}, each item depends on the one before it, so
     * that Graph runs them in order and answers 424 for every item after a failed one.
     *
     * @param items each with its id, in order
     */
    static byte[] requestBody(Seq<Tuple2<String, GraphRequest>> items, boolean sequential) {
        var root = GraphJson.MAPPER.createObjectNode();
        var requests = root.putArray("requests");
        String previous = null;
        for (var item : items) {
            GraphRequest request = item._2;
            var json = requests.addObject();
            json.put("id", item._1);
            json.put("method", request.method());
            json.put("url", request.target());
            var headers = GraphJson.MAPPER.createObjectNode();
            if (request.body().isDefined() && request.header("Content-Type").isEmpty()) {
                headers.put("Content-Type", "application/json");
            }
            request.headers().forEach(headers::put);
            if (!headers.isEmpty()) {
                json.set("headers", headers);
            }
            request.body().forEach(body -> json.set("body", json(body)));
            if (sequential && previous != null) {
                json.putArray("dependsOn").add(previous);
            }
            previous = item._1;
        }
        try {
            return GraphJson.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items of a {@code $batch} answer by id (Graph answers them in any order), or what is wrong with it. */
    static Either<String, Map<String, ObjectNode>> responses(ObjectNode answer) {
        JsonNode responses = answer.get("responses");
        if (responses == null || !responses.isArray()) {
            return Either.left("the body has no \"responses\" array, so it is no $batch answer");
        }
        Map<String, ObjectNode> byId = LinkedHashMap.empty();
        for (JsonNode item : responses) {
            if (item instanceof ObjectNode object
                    && object.path("id").isTextual()
                    && !byId.containsKey(object.get("id").textValue())) {
                byId = byId.put(object.get("id").textValue(), object);
            }
        }
        return Either.right(byId);
    }

    /**
     * One item's result.
     *
     * @param answer   its item in the batch answer, if there is one
     * @param carrier  the {@code $batch} response that carried it: its ids stand for the item's
     * @param attempts how many times the item was sent
     */
    static Either<GraphFailure, GraphResponse> result(
            GraphRequest request,
            String id,
            Option<ObjectNode> answer,
            GraphResponse carrier,
            int attempts,
            Instant now) {
        if (answer.isEmpty()) {
            return Either.left(itemMalformed(request, carrier, "the $batch answer has no item with id " + id));
        }
        ObjectNode item = answer.get();
        JsonNode status = item.get("status");
        if (status == null
                || !status.canConvertToInt()
                || !status.isIntegralNumber()
                || status.intValue() < 100
                || status.intValue() > 599) {
            return Either.left(
                    itemMalformed(request, carrier, "the $batch answer's item " + id + " has no HTTP status"));
        }
        Map<String, String> headers = LinkedHashMap.empty();
        if (item.path("headers").isObject()) {
            for (var field : item.get("headers").properties()) {
                if (field.getValue().isValueNode()) {
                    headers = headers.put(
                            field.getKey().toLowerCase(Locale.ROOT),
                            field.getValue().asText());
                }
            }
        }
        JsonNode body = item.get("body");
        var requestId = headers.get("request-id").orElse(carrier.requestId());
        if (!GraphErrors.success(status.intValue())) {
            return Either.left(GraphErrors.answered(
                    request.method(),
                    request.target(),
                    status.intValue(),
                    headers,
                    body,
                    carrier.clientRequestId(),
                    carrier.requestId(),
                    attempts,
                    now));
        }
        byte[] bytes;
        try {
            bytes = body == null || body.isNull() ? new byte[0] : GraphJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return Either.right(new GraphResponse(
                status.intValue(),
                headers,
                bytes,
                carrier.clientRequestId(),
                requestId,
                request.method(),
                request.target()));
    }

    private static GraphFailure.Malformed itemMalformed(GraphRequest request, GraphResponse carrier, String reason) {
        return new GraphFailure.Malformed(
                request.method(), request.target(), reason, carrier.clientRequestId(), carrier.requestId());
    }

    private static JsonNode json(byte[] body) {
        try {
            var json = GraphJson.MAPPER.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw new IllegalArgumentException("a batch item's body is empty; send JSON or no body");
            }
            return json;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "a batch item's body is not JSON (Graph's $batch carries JSON bodies)", e);
        }
    }
}
