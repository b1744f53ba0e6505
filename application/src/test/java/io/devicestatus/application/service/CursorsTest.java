package io.devicestatus.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.error.Violation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {

    /** Hex digits in either case: what {@link Cursors#lastId} can decode. */
    private static final Pattern DECODABLE = Pattern.compile("k1([0-9a-fA-F]{4})+");

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();

    /** The longest id the domain accepts that takes the most UTF-16 units: 128 code points outside the BMP. */
    private static final String LONGEST_ID = "\uD83D\uDE00".repeat(TextLimit.IDENTIFIER.maxCodePoints());

    @Test
    void the_longest_id_is_a_valid_status_id() {
        assertThat(LONGEST_ID.codePointCount(0, LONGEST_ID.length())).isEqualTo(TextLimit.IDENTIFIER.maxCodePoints());
        assertThat(StatusId.of(LONGEST_ID).isValid()).isTrue();
    }

    @Test
    void the_cursor_bound_is_the_cursor_length_of_the_longest_id() {
        assertThat(ListStatusesQuery.MAX_CURSOR_LENGTH).isEqualTo(2 + 4 * 2 * TextLimit.IDENTIFIER.maxCodePoints());
    }

    @Test
    void the_cursor_of_the_longest_id_fits_the_bound_and_round_trips() {
        var cursor = Cursors.after(LONGEST_ID);

        assertThat(cursor).hasSizeLessThanOrEqualTo(ListStatusesQuery.MAX_CURSOR_LENGTH);
        assertThat(Cursors.lastId(cursor)).isEqualTo(Either.right(LONGEST_ID));
    }

    @Test
    void a_query_with_the_cursor_of_the_longest_id_passes_validation() {
        var query = new ListStatusesQuery<>(null, IosUpdateStatusFilter.ANY, 10, Cursors.after(LONGEST_ID), false);

        assertThat(VALIDATOR.check(query)).isEqualTo(Either.<ApplicationError, Object>right(query));
    }

    @Property
    void any_non_empty_string_of_any_chars_round_trips(@ForAll("anyChars") String id) {
        assertThat(Cursors.lastId(Cursors.after(id))).isEqualTo(Either.right(id));
    }

    @Property
    void any_string_of_any_code_points_round_trips(@ForAll("anyCodePoints") String id) {
        assertThat(Cursors.lastId(Cursors.after(id))).isEqualTo(Either.right(id));
    }

    @Property
    void a_cursor_is_the_prefix_and_four_lower_case_hex_digits_per_utf16_unit(@ForAll("anyChars") String id) {
        var cursor = Cursors.after(id);

        assertThat(cursor).matches("k1([0-9a-f]{4})+").hasSize(2 + 4 * id.length());
        assertThat(cursor).matches("[0-9a-z]+");
    }

    @Property
    void the_cursor_of_every_id_the_domain_accepts_fits_the_query_bound(@ForAll("domainIds") String id) {
        assertThat(StatusId.of(id).isValid()).as("the domain accepts %s", id).isTrue();

        assertThat(Cursors.after(id)).hasSizeLessThanOrEqualTo(ListStatusesQuery.MAX_CURSOR_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "k", "k1", "k1abc", "k1abcde", "k10041004", "k1zzzz", "k1004g", "k1-041", "k1+041",
            "k1 041", "x10041", "K10041", " k10041", "10041", "k2004100"})
    void a_foreign_cursor_is_invalid_naming_the_cursor(String cursor) {
        assertRefused(cursor);
    }

    @Property
    void only_cursors_of_the_issued_form_decode_and_they_decode_to_what_encodes_them_again(
            @ForAll("cursorLike") String cursor) {
        var decoded = Cursors.lastId(cursor);

        if (DECODABLE.matcher(cursor).matches()) {
            assertThat(decoded.isRight()).as("decodes %s", cursor).isTrue();
            assertThat(Cursors.after(decoded.get())).isEqualToIgnoringCase(cursor);
        } else {
            assertRefused(cursor);
        }
    }

    private static void assertRefused(String cursor) {
        var refused = Cursors.lastId(cursor);

        assertThat(refused.isLeft()).as("refuses '%s'", cursor).isTrue();
        assertThat(refused.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        var violations = ((ApplicationError.Invalid) refused.getLeft()).violations();
        assertThat(violations).hasSize(1);
        Violation violation = violations.head();
        assertThat(violation.field()).isEqualTo("cursor");
        assertThat(violation.rejectedValue()).isEqualTo(Option.some(cursor));
        assertThat(violation.message()).contains("nextCursor");
    }

    /** Non-empty strings of any UTF-16 units, lone surrogates and control characters included. */
    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80);
    }

    /** Non-empty strings of any code points, so mostly surrogate pairs. */
    @Provide
    Arbitrary<String> anyCodePoints() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT).list().ofMinSize(1).ofMaxSize(140)
                .map(codePoints -> codePoints.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    /** Ids of 1 to 128 code points, none a control character, of uniformly spread lengths. */
    @Provide
    Arbitrary<String> domainIds() {
        return Arbitraries.integers().between(0x21, Character.MAX_CODE_POINT).filter(cp -> !Character.isISOControl(cp))
                .list().ofMinSize(1).ofMaxSize(TextLimit.IDENTIFIER.maxCodePoints()).withSizeDistribution(
                        RandomDistribution.uniform())
                .map(codePoints -> codePoints.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    /** Strings near the cursor form: mostly the prefix and hex digits, some other letters, any length. */
    @Provide
    Arbitrary<String> cursorLike() {
        var text = Arbitraries.strings().withChars("0123456789abcdefABCDEFgkxz1- ").ofMaxLength(14);
        return Arbitraries.oneOf(text, text.map(rest -> "k1" + rest),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMaxLength(14).map(hex -> "k1" + hex));
    }
}
