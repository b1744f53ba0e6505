package io.devicestatus.application.model;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * The conditions of a list query, each a {@link Match} on one {@link Property#filterable() filterable} property;
 * all must pass. The same type serves every status type: memory {@link #test tests} it on a draft, SQL and OData
 * each translate its {@link #conditions()} in one place.
 *
 * @param byName the conditions by property name, in the order they were first given
 * @param <D>    the draft type of the status type filtered
 */
public record StatusFilter<D>(LinkedHashMap<String, Condition<D, ?>> byName) {

    private static final StatusFilter<?> ANY = new StatusFilter<>(LinkedHashMap.empty());

    public StatusFilter {
        Objects.requireNonNull(byName, "byName");
    }

    /** The filter that passes every status. */
    @SuppressWarnings("unchecked")
    public static <D> StatusFilter<D> any() {
        return (StatusFilter<D>) ANY;
    }

    /** The filter of one condition: {@code match} on {@code property}. */
    public static <D, V> StatusFilter<D> of(Property<D, V> property, Match<V> match) {
        return StatusFilter.<D>any().and(property, match);
    }

    /** This filter and {@code match} on {@code property} (and-ed with a condition already on it). */
    public <V> StatusFilter<D> and(Property<D, V> property, Match<V> match) {
        if (!property.filterable()) {
            throw new IllegalArgumentException("'" + property + "' is not filterable");
        }
        var both = match(property).and(match);
        // Match.any() is no condition, so that two filters passing the same statuses are equal
        return new StatusFilter<>(
                both instanceof Match.Any<V>
                        ? byName.remove(property.name())
                        : byName.put(property.name(), new Condition<>(property, both)));
    }

    /** The condition on {@code property}; {@link Match#any()} when there is none. */
    @SuppressWarnings("unchecked")
    public <V> Match<V> match(Property<D, V> property) {
        return byName.get(property.name())
                .map(condition -> (Match<V>) condition.match())
                .getOrElse(Match::any);
    }

    /** The conditions, each on another property. */
    public Seq<Condition<D, ?>> conditions() {
        return byName.values();
    }

    /** Whether a status with these properties passes every condition. */
    public boolean test(D draft) {
        return byName.values().forAll(condition -> condition.test(draft));
    }

    /**
     * Whether {@code status} passes every condition, reading its properties with {@code properties} only when there is
     * a condition: a store testing each of its statuses builds no draft for the filter that passes everything.
     */
    public <T> boolean test(T status, Function<? super T, D> properties) {
        return byName.isEmpty() || test(properties.apply(status));
    }

    /**
     * @param property the property, filterable
     * @param match    what its value must match
     */
    public record Condition<D, V>(Property<D, V> property, Match<V> match) {
        public Condition {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(match, "match");
        }

        public boolean test(D draft) {
            return match.test(Option.of(property.get(draft)));
        }
    }
}
