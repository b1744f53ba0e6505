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
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    private GraphJson() {}

    /**
     * The body as a JSON object, or {@code Invalid} on field {@code body} saying what is wrong and where. The bytes
     * must be UTF-8 (RFC 8259, 8.1), decoded strictly first: Jackson's own decoder takes overlong forms
     * ({@code C0 AF} as {@code /}), encoded surrogates and other bytes no UTF-8 encoder writes, which would store
     * text the client never sent. A leading byte order mark is ignored, as RFC 8259 allows.
     */
    public static Either<ApplicationError, ObjectNode> parseObject(byte[] body) {
        var text = strictUtf8(body);
        if (text.isLeft()) {
            return Either.left(text.getLeft());
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(text.get());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return Either.left(ApplicationError.invalid(
                    "body",
                    null,
                    "is not valid JSON: " + e.getOriginalMessage()
                            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
        } catch (IOException e) {
            return Either.left(ApplicationError.invalid("body", null, "could not be read"));
        }
        if (json == null || json.isMissingNode()) {
            return Either.left(ApplicationError.invalid("body", null, "is empty; send the entity as a JSON object"));
        }
        if (!json.isObject()) {
            return Either.left(ApplicationError.invalid(
                    "body",
                    null,
                    "is a JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT)
                            + "; send the entity as a JSON object"));
        }
        var unpaired = unpairedSurrogate(json, "body");
        if (unpaired.isDefined()) {
            return Either.left(ApplicationError.invalid(
                    unpaired.get(),
                    null,
                    "holds an unpaired surrogate escape"
                            + " (such as \\ud800 alone), which is no Unicode text and cannot be stored nor written as"
                            + " UTF-8; escape a character outside the BMP as its surrogate pair"));
        }
        return Either.right((ObjectNode) json);
    }

    /**
     * The path of the first name or string holding an unpaired surrogate: JSON's {@code \uD800} escape passes
     * UTF-8 decoding, yet the text is none that UTF-8 (a response, a database) can hold.
     */
    private static Option<String> unpairedSurrogate(JsonNode json, String path) {
        if (json.isTextual()) {
            return unpaired(json.textValue()) ? Option.some(path) : Option.none();
        }
        if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                var found = unpairedSurrogate(json.get(i), path + "[" + i + "]");
                if (found.isDefined()) {
                    return found;
                }
            }
        }
        for (var property : json.properties()) {
            String field = path.equals("body") ? property.getKey() : path + "." + property.getKey();
            if (unpaired(property.getKey())) {
                return Option.some(field);
            }
            var found = unpairedSurrogate(property.getValue(), field);
            if (found.isDefined()) {
                return found;
            }
        }
        return Option.none();
    }

    private static boolean unpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static Either<ApplicationError, String> strictUtf8(byte[] body) {
        var in = ByteBuffer.wrap(body);
        var out = CharBuffer.allocate(body.length);
        var result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            var bad = new StringBuilder();
            for (int i = at; i < Math.min(body.length, at + Math.max(result.length(), 4)); i++) {
                bad.append(bad.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%02X", body[i] & 0xff));
            }
            return Either.left(ApplicationError.invalid(
                    "body",
                    null,
                    "is not valid UTF-8: at byte " + at
                            + " an invalid or truncated sequence (bytes from there: " + bad + "); send JSON encoded as"
                            + " UTF-8, without overlong forms or surrogates (RFC 3629)"));
        }
        out.flip();
        String text = out.toString();
        return Either.right(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
