package io.devicestatus.adapter.graph.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One page of a Graph collection.
 *
 * @param value    the entities of this page, in the service's order
 * @param nextLink {@code @odata.nextLink}: where the next page is, an opaque absolute URL; none on the last page
 * @param count    {@code @odata.count}, when {@code $count=true} asked for it
 */
public record GraphPage(Seq<ObjectNode> value, Option<String> nextLink, Option<Long> count) {

    public GraphPage {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(nextLink, "nextLink");
        Objects.requireNonNull(count, "count");
    }

    /** The page a list answered (alone or as a {@code $batch} item), or why the answer is not one. */
    public static Either<GraphFailure, GraphPage> of(GraphResponse response) {
        return response.json().flatMap(json -> {
            JsonNode value = json.get("value");
            if (value == null || !value.isArray()) {
                return Either.left(response.malformed("the body has no \"value\" array, so it is no collection page"));
            }
            var entities = Vector.<ObjectNode>empty();
            for (int i = 0; i < value.size(); i++) {
                if (!(value.get(i) instanceof ObjectNode entity)) {
                    return Either.left(response.malformed("\"value\"[" + i + "] is not a JSON object"));
                }
                entities = entities.append(entity);
            }
            JsonNode next = json.get("@odata.nextLink");
            if (next != null && !next.isNull() && !(next.isTextual() && sendable(next.textValue()))) {
                // it is sent as given, so it must already be a percent-encoded URL
                return Either.left(response.malformed("\"@odata.nextLink\" is not a percent-encoded URL"));
            }
            JsonNode count = json.get("@odata.count");
            if (count != null && !count.isNull() && !(count.isIntegralNumber() && count.canConvertToLong())) {
                return Either.left(response.malformed("\"@odata.count\" is not an integer"));
            }
            return Either.right(new GraphPage(
                    entities,
                    Option.of(next).filter(JsonNode::isTextual).map(JsonNode::textValue),
                    Option.of(count).filter(node -> !node.isNull()).map(JsonNode::asLong)));
        });
    }

    private static boolean sendable(String link) {
        return !link.isEmpty() && link.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
