package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "0,              PT0S",
        "2,              PT2S",
        "2.128,          PT2.128S",
        "' 7 ',          PT7S",
        "0.000000001,    PT0.000000001S",
        "120,            PT2M"
    })
    void reads_seconds_whole_or_fractional(String header, String wait) {
        assertThat(RetryAfter.parse(header, NOW)).contains(Duration.parse(wait));
    }

    @Test
    void reads_an_http_date_relative_to_now_and_a_past_date_as_no_wait() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void caps_an_absurd_wait_at_a_day() {
        assertThat(RetryAfter.parse("9999999999", NOW)).contains(RetryAfter.MAX);
        assertThat(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW)).contains(RetryAfter.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-1", "1e3", "soon", "2.", ".5", "12345678901", "Mon, 32 Nov 2026 10:00:00 GMT"})
    void unreadable_values_are_none(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }
}
