package io.devicestatus.application.model;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A condition on one property of a list filter, closed under "and": OData's {@code eq}, {@code ne} and {@code and}
 * on one property always reduce to one of three forms, which an adapter translates once ({@code true},
 * {@code IN (...)}, {@code NOT IN (...)}).
 *
 * <p>An absent value (a nullable property that is not set) matches {@link NotIn} and never matches {@link In}, as
 * OData's {@code deviceId ne 'x'} is true for a status without a device id. An SQL adapter must write
 * {@code (col IS NULL OR col NOT IN (...))} for it.
 *
 * @param <V> the property's value type
 */
public sealed interface Match<V> {

    /** Whether a property with this value passes; {@code Option.none()} is an absent value. */
    boolean test(Option<V> value);

    /** The condition that passes exactly what both pass. */
    Match<V> and(Match<V> other);

    /** Any value passes, including an absent one. */
    static <V> Match<V> any() {
        return new Any<>();
    }

    /** The value equals {@code value} (OData {@code eq}). */
    static <V> Match<V> eq(V value) {
        return new In<>(LinkedHashSet.of(Objects.requireNonNull(value, "value")));
    }

    /** The value is absent or differs from {@code value} (OData {@code ne}). */
    static <V> Match<V> ne(V value) {
        return new NotIn<>(LinkedHashSet.of(Objects.requireNonNull(value, "value")));
    }

    /** The value is one of {@code values}; an empty set passes nothing. */
    @SafeVarargs
    static <V> Match<V> in(V... values) {
        // Copied element by element: handing the array on to another varargs method is what -Xlint:varargs flags.
        Set<V> set = LinkedHashSet.empty();
        for (V value : values) {
            set = set.add(value);
        }
        return new In<>(set);
    }

    /** Passes everything. */
    record Any<V>() implements Match<V> {
        @Override
        public boolean test(Option<V> value) {
            return true;
        }

        @Override
        public Match<V> and(Match<V> other) {
            return Objects.requireNonNull(other, "other");
        }
    }

    /** Passes a present value that is one of {@code values}. */
    record In<V>(Set<V> values) implements Match<V> {
        public In {
            Objects.requireNonNull(values, "values");
        }

        @Override
        public boolean test(Option<V> value) {
            return value.exists(values::contains);
        }

        @Override
        public Match<V> and(Match<V> other) {
            if (other instanceof In<V> in) {
                return new In<>(values.intersect(in.values));
            }
            if (other instanceof NotIn<V> notIn) {
                return new In<>(values.diff(notIn.values));
            }
            return Objects.requireNonNull(other, "other").and(this);
        }
    }

    /** Passes an absent value or one that is none of {@code values}. */
    record NotIn<V>(Set<V> values) implements Match<V> {
        public NotIn {
            Objects.requireNonNull(values, "values");
        }

        @Override
        public boolean test(Option<V> value) {
            return !value.exists(values::contains);
        }

        @Override
        public Match<V> and(Match<V> other) {
            if (other instanceof In<V> in) {
                return new In<>(in.values.diff(values));
            }
            if (other instanceof NotIn<V> notIn) {
                return new NotIn<>(values.union(notIn.values));
            }
            return Objects.requireNonNull(other, "other").and(this);
        }
    }
}
