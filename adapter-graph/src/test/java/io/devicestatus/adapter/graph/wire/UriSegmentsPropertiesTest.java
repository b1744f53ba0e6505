package io.devicestatus.adapter.graph.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever an id holds, its encoded form is one segment that decodes back to it. */
class UriSegmentsPropertiesTest {

    /** Unreserved characters, sub-delimiters, ':' and '@', or a percent escape: nothing that ends a segment. */
    private static final Pattern ONE_SEGMENT = Pattern.compile("([A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})*");

    @Property(tries = 3000)
    void decoding_an_encoded_id_gives_the_id(@ForAll("ids") String id) {
        assertThat(UriSegments.decode(UriSegments.encode(id))).isEqualTo(Option.some(id));
    }

    @Property(tries = 3000)
    void an_encoded_id_is_one_segment_and_never_a_dot_segment(@ForAll("ids") String id) {
        var segment = UriSegments.encode(id);

        assertThat(segment).matches(ONE_SEGMENT).isNotIn(".", "..");
        assertThat(segment.replaceAll("%[0-9A-F]{2}", "")).doesNotContain("/", "?", "#", "%");
    }

    @Property
    void any_well_formed_java_string_survives(@ForAll String id) {
        net.jqwik.api.Assume.that(wellFormed(id));

        assertThat(UriSegments.decode(UriSegments.encode(id))).isEqualTo(Option.some(id));
    }

    /**
     * Text rich in what matters to a path: the characters that end or change a segment, dots, escapes that are
     * already there, characters outside ASCII and outside the BMP.
     */
    @Provide
    Arbitrary<String> ids() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(
                        4,
                        Arbitraries.of(
                                (int) '/',
                                (int) '?',
                                (int) '#',
                                (int) '%',
                                (int) '.',
                                (int) '+',
                                (int) ' ',
                                (int) '\\',
                                (int) '&',
                                (int) '=',
                                (int) ';',
                                (int) 'A',
                                (int) '2',
                                (int) 'F')),
                Tuple.of(3, Arbitraries.integers().between(0x00, 0x7F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint
                .list()
                .ofMaxSize(24)
                .map(points -> {
                    var text = new StringBuilder();
                    points.forEach(text::appendCodePoint);
                    return text.toString();
                })
                .edgeCases(edges -> edges.add(".", "..", "%", "%2E", "/"));
    }

    /** No unpaired surrogate: such a string has no UTF-8 form, so no URL can carry it. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
