package io.devicestatus.application.model;

import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A {@link Match} built from the public factories and {@code and}, together with what it should pass written
 * straight from the factories' documentation (without {@code Match}), so that tests can compare the two.
 *
 * @param match       the match under test
 * @param expected    what it should pass; {@code Option.none()} is an absent value
 * @param description how it was built, shown in counterexamples
 */
record SpecifiedMatch<V>(Match<V> match, Predicate<Option<V>> expected, String description) {

    @Override
    public String toString() {
        return description;
    }

    /** Matches over values drawn from {@code values}, nested up to {@code depth} {@code and}s deep. */
    static <V> Arbitrary<SpecifiedMatch<V>> of(Arbitrary<V> values, int depth) {
        Arbitrary<SpecifiedMatch<V>> any = Arbitraries.just(new SpecifiedMatch<>(Match.any(), v -> true, "any"));
        Arbitrary<SpecifiedMatch<V>> eq = values.map(x ->
                new SpecifiedMatch<>(Match.eq(x), v -> v.isDefined() && v.get().equals(x), "eq(" + x + ")"));
        Arbitrary<SpecifiedMatch<V>> ne = values.map(x ->
                new SpecifiedMatch<>(Match.ne(x), v -> v.isEmpty() || !v.get().equals(x), "ne(" + x + ")"));
        Arbitrary<SpecifiedMatch<V>> in = values.set().ofMaxSize(4).map(SpecifiedMatch::in);
        Arbitrary<SpecifiedMatch<V>> leaf = Arbitraries.oneOf(List.of(any, eq, ne, in));
        if (depth == 0) {
            return leaf;
        }
        var inner = of(values, depth - 1);
        Arbitrary<SpecifiedMatch<V>> and = Combinators.combine(inner, inner).as(SpecifiedMatch::and);
        return Arbitraries.oneOf(List.of(leaf, and));
    }

    @SuppressWarnings("unchecked")
    private static <V> SpecifiedMatch<V> in(Set<V> set) {
        V[] values = (V[]) set.toArray();
        return new SpecifiedMatch<>(
                Match.in(values),
                v -> v.isDefined() && set.contains(v.get()),
                "in" + set.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")")));
    }

    private static <V> SpecifiedMatch<V> and(SpecifiedMatch<V> a, SpecifiedMatch<V> b) {
        return new SpecifiedMatch<>(
                a.match.and(b.match), v -> a.expected.test(v) && b.expected.test(v), "(" + a + " and " + b + ")");
    }
}
