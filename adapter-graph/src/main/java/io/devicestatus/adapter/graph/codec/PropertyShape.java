package io.devicestatus.adapter.graph.codec;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphEnumType;
import java.util.Objects;
import java.util.Set;

/**
 * What a service document ({@code $metadata}) says of one property of an entity: read from the codec's own table,
 * so that the document describes exactly what the codec reads and writes, version by version.
 *
 * @param name     Graph's JSON name
 * @param type     its EDM type
 * @param versions the API versions that have it
 * @param nullable whether Graph lets it be {@code null}
 */
public record PropertyShape(String name, Type type, Set<ApiVersion> versions, boolean nullable) {

    public PropertyShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(versions, "versions");
    }

    /** An EDM type: a primitive ({@code Edm.String}) or one of Graph's enumerations. */
    public sealed interface Type permits Primitive, Enumeration {}

    /** @param edmName the primitive's qualified name, e.g. {@code Edm.DateTimeOffset} */
    public record Primitive(String edmName) implements Type {
        public Primitive {
            Objects.requireNonNull(edmName, "edmName");
        }
    }

    /** @param type the enumeration, with its members per version */
    public record Enumeration(GraphEnumType<?> type) implements Type {
        public Enumeration {
            Objects.requireNonNull(type, "type");
        }
    }

    /** The shape of a codec row. */
    static PropertyShape of(WireProperty<?> property) {
        return new PropertyShape(property.name(), type(property.type()), property.versions(), property.nullable());
    }

    private static Type type(WireType type) {
        if (type instanceof WireType.Enumeration enumeration) {
            return new Enumeration(enumeration.type());
        }
        if (type instanceof WireType.Text) {
            return new Primitive("Edm.String");
        }
        if (type instanceof WireType.Int32) {
            return new Primitive("Edm.Int32");
        }
        if (type instanceof WireType.DateTimeOffset) {
            return new Primitive("Edm.DateTimeOffset");
        }
        throw new IllegalArgumentException("a wire type without an EDM name: " + type);
    }
}
