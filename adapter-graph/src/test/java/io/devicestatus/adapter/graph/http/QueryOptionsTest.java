package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.error.Violation;
import io.vavr.Tuple;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query string: $ options decoded and checked for form, other parameters carried along. */
class QueryOptionsTest {

    @Test
    void options_are_form_decoded() {
        var query = parsed(
                "$filter=status+eq+'compliant'+and+deviceId+eq+'a%2Bb%26c%3D'&%24top=5&$count=true", QueryOptions.LIST);

        assertThat(query.get("$filter")).isEqualTo(Option.some("status eq 'compliant' and deviceId eq 'a+b&c='"));
        assertThat(query.get("$top")).isEqualTo(Option.some("5"));
        assertThat(query.get("$count")).isEqualTo(Option.some("true"));
        assertThat(query.get("$skip")).isEmpty();
    }

    @Test
    void escapes_of_utf8_characters_are_decoded_in_either_case() {
        var query = parsed("$filter=deviceId+eq+'%C3%BC%f0%9f%98%80+%2B'", QueryOptions.LIST);

        assertThat(query.get("$filter")).isEqualTo(Option.some("deviceId eq 'ü😀 +'"));
    }

    @Test
    void an_option_keeps_an_equals_sign_in_its_value_and_may_have_no_value() {
        var query = parsed("$filter=deviceId eq 'a=b'&$count", QueryOptions.LIST);

        assertThat(query.get("$filter")).isEqualTo(Option.some("deviceId eq 'a=b'"));
        assertThat(query.get("$count")).isEqualTo(Option.some(""));
    }

    @Test
    void an_empty_query_and_empty_pairs_give_nothing() {
        assertThat(parsed("", QueryOptions.LIST).options()).isEmpty();
        assertThat(parsed("", QueryOptions.LIST).carriedToNextPage()).isEmpty();
        assertThat(parsed("&&$top=1&", QueryOptions.LIST).pairs()).containsExactly(Tuple.of("$top", "1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$top=1&$top=2", "$top=1&%24top=1", "%24top=1&$top=2", "$filter=a+eq+'x'&$filter=b+eq+'y'"})
    void an_option_given_twice_is_refused(String rawQuery) {
        var failure = refused(rawQuery, QueryOptions.LIST);

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.message()).matches("Query option '\\$(top|filter)' was given more than once\\.");
    }

    @Test
    void an_unsupported_option_is_refused_listing_the_supported_ones() {
        assertThat(refused("$expand=deviceStatuses", QueryOptions.LIST).message())
                .isEqualTo(
                        "Query option '$expand' "
                                + "is not supported here; supported: $top, $skip, $skiptoken, $filter, $orderby, $select, $count.");
        assertThat(refused("$top=1", QueryOptions.ENTITY).message())
                .isEqualTo("Query option '$top' is not supported here; supported: $select.");
        assertThat(refused("$select=id", QueryOptions.NONE).message())
                .isEqualTo("Query option '$select' is not supported here.");
        assertThat(refused("%24search=x", QueryOptions.LIST).message()).startsWith("Query option '$search' is not");
        assertThat(refused("$TOP=1", QueryOptions.LIST).message()).startsWith("Query option '$TOP' is not");
    }

    /** As for path segments: escapes are two ASCII hex digits, and the bytes they make are UTF-8. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "$filter=%zz",
                "$top=%4",
                "%2=1",
                "$filter=a%",
                "$filter=%-1",
                "$filter=deviceId+eq+'%\u0664\u0661'",
                "$top=%\uFF13\uFF11",
                "$filter=deviceId+eq+'%FF'",
                "$filter=deviceId+eq+'%C3%28'",
                "x=%ED%A0%80"
            })
    void a_broken_escape_is_refused(String rawQuery) {
        var failure = refused(rawQuery, QueryOptions.LIST);

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.message())
                .isEqualTo("The query string is not validly percent-encoded near '" + rawQuery + "'.");
    }

    @Test
    void other_parameters_are_ignored_but_carried_to_the_next_page_as_sent() {
        var query = parsed("api-version=2&$top=5&x=%2B1+2&flag&%24filter=status+eq+'error'", QueryOptions.LIST);

        assertThat(query.options().keySet()).containsExactly("$top", "$filter");
        assertThat(query.carriedToNextPage())
                .containsExactly(
                        Tuple.of("api-version", "2"),
                        Tuple.of("$top", "5"),
                        Tuple.of("x", "%2B1+2"),
                        Tuple.of("flag", ""),
                        Tuple.of("%24filter", "status+eq+'error'"));
    }

    @Test
    void skip_and_skiptoken_are_not_carried_to_the_next_page_however_encoded() {
        var query = parsed("$skip=10&$top=5&%24skiptoken=abc&x=1&$filter=a+eq+'%24skip'", QueryOptions.LIST);

        assertThat(query.carriedToNextPage())
                .containsExactly(Tuple.of("$top", "5"), Tuple.of("x", "1"), Tuple.of("$filter", "a+eq+'%24skip'"));
        assertThat(parsed(
                                "%24skip=1&%24Skiptoken=2",
                                QueryOptions.NONE.add("$skip").add("$Skiptoken"))
                        .carriedToNextPage())
                .containsExactly(Tuple.of("%24Skiptoken", "2"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 5", "1000, 1000"})
    void an_integer_option_within_bounds_is_read(String text, int value) {
        var query = parsed("$top=" + text, QueryOptions.LIST);

        assertThat(query.integer("$top", 1, 1000, "").get()).isEqualTo(Option.some(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "1001",
                "-1",
                "+1",
                "%2B1",
                "1.0",
                "1e2",
                "",
                "abc",
                "0x10",
                "2147483648",
                "99999999999999999999",
                "%EF%BC%91"
            })
    void an_integer_option_out_of_bounds_or_not_a_whole_number_is_refused_naming_it(String text) {
        var query = parsed("$top=" + text, QueryOptions.LIST);

        var refused = query.integer("$top", 1, 1000, "");

        assertThat(refused.isLeft()).as("%s", refused).isTrue();
        Violation violation = refused.getLeft().details().single();
        assertThat(violation.field()).isEqualTo("$top");
        assertThat(violation.rejectedValue()).isEqualTo(query.get("$top"));
        assertThat(violation.message()).isEqualTo("must be a whole number from 1 to 1000");
        assertThat(refused.getLeft().status()).isEqualTo(400);
    }

    @Test
    void an_integer_option_refusal_carries_the_hint_and_an_absent_one_is_none() {
        var query = parsed("$skip=101", QueryOptions.LIST);

        assertThat(query.integer("$skip", 0, 100, "; page further with @odata.nextLink")
                        .getLeft()
                        .details()
                        .single()
                        .message())
                .isEqualTo("must be a whole number from 0 to 100; page further with @odata.nextLink");
        assertThat(query.integer("$skip", 0, 101, "").get()).isEqualTo(Option.some(101));
        assertThat(query.integer("$top", 1, 1000, "").get()).isEmpty();
    }

    private static QueryOptions parsed(String rawQuery, Set<String> allowed) {
        var parsed = QueryOptions.parse(rawQuery, allowed);
        assertThat(parsed.isRight()).as("%s", parsed).isTrue();
        return parsed.get();
    }

    private static Failure refused(String rawQuery, Set<String> allowed) {
        var parsed = QueryOptions.parse(rawQuery, allowed);
        assertThat(parsed.isLeft()).as("%s", parsed).isTrue();
        return parsed.getLeft();
    }
}
