package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.domain.error.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphDateTimeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // every DateTimeOffset in the seed pages, and the instant it denotes
        "2016-12-31T23:59:17.6121771+00:00, 2016-12-31T23:59:17.612177100Z",
        "2017-01-01T00:02:16.0971046+00:00, 2017-01-01T00:02:16.097104600Z",
        "2016-12-31T23:56:44.951111-08:00,  2017-01-01T07:56:44.951111Z",
        "2017-01-01T00:00:17.7769392-08:00, 2017-01-01T08:00:17.776939200Z",
        "2016-12-31T23:57:41.6559639+03:00, 2016-12-31T20:57:41.655963900Z",
        "2016-12-31T23:59:04.0371883+03:00, 2016-12-31T20:59:04.037188300Z",
        "2016-12-31T23:59:56.035751+03:00,  2016-12-31T20:59:56.035751Z",
    })
    void keeps_every_seed_value_to_the_100_ns_and_writes_it_back_with_its_offset(String text, String instant) {
        GraphDateTime parsed = GraphDateTime.parse("lastReportedDateTime", text).get();

        assertThat(parsed.instant()).isEqualTo(Instant.parse(instant));
        assertThat(GraphDateTime.parse("f", parsed.toString()).get()).isEqualTo(parsed);
        assertThat(parsed.value().getOffset())
                .isEqualTo(OffsetDateTime.parse(text).getOffset());
    }

    @Test
    void writes_seven_digits_when_the_seventh_is_significant() {
        assertThat(GraphDateTime.parse("f", "2017-01-01T00:02:16.0971046+00:00")
                        .get()
                        .toString())
                .isEqualTo("2017-01-01T00:02:16.0971046Z");
    }

    @Test
    void reads_a_value_without_offset_as_utc() {
        GraphDateTime parsed =
                GraphDateTime.parse("f", "2017-01-01T00:02:16.0971046").get();

        assertThat(parsed.value()).isEqualTo(OffsetDateTime.of(2017, 1, 1, 0, 2, 16, 97_104_600, ZoneOffset.UTC));
    }

    @Test
    void refuses_more_precision_than_100_ns() {
        Violation violation = GraphDateTime.parse("lastSyncDateTime", "2017-01-01T00:02:16.09710461Z")
                .getError();

        assertThat(violation.field()).isEqualTo("lastSyncDateTime");
        assertThat(violation.message()).contains("more than 7 fractional digits");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "String (timestamp)",
                "",
                "2017-02-30T00:00:00Z",
                "2017-01-01",
                "2017-01-01T25:00:00Z",
                "01/01/2017 00:00:00",
                "2017-01-01T00:00:00+25:00"
            })
    void refuses_text_that_is_no_date_time_and_shows_an_example(String text) {
        Violation violation = GraphDateTime.parse("complianceGracePeriodExpirationDateTime", text)
                .getError();

        assertThat(violation.field()).isEqualTo("complianceGracePeriodExpirationDateTime");
        assertThat(violation.rejectedValue().get()).isEqualTo(text);
        assertThat(violation.message()).contains("ISO 8601").contains("2017-01-01T00:02:16.0971046+00:00");
    }

    @ParameterizedTest
    @CsvSource({
        "0001-01-01T00:00:00Z,              true",
        "9999-12-31T23:59:59.9999999Z,      true",
        "0001-01-01T00:00:00+01:00,         false",
        "+10000-01-01T00:00:00Z,            false",
        "-0001-12-31T23:59:59.9999999Z,     false",
        "+999999999-12-31T00:00:00Z,        false",
        "9999-12-31T23:00:00-01:00,         false",
        "9999-12-31T23:00:00+01:00,         true",
        "0001-01-01T00:30:00+01:00,         false",
    })
    void accepts_only_dotnets_date_time_offset_range(String text, boolean accepted) {
        var parsed = GraphDateTime.parse("complianceGracePeriodExpirationDateTime", text);

        assertThat(parsed.isValid()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(parsed.getError().message())
                    .contains("outside Graph's DateTimeOffset range")
                    .contains("0001-01-01T00:00:00Z")
                    .contains("9999-12-31T23:59:59.9999999Z");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2017-01-01T00:00:00+14:00,    true",
        "2017-01-01T00:00:00-14:00,    true",
        "2017-01-01T00:00:00+14:01,    false",
        "2017-01-01T00:00:00-18:00,    false",
        "2017-01-01T00:00:00+01:00:30, false",
    })
    void accepts_only_dotnets_offsets_whole_minutes_within_14_hours(String text, boolean accepted) {
        var parsed = GraphDateTime.parse("lastReportedDateTime", text);

        assertThat(parsed.isValid()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(parsed.getError().message()).contains("whole minutes from -14:00 to +14:00");
        }
    }

    @Test
    void compares_instants_regardless_of_offset() {
        GraphDateTime utc = GraphDateTime.parse("f", "2017-01-01T08:00:00Z").get();
        GraphDateTime pacific =
                GraphDateTime.parse("f", "2017-01-01T00:00:00-08:00").get();

        assertThat(utc.compareTo(pacific)).isZero();
        assertThat(utc).isNotEqualTo(pacific);
        assertThat(utc.isBefore(pacific)).isFalse();
    }

    @Test
    void constructor_rejects_sub_tick_precision_as_a_programming_error() {
        assertThatThrownBy(() -> new GraphDateTime(OffsetDateTime.of(2017, 1, 1, 0, 0, 0, 1, ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
