package io.devicestatus.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static final TenantId OTHER_TENANT = TenantId.fromString("f8cdef31-a31e-4b4a-93e4-5f571e91255a");

    /** {@link #TENANT} as a cursor carries it: its 32 hex digits. */
    private static final String T = "72f988bf86f141af91ab2d7cd011db47";

    /** Hex digits in either case: what {@link Cursors#position} can decode for {@link #TENANT}, per order. */
    private static final Pattern DECODABLE_ID = Pattern.compile("k2(?i:" + T + ")([0-9a-fA-F]{4})+");

    private static final Pattern DECODABLE_ASC = Pattern.compile("r2a(?i:" + T + ")[0-9a-fA-F]{16}([0-9a-fA-F]{4})+");
    private static final Pattern DECODABLE_DESC = Pattern.compile("r2d(?i:" + T + ")[0-9a-fA-F]{16}([0-9a-fA-F]{4})+");

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();

    /** The longest id the domain accepts that takes the most UTF-16 units: 128 code points outside the BMP. */
    private static final String LONGEST_ID = "\uD83D\uDE00".repeat(TextLimit.IDENTIFIER.maxCodePoints());

    /** A report time with all seven fractional digits. */
    private static final Instant TIME = Instant.parse("2026-11-23T10:00:00.1234567Z");

    @Test
    void the_longest_id_is_a_valid_status_id() {
        assertThat(LONGEST_ID.codePointCount(0, LONGEST_ID.length())).isEqualTo(TextLimit.IDENTIFIER.maxCodePoints());
        assertThat(StatusId.of(LONGEST_ID).isValid()).isTrue();
    }

    @Test
    void the_cursor_bound_is_the_length_of_a_report_time_cursor_of_the_longest_id_with_the_longest_continuation() {
        var longest = ListPosition.after(TIME, LONGEST_ID).resumingWith("x".repeat(ListPosition.MAX_RESUME_LENGTH));

        assertThat(Cursors.after(TENANT, ListOrder.REPORT_TIME_DESC, LONGEST_ID, TIME))
                .hasSize(3 + 32 + 16 + 4 * 2 * TextLimit.IDENTIFIER.maxCodePoints());
        assertThat(Cursors.after(TENANT, ListOrder.REPORT_TIME_DESC, longest))
                .hasSize(ListStatusesQuery.MAX_CURSOR_LENGTH);
    }

    @Property
    void a_position_with_a_stores_continuation_comes_back_whole(
            @ForAll ListOrder order, @ForAll("continuations") String resume) {
        var position = ListPosition.of(order, "id-1", TIME).resumingWith(resume);

        var cursor = Cursors.after(TENANT, order, position);

        assertThat(cursor).as("URL-safe").matches("[0-9a-z]+\\.[0-9A-Za-z_-]+");
        assertThat(Cursors.position(cursor, TENANT, order).toOption()).contains(position);
    }

    @Provide
    Arbitrary<String> continuations() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(ListPosition.MAX_RESUME_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ".",
                "k2" + T + "0041.",
                "k2" + T + "0041.!!",
                "k2" + T + "0041.aGk=",
                "k2" + T + "0041.aGk.",
                "k2" + T + "zz.aGk",
                "k2" + T + "0041.AA",
                "k2" + T + "0041.gA"
            })
    void a_continuation_that_is_not_unpadded_base64url_of_printable_ascii_is_not_a_cursor(String cursor) {
        assertForeign(cursor, ListOrder.ID);
    }

    @ParameterizedTest
    @EnumSource(ListOrder.class)
    void the_cursor_of_the_longest_id_fits_the_bound_and_round_trips(ListOrder order) {
        var cursor = Cursors.after(TENANT, order, LONGEST_ID, TIME);

        assertThat(cursor).hasSizeLessThanOrEqualTo(ListStatusesQuery.MAX_CURSOR_LENGTH);
        assertThat(Cursors.position(cursor, TENANT, order)).isEqualTo(Either.right(position(order, LONGEST_ID, TIME)));
    }

    @ParameterizedTest
    @EnumSource(ListOrder.class)
    void a_query_with_the_cursor_of_the_longest_id_passes_validation(ListOrder order) {
        var query = new ListStatusesQuery<>(
                TENANT, null, StatusFilter.any(), 10, Cursors.after(TENANT, order, LONGEST_ID, TIME), false, order);

        assertThat(VALIDATOR.check(query)).isEqualTo(Either.<ApplicationError, Object>right(query));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0001-01-01T00:00:00Z",
                "1969-12-31T23:59:59.9999999Z",
                "1970-01-01T00:00:00Z",
                "1970-01-01T00:00:00.0000001Z",
                "9999-12-31T23:59:59.9999999Z"
            })
    void report_times_before_and_after_1970_and_at_the_ends_of_graphs_range_round_trip(String time) {
        var instant = Instant.parse(time);
        for (ListOrder order : List.of(ListOrder.REPORT_TIME_ASC, ListOrder.REPORT_TIME_DESC)) {
            assertThat(Cursors.position(Cursors.after(TENANT, order, "id-1", instant), TENANT, order))
                    .isEqualTo(Either.right(ListPosition.after(instant, "id-1")));
        }
    }

    @Test
    void a_cursor_is_the_prefix_the_tenants_32_hex_digits_then_16_hex_digits_of_ticks_for_a_report_time() {
        assertThat(Cursors.after(TENANT, ListOrder.ID, "A", TIME)).isEqualTo("k2" + T + "0041");
        assertThat(Cursors.after(TENANT, ListOrder.REPORT_TIME_ASC, "A", Instant.EPOCH.plusNanos(100)))
                .isEqualTo("r2a" + T + "0000000000000001" + "0041");
        assertThat(Cursors.after(TENANT, ListOrder.REPORT_TIME_DESC, "A", Instant.EPOCH.minusNanos(100)))
                .isEqualTo("r2d" + T + "ffffffffffffffff" + "0041");
        assertThat(Cursors.position("k2" + T + "0041", TENANT, ListOrder.ID))
                .isEqualTo(Either.right(ListPosition.afterId("A")));
    }

    @Test
    void cursors_from_before_tenants_are_no_longer_taken() {
        assertForeign("k10041", ListOrder.ID);
        assertForeign("r1a0000000000000001" + "0041", ListOrder.REPORT_TIME_ASC);
    }

    @Property
    void a_cursor_issued_for_one_tenant_is_refused_for_any_other_naming_the_cursor(
            @ForAll("anyChars") String id, @ForAll ListOrder order, @ForAll("continuations") String resume) {
        var plain = Cursors.after(TENANT, order, id, TIME);
        var resuming =
                Cursors.after(TENANT, order, ListPosition.of(order, id, TIME).resumingWith(resume));

        for (String cursor : List.of(plain, resuming)) {
            var refused = Cursors.position(cursor, OTHER_TENANT, order);
            assertThat(refused.isLeft())
                    .as("refuses %s for another tenant", cursor)
                    .isTrue();
            var violation =
                    ((ApplicationError.Invalid) refused.getLeft()).violations().single();
            assertThat(violation.field()).isEqualTo("cursor");
            assertThat(violation.message()).contains("not issued for this tenant's list");
            assertThat(Cursors.position(cursor, TENANT, order).isRight()).isTrue();
        }
    }

    @Property
    void any_non_empty_string_of_any_chars_round_trips_in_every_order(
            @ForAll("anyChars") String id, @ForAll("graphInstants") Instant time, @ForAll ListOrder order) {
        assertThat(Cursors.position(Cursors.after(TENANT, order, id, time), TENANT, order))
                .isEqualTo(Either.right(position(order, id, time)));
    }

    @Property
    void any_string_of_any_code_points_round_trips(
            @ForAll("anyCodePoints") String id, @ForAll("graphInstants") Instant time, @ForAll ListOrder order) {
        assertThat(Cursors.position(Cursors.after(TENANT, order, id, time), TENANT, order))
                .isEqualTo(Either.right(position(order, id, time)));
    }

    @Property
    void a_cursor_is_the_prefix_the_ticks_and_four_lower_case_hex_digits_per_utf16_unit(
            @ForAll("anyChars") String id, @ForAll("graphInstants") Instant time, @ForAll ListOrder order) {
        var cursor = Cursors.after(TENANT, order, id, time);

        switch (order) {
            case ID -> assertThat(cursor).matches("k2" + T + "([0-9a-f]{4})+").hasSize(2 + 32 + 4 * id.length());
            case REPORT_TIME_ASC ->
                assertThat(cursor)
                        .matches("r2a" + T + "[0-9a-f]{16}([0-9a-f]{4})+")
                        .hasSize(3 + 32 + 16 + 4 * id.length());
            case REPORT_TIME_DESC ->
                assertThat(cursor)
                        .matches("r2d" + T + "[0-9a-f]{16}([0-9a-f]{4})+")
                        .hasSize(3 + 32 + 16 + 4 * id.length());
        }
        assertThat(cursor).as("URL-safe").matches("[0-9a-z]+");
    }

    @Property
    void the_cursor_of_every_id_the_domain_accepts_fits_the_query_bound(
            @ForAll("domainIds") String id, @ForAll("graphInstants") Instant time, @ForAll ListOrder order) {
        assertThat(StatusId.of(id).isValid()).as("the domain accepts %s", id).isTrue();

        assertThat(Cursors.after(TENANT, order, id, time))
                .hasSizeLessThanOrEqualTo(ListStatusesQuery.MAX_CURSOR_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "k",
                "k1",
                "k1abc",
                "k1abcde",
                "k10041004",
                "k1zzzz",
                "k1004g",
                "k1-041",
                "k1+041",
                "k1 041",
                "x10041",
                "K10041",
                " k10041",
                "10041",
                "k2004100",
                "r",
                "r1",
                "r1a",
                "r1d",
                "r1a0041",
                "r1a0000000000000000",
                "r1d0000000000000000004",
                "r1a000000000000000g0041",
                "r1b00000000000000000041",
                "R1A00000000000000000041",
                "r1a-000000000000000-041",
                "r2a00000000000000000041",
                "r1ad000000000000000041",
                "k2" + T,
                "k2" + T + "004",
                "k2" + "2f988bf86f141af91ab2d7cd011db47" + "0041",
                "r2a" + T + "00000000000000010041x"
            })
    void a_foreign_cursor_is_invalid_in_every_order_naming_the_cursor(String cursor) {
        for (ListOrder order : ListOrder.values()) {
            assertForeign(cursor, order);
        }
    }

    @ParameterizedTest
    @EnumSource(ListOrder.class)
    void a_cursor_given_with_another_order_than_it_was_issued_for_is_invalid_naming_both_orders(ListOrder issued) {
        var cursor = Cursors.after(TENANT, issued, "id-1", TIME);

        for (ListOrder given : List.of(ListOrder.values()).remove(issued)) {
            var violation = refusal(cursor, given);
            assertThat(violation.message())
                    .contains("issued for a list in " + issued.description())
                    .contains("not in " + given.description())
                    .contains("nextCursor");
        }
    }

    @Property
    void only_cursors_of_the_issued_forms_decode_and_they_decode_to_what_encodes_them_again(
            @ForAll("cursorLike") String cursor, @ForAll ListOrder order) {
        var decoded = Cursors.position(cursor, TENANT, order);

        if (decodable(order).matcher(cursor).matches()) {
            assertThat(decoded.isRight()).as("decodes %s", cursor).isTrue();
            var position = decoded.get();
            assertThat(Cursors.after(
                            TENANT, order, position.id(), position.reportTime().getOrElse(TIME)))
                    .isEqualToIgnoringCase(cursor);
        } else if (List.of(ListOrder.values())
                .exists(other -> decodable(other).matcher(cursor).matches())) {
            assertThat(refusal(cursor, order).message()).contains("issued for a list in");
        } else {
            assertForeign(cursor, order);
        }
    }

    private static Pattern decodable(ListOrder order) {
        return switch (order) {
            case ID -> DECODABLE_ID;
            case REPORT_TIME_ASC -> DECODABLE_ASC;
            case REPORT_TIME_DESC -> DECODABLE_DESC;
        };
    }

    private static ListPosition position(ListOrder order, String id, Instant time) {
        return order.byReportTime() ? ListPosition.after(time, id) : ListPosition.afterId(id);
    }

    private static void assertForeign(String cursor, ListOrder order) {
        assertThat(refusal(cursor, order).message())
                .contains("is not a cursor this service issued")
                .contains("nextCursor");
    }

    /** The single violation of refusing {@code cursor} in {@code order}, on field {@code cursor}. */
    private static Violation refusal(String cursor, ListOrder order) {
        var refused = Cursors.position(cursor, TENANT, order);

        assertThat(refused.isLeft()).as("refuses '%s' in %s", cursor, order).isTrue();
        assertThat(refused.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        var violations = ((ApplicationError.Invalid) refused.getLeft()).violations();
        assertThat(violations).hasSize(1);
        Violation violation = violations.head();
        assertThat(violation.field()).isEqualTo("cursor");
        assertThat(violation.rejectedValue()).isEqualTo(Option.some(cursor));
        return violation;
    }

    /** Non-empty strings of any UTF-16 units, lone surrogates and control characters included. */
    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80);
    }

    /** Non-empty strings of any code points, so mostly surrogate pairs. */
    @Provide
    Arbitrary<String> anyCodePoints() {
        return Arbitraries.integers()
                .between(0, Character.MAX_CODE_POINT)
                .list()
                .ofMinSize(1)
                .ofMaxSize(140)
                .map(codePoints -> codePoints.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString())
                .filter(id -> !id.equals(".") && !id.equals(".."));
    }

    /** Ids of 1 to 128 code points, none a control character nor half a surrogate pair, of uniformly spread lengths. */
    @Provide
    Arbitrary<String> domainIds() {
        return Arbitraries.integers()
                .between(0x21, Character.MAX_CODE_POINT)
                .filter(cp ->
                        !Character.isISOControl(cp) && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE))
                .list()
                .ofMinSize(1)
                .ofMaxSize(TextLimit.IDENTIFIER.maxCodePoints())
                .withSizeDistribution(RandomDistribution.uniform())
                .map(codePoints -> codePoints.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString())
                .filter(id -> !id.equals(".") && !id.equals(".."));
    }

    /** Instants of 100-ns precision in Graph's range, the epoch and its neighbours included. */
    @Provide
    Arbitrary<Instant> graphInstants() {
        long first = ticks(GraphDateTime.EARLIEST);
        long last = ticks(GraphDateTime.LATEST);
        return Arbitraries.oneOf(Arbitraries.longs().between(first, last), Arbitraries.of(first, -1L, 0L, 1L, last))
                .map(ticks -> Instant.ofEpochSecond(
                        Math.floorDiv(ticks, 10_000_000L), Math.floorMod(ticks, 10_000_000L) * 100));
    }

    /** Strings near the cursor forms: mostly a prefix and hex digits, some other letters, any length. */
    @Provide
    Arbitrary<String> cursorLike() {
        var text = Arbitraries.strings()
                .withChars("0123456789abcdefABCDEFgkrxz1- ")
                .ofMaxLength(30);
        var hex = Arbitraries.strings().withChars("0123456789abcdefABCDEF");
        return Arbitraries.oneOf(
                text,
                text.map(rest -> "k2" + T + rest),
                text.map(rest -> "r2a" + T + rest),
                hex.ofMaxLength(14).map(digits -> "k2" + T + digits),
                Arbitraries.of("r2a", "r2d")
                        .flatMap(prefix -> hex.ofMinLength(14).ofMaxLength(30).map(digits -> prefix + T + digits)));
    }

    private static long ticks(Instant instant) {
        return instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100;
    }
}
