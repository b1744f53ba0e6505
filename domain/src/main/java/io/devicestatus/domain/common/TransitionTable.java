package io.devicestatus.domain.common;

import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lifecycle as data: for each state, the states it may move to. Built row by row so that the table reads like
 * the one in the documentation, and checked on construction so that a state without a row is a bug found at class
 * load, not a silent "allowed".
 *
 * @param <S> the state (or phase) type
 */
public final class TransitionTable<S extends Enum<S>> {

    private final Map<S, Set<S>> next;

    private TransitionTable(Map<S, Set<S>> next) {
        this.next = Collections.unmodifiableMap(next);
    }

    /** Starts a table over every constant of {@code type}; each needs exactly one {@code from(...)} row. */
    public static <S extends Enum<S>> Builder<S> over(Class<S> type) {
        return new Builder<>(type);
    }

    public boolean allows(S from, S to) {
        return next.get(from).contains(to);
    }

    /** The states {@code from} may move to, in declaration order. */
    public Set<S> allowedFrom(S from) {
        return next.get(from);
    }

    /** Builds a table row by row. */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final EnumMap<S, Set<S>> rows;

        private Builder(Class<S> type) {
            this.type = Objects.requireNonNull(type);
            this.rows = new EnumMap<>(type);
        }

        /** Declares that {@code from} may move to each of {@code to} (and nowhere else). */
        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            var targets = EnumSet.noneOf(type);
            for (S target : to) {
                targets.add(target);
            }
            return row(from, targets);
        }

        /** Declares that {@code from} may move to any state. */
        public Builder<S> fromAnywhere(S from) {
            return row(from, EnumSet.allOf(type));
        }

        /**
         * Declares that {@code from} may stay or move forwards: to itself and to any state declared after it, never to
         * one declared before it.
         */
        public Builder<S> onwardFrom(S from) {
            return row(from, EnumSet.range(from, last()));
        }

        private S last() {
            S[] states = type.getEnumConstants();
            return states[states.length - 1];
        }

        private Builder<S> row(S from, EnumSet<S> targets) {
            if (rows.put(from, Collections.unmodifiableSet(targets)) != null) {
                throw new IllegalStateException("two rows for " + from);
            }
            return this;
        }

        public TransitionTable<S> build() {
            var missing = EnumSet.allOf(type);
            missing.removeAll(rows.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException(
                        "transition table for " + type.getSimpleName() + " has no row for " + missing);
            }
            return new TransitionTable<>(new EnumMap<>(rows));
        }
    }

    /**
     * Checks a move of a {@link GraphEnum} state whose lifecycle is this table over its own constants.
     *
     * @return the new state, or an {@link DomainError.IllegalTransition} naming from, to and the allowed targets
     */
    public static <E extends Enum<E> & GraphEnum> Either<DomainError, E> check(
            TransitionTable<E> table, String field, E from, E to) {
        return table.allows(from, to)
                ? Either.right(to)
                : Either.left(new DomainError.IllegalTransition(
                        field,
                        from.wireName(),
                        to.wireName(),
                        List.ofAll(table.allowedFrom(from)).map(GraphEnum::wireName)));
    }
}
