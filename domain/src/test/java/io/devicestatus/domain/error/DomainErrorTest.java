package io.devicestatus.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DomainErrorTest {

    @Test
    void invalid_lists_every_violation_in_its_message() {
        var invalid = new DomainError.Invalid(List.of(
                Violation.missing("status"),
                Violation.of("installStatus", "String", "is not a iosUpdatesInstallStatus")));

        assertThat(invalid.message())
                .isEqualTo("status: is required; installStatus 'String': is not a iosUpdatesInstallStatus");
    }

    @Test
    void invalid_without_violations_is_a_programming_error() {
        assertThatThrownBy(() -> new DomainError.Invalid(List.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void illegal_transition_names_from_to_and_what_is_allowed() {
        var error = new DomainError.IllegalTransition(
                "installState", "installed", "failed", List.of("installed", "unknown"));

        assertThat(error.message())
                .isEqualTo(
                        "installState cannot move from 'installed' to 'failed'; from 'installed' it may move to: installed, unknown");
    }

    @Test
    void stale_names_both_times() {
        var error = new DomainError.Stale(
                "lastSyncDateTime",
                OffsetDateTime.parse("2017-01-02T00:00Z"),
                OffsetDateTime.parse("2017-01-01T00:00Z"));

        assertThat(error.message()).contains("2017-01-01T00:00Z is older than the stored 2017-01-02T00:00Z");
    }
}
