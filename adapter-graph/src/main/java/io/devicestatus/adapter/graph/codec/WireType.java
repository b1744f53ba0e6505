package io.devicestatus.adapter.graph.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import io.devicestatus.domain.error.Violation;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The EDM types of the three entities, each with Graph's JSON form: how a non-null JSON value is read (and refused,
 * naming the field and what is allowed) and how a value is written.
 */
sealed interface WireType {

    /** Reads a JSON value that is not {@code null}. */
    Validation<Violation, Object> read(String field, JsonNode json, ApiVersion version);

    /** Writes a value this type reads. */
    JsonNode write(Object value);

    /** {@code Edm.String}. */
    WireType STRING = new Text();
    /** {@code Edm.Int32}: a JSON integer within 32 bits, never a string or a fraction. */
    WireType INT32 = new Int32();
    /** {@code Edm.DateTimeOffset}: ISO 8601, up to 7 fractional digits, offset kept. */
    WireType DATE_TIME_OFFSET = new DateTimeOffset();

    /** A Graph enumeration: a wire name (or numeric value in a string) that exists in the request's version. */
    static WireType enumeration(GraphEnumType<?> type) {
        return new Enumeration(type);
    }

    record Text() implements WireType {
        @Override
        public Validation<Violation, Object> read(String field, JsonNode json, ApiVersion version) {
            return json.isTextual()
                    ? Validation.valid(json.textValue())
                    : Validation.invalid(wrongType(field, json, "a string"));
        }

        @Override
        public JsonNode write(Object value) {
            return TextNode.valueOf((String) value);
        }
    }

    record Int32() implements WireType {
        @Override
        public Validation<Violation, Object> read(String field, JsonNode json, ApiVersion version) {
            if (json.isInt()) {
                return Validation.valid(json.intValue());
            }
            return Validation.invalid(
                    json.isIntegralNumber()
                            ? Violation.of(field, json.asText(), "is outside Int32 (-2147483648 to 2147483647)")
                            : wrongType(field, json, "an Int32 number"));
        }

        @Override
        public JsonNode write(Object value) {
            return IntNode.valueOf((Integer) value);
        }
    }

    record DateTimeOffset() implements WireType {
        @Override
        public Validation<Violation, Object> read(String field, JsonNode json, ApiVersion version) {
            return json.isTextual()
                    ? GraphDateTime.parse(field, json.textValue()).map(Object.class::cast)
                    : Validation.invalid(wrongType(
                            field, json, "a DateTimeOffset string such as " + "2017-01-01T00:02:16.0971046+00:00"));
        }

        @Override
        public JsonNode write(Object value) {
            return TextNode.valueOf(value.toString());
        }
    }

    record Enumeration(GraphEnumType<?> type) implements WireType {
        public Enumeration {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Validation<Violation, Object> read(String field, JsonNode json, ApiVersion version) {
            return json.isTextual()
                    ? type.parse(field, json.textValue(), version).map(Object.class::cast)
                    : Validation.invalid(wrongType(field, json, "a " + type.graphName() + " name as a string"));
        }

        @Override
        public JsonNode write(Object value) {
            return TextNode.valueOf(((GraphEnum) value).wireName());
        }
    }

    private static Violation wrongType(String field, JsonNode json, String expected) {
        return Violation.of(
                field,
                json.toString(),
                "is a JSON " + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", expected " + expected);
    }
}
