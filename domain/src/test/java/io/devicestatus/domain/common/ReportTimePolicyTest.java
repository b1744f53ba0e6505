package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.domain.error.DomainError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportTimePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ReportTimePolicy POLICY = ReportTimePolicy.withDefaultSkew(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void default_skew_is_five_minutes() {
        assertThat(POLICY.maxFutureSkew()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void accepts_past_present_and_up_to_the_skew_ahead() {
        assertThat(POLICY.notInFuture("f", at(NOW.minusSeconds(86_400))).isValid())
                .isTrue();
        assertThat(POLICY.notInFuture("f", at(NOW)).isValid()).isTrue();
        assertThat(POLICY.notInFuture("f", at(NOW.plus(Duration.ofMinutes(5)))).isValid())
                .isTrue();
    }

    @Test
    void refuses_a_time_beyond_the_skew_by_one_tick() {
        var violation = POLICY.notInFuture(
                        "lastReportedDateTime",
                        at(NOW.plus(Duration.ofMinutes(5)).plusNanos(100)))
                .getError();

        assertThat(violation.field()).isEqualTo("lastReportedDateTime");
        assertThat(violation.message()).contains("more than PT5M ahead of the current time 2026-11-23T12:00:00Z");
    }

    @Test
    void skew_is_configurable() {
        var strict = new ReportTimePolicy(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);

        assertThat(strict.notInFuture("f", at(NOW)).isValid()).isTrue();
        assertThat(strict.notInFuture("f", at(NOW.plusNanos(100))).isInvalid()).isTrue();
        assertThatThrownBy(() -> new ReportTimePolicy(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void older_report_is_stale_equal_or_newer_is_not() {
        GraphDateTime stored = at(NOW);

        assertThat(ReportTimePolicy.notStale("lastSyncDateTime", stored, at(NOW.minusNanos(100)))
                        .getLeft())
                .isEqualTo(new DomainError.Stale(
                        "lastSyncDateTime",
                        stored.value(),
                        at(NOW.minusNanos(100)).value()));
        assertThat(ReportTimePolicy.notStale("lastSyncDateTime", stored, at(NOW))
                        .isRight())
                .isTrue();
        assertThat(ReportTimePolicy.notStale("lastSyncDateTime", stored, at(NOW.plusNanos(100)))
                        .isRight())
                .isTrue();
    }

    private static GraphDateTime at(Instant instant) {
        return new GraphDateTime(instant.atOffset(ZoneOffset.UTC));
    }
}
