package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MatchTest {

    /** Every value a generated match can name, one it cannot (7), and the absent value. */
    private static final List<Option<Integer>> VALUES =
            List.rangeClosed(0, 7).map(Option::some).prepend(Option.none());

    @Property
    void every_match_passes_exactly_what_its_construction_says(@ForAll("matches") SpecifiedMatch<Integer> m) {
        for (var v : VALUES) {
            assertThat(m.match().test(v))
                    .as("%s on %s", m, v)
                    .isEqualTo(m.expected().test(v));
        }
    }

    @Property
    void and_passes_exactly_what_both_pass(
            @ForAll("matches") SpecifiedMatch<Integer> a, @ForAll("matches") SpecifiedMatch<Integer> b) {
        var both = a.match().and(b.match());

        for (var v : VALUES) {
            assertThat(both.test(v))
                    .as("%s and %s on %s", a, b, v)
                    .isEqualTo(a.match().test(v) && b.match().test(v));
        }
    }

    @Property
    void and_is_commutative_in_behaviour(
            @ForAll("matches") SpecifiedMatch<Integer> a, @ForAll("matches") SpecifiedMatch<Integer> b) {
        var ab = a.match().and(b.match());
        var ba = b.match().and(a.match());

        for (var v : VALUES) {
            assertThat(ab.test(v)).as("%s and %s on %s", a, b, v).isEqualTo(ba.test(v));
        }
    }

    @Property
    void and_is_associative_in_behaviour(
            @ForAll("matches") SpecifiedMatch<Integer> a,
            @ForAll("matches") SpecifiedMatch<Integer> b,
            @ForAll("matches") SpecifiedMatch<Integer> c) {
        var left = a.match().and(b.match()).and(c.match());
        var right = a.match().and(b.match().and(c.match()));

        for (var v : VALUES) {
            assertThat(left.test(v)).as("%s, %s, %s on %s", a, b, c, v).isEqualTo(right.test(v));
        }
    }

    @Property
    void any_changes_nothing_on_either_side(@ForAll("matches") SpecifiedMatch<Integer> a) {
        for (var v : VALUES) {
            assertThat(Match.<Integer>any().and(a.match()).test(v))
                    .as("any and %s on %s", a, v)
                    .isEqualTo(a.match().test(v));
            assertThat(a.match().and(Match.any()).test(v))
                    .as("%s and any on %s", a, v)
                    .isEqualTo(a.match().test(v));
        }
    }

    /** What an SQL adapter relies on: IN never holds for NULL, NOT IN (written with IS NULL OR) always does. */
    @Property
    void an_absent_value_passes_NotIn_and_Any_and_never_In(
            @ForAll("matches") SpecifiedMatch<Integer> a, @ForAll("matches") SpecifiedMatch<Integer> b) {
        for (var match : List.of(a.match(), b.match(), a.match().and(b.match()))) {
            boolean passesAbsent = match.test(Option.none());
            if (match instanceof Match.In) {
                assertThat(passesAbsent).as("%s on an absent value", match).isFalse();
            } else {
                assertThat(match).isInstanceOfAny(Match.NotIn.class, Match.Any.class);
                assertThat(passesAbsent).as("%s on an absent value", match).isTrue();
            }
        }
    }

    @Property
    void in_without_values_passes_nothing(
            @ForAll @IntRange(min = -1, max = 7) int value, @ForAll("matches") SpecifiedMatch<Integer> other) {
        Match<Integer> nothing = Match.in();
        var v = value < 0 ? Option.<Integer>none() : Option.some(value);

        assertThat(nothing.test(v)).isFalse();
        assertThat(nothing.and(other.match()).test(v))
                .as("in() and %s on %s", other, v)
                .isFalse();
        assertThat(other.match().and(nothing).test(v))
                .as("%s and in() on %s", other, v)
                .isFalse();
    }

    @Example
    void ne_passes_an_absent_value_and_eq_does_not() {
        assertThat(Match.ne("device-1").test(Option.none())).isTrue();
        assertThat(Match.eq("device-1").test(Option.none())).isFalse();
        assertThat(Match.ne("device-1").test(Option.some("device-1"))).isFalse();
        assertThat(Match.eq("device-1").test(Option.some("device-1"))).isTrue();
    }

    @Example
    void eq_and_ne_refuse_null() {
        assertThatNullPointerException().isThrownBy(() -> Match.eq(null));
        assertThatNullPointerException().isThrownBy(() -> Match.ne(null));
    }

    @Example
    void and_refuses_null_in_every_form() {
        for (Match<String> match : List.of(Match.<String>any(), Match.eq("a"), Match.ne("a"), Match.<String>in())) {
            assertThatNullPointerException().as("%s and null", match).isThrownBy(() -> match.and(null));
        }
    }

    @Provide
    Arbitrary<SpecifiedMatch<Integer>> matches() {
        return SpecifiedMatch.of(Arbitraries.integers().between(0, 6), 3);
    }
}
