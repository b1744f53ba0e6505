package io.devicestatus.adapter.graph.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;

import java.io.IOException;
import java.util.Locale;

/** The one Jackson configuration of the Graph wire format, and the parsing of a request body into a JSON object. */
public final class GraphJson {

    /**
     * Refuses duplicate property names (which of two {@code installStatus} values counts would be a guess) and
     * anything after the JSON value.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GraphJson() {
    }

    /** The body as a JSON object, or {@code Invalid} on field {@code body} saying what is wrong and where. */
    public static Either<ApplicationError, ObjectNode> parseObject(byte[] body) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return Either.left(ApplicationError.invalid("body", null, "is not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
        } catch (IOException e) {
            return Either.left(ApplicationError.invalid("body", null, "could not be read"));
        }
        if (json == null || json.isMissingNode()) {
            return Either.left(ApplicationError.invalid("body", null, "is empty; send the entity as a JSON object"));
        }
        if (!json.isObject()) {
            return Either.left(ApplicationError.invalid("body", null, "is a JSON "
                    + json.getNodeType().name().toLowerCase(Locale.ROOT) + "; send the entity as a JSON object"));
        }
        return Either.right((ObjectNode) json);
    }
}
