package io.devicestatus.application.model;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.GraphEnumType;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One property of a status type, as Graph's metadata declares it: a row of the type's {@link PropertyTable}. The
 * value is read from the type's draft, where {@code null} means absent.
 *
 * @param name       Graph's JSON name, e.g. {@code deviceId}
 * @param type       the type of its value
 * @param nullable   whether Graph lets it be {@code null} (and so a PATCH may clear it)
 * @param versions   the API versions that have it ({@code platform} is beta only)
 * @param filterable whether a list may be filtered on it ({@code eq}, {@code ne}, {@code in})
 * @param getter     its value in a draft; {@code null} when absent
 * @param <D>        the draft type
 * @param <V>        the value type
 */
public record Property<D, V>(
        String name,
        ValueType<V> type,
        boolean nullable,
        Set<ApiVersion> versions,
        boolean filterable,
        Function<D, V> getter) {

    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(getter, "getter");
    }

    /** A required property of both API versions, not filterable; the withers below say otherwise. */
    public static <D, V> Property<D, V> of(String name, ValueType<V> type, Function<D, V> getter) {
        return new Property<>(name, type, false, ApiVersion.ALL, false, getter);
    }

    public static <D> Property<D, String> text(String name, Function<D, String> getter) {
        return of(name, ValueType.TEXT, getter);
    }

    public static <D> Property<D, Integer> int32(String name, Function<D, Integer> getter) {
        return of(name, ValueType.INT32, getter);
    }

    public static <D> Property<D, GraphDateTime> dateTime(String name, Function<D, GraphDateTime> getter) {
        return of(name, ValueType.DATE_TIME, getter);
    }

    public static <D, E extends Enum<E> & GraphEnum> Property<D, E> enumeration(
            String name, GraphEnumType<E> type, Function<D, E> getter) {
        return of(name, ValueType.enumeration(type), getter);
    }

    /** This property, which Graph lets be {@code null}. */
    public Property<D, V> allowNull() {
        return new Property<>(name, type, true, versions, filterable, getter);
    }

    /** This property, in beta only. */
    public Property<D, V> betaOnly() {
        return new Property<>(name, type, nullable, ApiVersion.BETA_ONLY, filterable, getter);
    }

    /** This property, which a list may be filtered on. */
    public Property<D, V> allowFilter() {
        return new Property<>(name, type, nullable, versions, true, getter);
    }

    /** Its value in {@code draft}; {@code null} when absent. */
    public V get(D draft) {
        return getter.apply(draft);
    }

    public boolean existsIn(ApiVersion version) {
        return versions.contains(version);
    }

    @Override
    public String toString() {
        return name;
    }
}
