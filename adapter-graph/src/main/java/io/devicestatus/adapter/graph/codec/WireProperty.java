package io.devicestatus.adapter.graph.codec;

import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.ValueType;
import io.devicestatus.domain.common.ApiVersion;
import java.util.Objects;
import java.util.Set;

/**
 * One property of an entity on the wire: its row of the property table, with the JSON form of its value type.
 *
 * @param property the property (name, nullability, versions, where its value sits in the draft)
 * @param type     how its value is read from and written to JSON
 * @param <D>      the draft type
 */
record WireProperty<D>(Property<D, ?> property, WireType type) {

    WireProperty {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
    }

    static <D> WireProperty<D> of(Property<D, ?> property) {
        return new WireProperty<>(property, wireType(property.type()));
    }

    private static WireType wireType(ValueType<?> type) {
        if (type instanceof ValueType.Enumeration<?> enumeration) {
            return WireType.enumeration(enumeration.type());
        }
        if (type instanceof ValueType.Int32) {
            return WireType.INT32;
        }
        if (type instanceof ValueType.DateTime) {
            return WireType.DATE_TIME_OFFSET;
        }
        return WireType.STRING;
    }

    String name() {
        return property.name();
    }

    boolean nullable() {
        return property.nullable();
    }

    Set<ApiVersion> versions() {
        return property.versions();
    }

    boolean existsIn(ApiVersion version) {
        return property.existsIn(version);
    }
}
