package io.devicestatus.adapter.graph.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids as one path segment: examples of what encoding makes of them, and the escapes decoding refuses. */
class UriSegmentsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "a/b            | a%2Fb",
                "../x           | ..%2Fx",
                "a?b            | a%3Fb",
                "a#b            | a%23b",
                "100%           | 100%25",
                ".              | %2E",
                "..             | %2E%2E",
                "...            | ...",
                "`a b`          | a%20b",
                "a+b            | a+b",
                "a:b@c!$&'()*,;= | a:b@c!$&'()*,;=",
                "-._~           | -._~",
                "$count         | %24count",
                "$$x            | %24%24x",
                "a$             | a$",
                "é              | %C3%A9",
                "😀             | %F0%9F%98%80",
                "\\             | %5C",
                "0df55e4e-5e4e-0df5-4e5e-f50d4e5ef50d | 0df55e4e-5e4e-0df5-4e5e-f50d4e5ef50d"
            })
    void encodes_an_id_as_one_segment_and_decodes_it_back(String id, String segment) {
        assertThat(UriSegments.encode(id)).isEqualTo(segment);
        assertThat(UriSegments.decode(segment)).isEqualTo(Option.some(id));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"%2f    | /", "%c3%a9 | é", "é      | é", "a+b    | a+b", "%2E%2e | ..", "𐐷%F0%90%90%B7 | 𐐷𐐷"})
    void decodes_lower_case_escapes_and_unescaped_characters(String segment, String id) {
        assertThat(UriSegments.decode(segment)).isEqualTo(Option.some(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%4", "a%", "a%4", "%zz", "%g1", "%1g", "%-1", "% 1", "%%41"})
    void refuses_a_broken_escape(String segment) {
        assertThat(UriSegments.decode(segment)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "%C3", "%E2%82", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%80a"})
    void refuses_escapes_that_are_not_utf8(String segment) {
        assertThat(UriSegments.decode(segment)).isEmpty();
    }

    /** RFC 3986's HEXDIG is ASCII; Java's Character.digit would also take Arabic-Indic and full-width digits. */
    @ParameterizedTest
    @ValueSource(strings = {"%\u0664\u0661", "%\uFF14\uFF11", "%4\uFF21", "%\u0966\u0967"})
    void refuses_an_escape_with_digits_that_are_not_ascii(String segment) {
        assertThat(UriSegments.decode(segment)).isEmpty();
    }
}
