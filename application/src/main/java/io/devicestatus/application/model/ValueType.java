package io.devicestatus.application.model;

import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import java.util.Objects;

/**
 * The type of a property's value, as Graph's metadata names it ({@code Edm.String}, {@code Edm.Int32},
 * {@code Edm.DateTimeOffset} or one of its enumerations). Adapters derive their formats from it: the JSON codec how
 * a value is read and written, the filters how a literal is read and compared, the service document its EDM name.
 *
 * @param <V> the Java type of a value
 */
public sealed interface ValueType<V> {

    /** {@code Edm.String}. */
    ValueType<String> TEXT = new Text();
    /** {@code Edm.Int32}. */
    ValueType<Integer> INT32 = new Int32();
    /** {@code Edm.DateTimeOffset}. */
    ValueType<GraphDateTime> DATE_TIME = new DateTime();

    /** One of Graph's enumerations. */
    static <E extends Enum<E> & GraphEnum> ValueType<E> enumeration(GraphEnumType<E> type) {
        return new Enumeration<>(type);
    }

    /** The Java class of a value, to check a value read by name. */
    Class<V> javaType();

    /** The value as Graph writes it in text: a string itself, an enum member's wire name, a number in decimal. */
    default String text(V value) {
        return value.toString();
    }

    record Text() implements ValueType<String> {
        @Override
        public Class<String> javaType() {
            return String.class;
        }
    }

    record Int32() implements ValueType<Integer> {
        @Override
        public Class<Integer> javaType() {
            return Integer.class;
        }
    }

    record DateTime() implements ValueType<GraphDateTime> {
        @Override
        public Class<GraphDateTime> javaType() {
            return GraphDateTime.class;
        }
    }

    /** @param type the enumeration, with its members per API version */
    record Enumeration<E extends Enum<E> & GraphEnum>(GraphEnumType<E> type) implements ValueType<E> {
        public Enumeration {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Class<E> javaType() {
            return type.members().head().getDeclaringClass();
        }

        @Override
        public String text(E value) {
            return value.wireName();
        }
    }
}
