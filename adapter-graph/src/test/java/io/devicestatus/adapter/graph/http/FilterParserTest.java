package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.adapter.graph.http.FilterParser.Comparison;
import io.vavr.collection.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The $filter subset: eq, ne and in comparisons joined by and, in parentheses or not; everything else refused where it
 * starts.
 */
class FilterParserTest {

    @ParameterizedTest
    @MethodSource("accepted")
    void reads_the_comparisons_a_filter_joins(String filter, List<Comparison> comparisons) {
        var parsed = FilterParser.parse(filter);

        assertThat(parsed.isRight()).as("%s", parsed).isTrue();
        assertThat(parsed.get()).containsExactlyElementsOf(comparisons);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("status eq 'compliant'", List.of(eq("status", "compliant"))),
                Arguments.of("deviceId ne 'device-1'", List.of(ne("deviceId", "device-1"))),
                Arguments.of("a eq 'x' and b ne 'y'", List.of(eq("a", "x"), ne("b", "y"))),
                Arguments.of("(a eq 'x')", List.of(eq("a", "x"))),
                Arguments.of("((a eq 'x'))", List.of(eq("a", "x"))),
                Arguments.of(
                        "(a eq 'x') and (b ne 'y' and (c eq 'z'))", List.of(eq("a", "x"), ne("b", "y"), eq("c", "z"))),
                Arguments.of("a eq 'x' and b eq 'y' and a ne 'z'", List.of(eq("a", "x"), eq("b", "y"), ne("a", "z"))),
                Arguments.of("deviceId eq 'it''s'", List.of(eq("deviceId", "it's"))),
                Arguments.of("deviceId eq ''", List.of(eq("deviceId", ""))),
                Arguments.of("deviceId eq ''''", List.of(eq("deviceId", "'"))),
                Arguments.of("deviceId eq '''a'''", List.of(eq("deviceId", "'a'"))),
                Arguments.of(
                        "  status   eq   'compliant'   and   deviceId  ne  'a  b'  ",
                        List.of(eq("status", "compliant"), ne("deviceId", "a  b"))),
                Arguments.of("deviceId eq 'x or y and not z (1)'", List.of(eq("deviceId", "x or y and not z (1)"))),
                Arguments.of("deviceId eq 'ü😀/?#%&+'", List.of(eq("deviceId", "ü😀/?#%&+"))),
                Arguments.of("scope.id_2 eq 'x'", List.of(eq("scope.id_2", "x"))),
                Arguments.of("deviceId in ('a')", List.of(in("deviceId", "a"))),
                Arguments.of("deviceId in ('a','b')", List.of(in("deviceId", "a", "b"))),
                Arguments.of("deviceId in( 'a' ,  'b' ,'it''s' )", List.of(in("deviceId", "a", "b", "it's"))),
                Arguments.of("deviceId in ('a', 'a')", List.of(in("deviceId", "a", "a"))),
                Arguments.of("deviceId in ('x) and (y', ',')", List.of(in("deviceId", "x) and (y", ","))),
                Arguments.of("a eq 'x' and b in ('y')", List.of(eq("a", "x"), in("b", "y"))),
                Arguments.of(
                        "(a in ('x', 'y') and a ne 'y') and (b in ('z'))",
                        List.of(in("a", "x", "y"), ne("a", "y"), in("b", "z"))));
    }

    /**
     * Each refusal names the problem, the 1-based position where the offending part starts (one past the end when
     * something is missing there), and what is supported.
     */
    @ParameterizedTest
    @MethodSource("refused")
    void refuses_what_is_not_supported_naming_the_problem_and_where_it_starts(
            String filter, String problem, int position) {
        var parsed = FilterParser.parse(filter);

        assertThat(parsed.isLeft()).as("%s", parsed).isTrue();
        assertThat(parsed.getLeft()).isEqualTo(problem + " at position " + position + "; " + FilterParser.SUPPORTED);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                at("a eq 'x' or b eq 'y'", "'or' is not supported", "or"),
                at("a eq 'x' and (b eq 'y' or c eq 'z')", "'or' is not supported", "or c"),
                at("a eq 'x' AND b eq 'y'", "'AND' is not supported", "AND"),
                at("not a eq 'x'", "'not' is not supported", "not"),
                at("a eq 'x' and not b eq 'y'", "'not' is not supported", "not"),
                at("startswith(deviceId,'a')", "functions such as startswith() are not supported", "startswith"),
                at(
                        "a eq 'x' and contains (deviceId, 'a')",
                        "functions such as contains() are not supported",
                        "contains"),
                at("platform eq 5", "the value compared with platform must be a string in single quotes", "5"),
                at("a eq -1", "the value compared with a must be a string in single quotes", "-1"),
                at("a eq \"x\"", "the value compared with a must be a string in single quotes", "\"x\""),
                at("deviceId eq null", "comparing deviceId with null is not supported", "null"),
                at("deviceId ne null and a eq 'x'", "comparing deviceId with null is not supported", "null"),
                at("a gt 'x'", "operator 'gt' is not supported", "gt"),
                at("a IN ('x')", "operator 'IN' is not supported", "IN"),
                at("a in ()", "the list after a in is empty; it needs at least one value", "()"),
                at("a in (  ) and b eq 'y'", "the list after a in is empty; it needs at least one value", "(  )"),
                at("a in 'x'", "expected '(' and a list of values after a in", "'x'"),
                at("a in ['x']", "expected '(' and a list of values after a in", "['x']"),
                at("a in ('x' 'y')", "expected ',' or ')' in the list after a in", "'y'"),
                at("a in ('x';'y')", "expected ',' or ')' in the list after a in", ";"),
                at("a in ('x',)", "the value compared with a must be a string in single quotes", ")"),
                at("a in (5)", "the value compared with a must be a string in single quotes", "5"),
                at("a in ('x', null)", "comparing a with null is not supported", "null"),
                at("a in ('x') or a eq 'y'", "'or' is not supported", "or"),
                at("a eq 'x')", "unexpected ')'", ")"),
                at("a eq 'x' and ()", "unexpected ')'", ")"),
                atEnd("a eq 'x", "a string is not closed with '"),
                atEnd("a eq 'it''s", "a string is not closed with '"),
                atEnd("a eq 'x' and", "a comparison is missing at the end"),
                atEnd("a eq 'x' and ", "a comparison is missing at the end"),
                atEnd("", "a comparison is missing at the end"),
                atEnd("   ", "a comparison is missing at the end"),
                atEnd("(a eq 'x'", "expected ')'"),
                atEnd("a eq", "the value compared with a must be a string in single quotes"),
                atEnd("a", "expected eq, ne or in after a"),
                atEnd("a in", "expected '(' and a list of values after a in"),
                atEnd("a in ('x'", "expected ')'"),
                atEnd("a in ('x',", "the value compared with a must be a string in single quotes"),
                atEnd("a in ('x", "a string is not closed with '"));
    }

    @Test
    void deep_parentheses_are_refused_where_they_get_too_deep_not_thrown() {
        var depth = 100_000;
        var filter = "(".repeat(depth) + "a eq 'x'" + ")".repeat(depth);

        var parsed = FilterParser.parse(filter);

        assertThat(parsed.isLeft()).isTrue();
        assertThat(parsed.getLeft())
                .isEqualTo("parentheses nested deeper than 100 are not supported at position 101; "
                        + FilterParser.SUPPORTED);
    }

    @Test
    void parentheses_up_to_the_nesting_bound_are_read_and_counted_per_group() {
        var deepest = "(".repeat(FilterParser.MAX_NESTING) + "a eq 'x'" + ")".repeat(FilterParser.MAX_NESTING);
        var filter = deepest + " and " + deepest + " and (" + deepest.replace("a eq", "b ne") + ")";

        assertThat(FilterParser.parse(deepest).get()).containsExactly(eq("a", "x"));
        assertThat(FilterParser.parse(filter).getLeft()).startsWith("parentheses nested deeper than 100");
        assertThat(FilterParser.parse(deepest + " and " + deepest).get()).containsExactly(eq("a", "x"), eq("a", "x"));
    }

    @Test
    void moderately_nested_parentheses_are_read() {
        var filter =
                "(".repeat(20) + "a eq 'x'" + ")".repeat(20) + " and " + "(".repeat(20) + "b ne 'y'" + ")".repeat(20);

        assertThat(FilterParser.parse(filter).get()).containsExactly(eq("a", "x"), ne("b", "y"));
    }

    @Test
    void an_in_list_takes_up_to_its_bound_of_values_and_refuses_more_where_the_first_extra_one_starts() {
        var values = java.util.stream.IntStream.range(0, FilterParser.MAX_IN_VALUES + 1)
                .mapToObj(i -> "'v" + i + "'")
                .toList();
        var full = "deviceId in (" + String.join(",", values.subList(0, FilterParser.MAX_IN_VALUES)) + ")";
        var over = "deviceId in (" + String.join(",", values) + ")";

        assertThat(FilterParser.parse(full).get().head().values()).hasSize(FilterParser.MAX_IN_VALUES);
        assertThat(FilterParser.parse(over).getLeft())
                .isEqualTo("more than " + FilterParser.MAX_IN_VALUES
                        + " values in one list are not supported at position " + (over.lastIndexOf(',') + 2) + "; "
                        + FilterParser.SUPPORTED);
    }

    @Test
    void a_comparison_holds_one_value_for_eq_and_ne_and_at_least_one_for_in() {
        assertThatThrownBy(() -> new Comparison("a", FilterParser.Operator.EQ, List.of("x", "y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Comparison("a", FilterParser.Operator.IN, List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments at(String filter, String problem, String offending) {
        assertThat(filter).contains(offending);
        return Arguments.of(filter, problem, filter.indexOf(offending) + 1);
    }

    private static Arguments atEnd(String filter, String problem) {
        return Arguments.of(filter, problem, filter.length() + 1);
    }

    private static Comparison eq(String property, String value) {
        return Comparison.eq(property, value);
    }

    private static Comparison ne(String property, String value) {
        return Comparison.ne(property, value);
    }

    private static Comparison in(String property, String... values) {
        return Comparison.in(property, List.of(values));
    }
}
