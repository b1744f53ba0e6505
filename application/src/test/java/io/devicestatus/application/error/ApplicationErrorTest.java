package io.devicestatus.application.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ApplicationErrorTest {

    private static final Violation MISSING_STATUS = Violation.missing("status");
    private static final Violation BAD_ERROR_CODE = Violation.of("errorCode", 0, "must be non-zero");
    private static final DomainError.IllegalTransition TRANSITION =
            new DomainError.IllegalTransition("installStatus", "success", "downloading", List.of("idle", "unknown"));
    private static final DomainError.Stale STALE = new DomainError.Stale(
            "lastReportedDateTime",
            OffsetDateTime.parse("2026-11-23T12:00:00Z"),
            OffsetDateTime.parse("2026-11-23T11:00:00Z"));

    @Test
    void a_domain_invalid_becomes_an_invalid_with_the_same_violations_in_order() {
        var error = ApplicationError.of(new DomainError.Invalid(List.of(MISSING_STATUS, BAD_ERROR_CODE)));

        assertThat(error).isInstanceOf(ApplicationError.Invalid.class);
        assertThat(((ApplicationError.Invalid) error).violations()).containsExactly(MISSING_STATUS, BAD_ERROR_CODE);
    }

    @Test
    void a_domain_illegal_transition_becomes_an_illegal_transition_with_its_detail() {
        var error = ApplicationError.of(TRANSITION);

        assertThat(error).isEqualTo(new ApplicationError.IllegalTransition(TRANSITION));
        assertThat(error.message())
                .isEqualTo(TRANSITION.message())
                .contains("installStatus", "success", "downloading", "idle");
    }

    @Test
    void a_domain_stale_becomes_a_stale_with_its_detail() {
        var error = ApplicationError.of(STALE);

        assertThat(error).isEqualTo(new ApplicationError.Stale(STALE));
        assertThat(error.message()).isEqualTo(STALE.message()).contains("lastReportedDateTime");
    }

    @Test
    void mapping_needs_an_error() {
        assertThatNullPointerException().isThrownBy(() -> ApplicationError.of(null));
    }

    @Test
    void an_invalid_needs_at_least_one_violation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationError.Invalid(List.empty()));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.Invalid(null));
    }

    @Test
    void an_invalid_message_lists_every_violation_with_its_field() {
        var message = new ApplicationError.Invalid(List.of(MISSING_STATUS, BAD_ERROR_CODE)).message();

        assertThat(message).contains("status: is required", "errorCode '0': must be non-zero");
    }

    @Test
    void invalid_builds_a_single_violation_with_the_rejected_value_as_text() {
        var error = ApplicationError.invalid("pageSize", 0, "must be at least 1");

        assertThat(error)
                .isEqualTo(new ApplicationError.Invalid(
                        List.of(new Violation("pageSize", Option.some("0"), "must be at least 1"))));
    }

    @Test
    void invalid_without_a_rejected_value_has_none() {
        var error = (ApplicationError.Invalid) ApplicationError.invalid("command", null, "is required");

        assertThat(error.violations().single().rejectedValue()).isEmpty();
    }

    @Test
    void not_found_names_the_type_and_the_id() {
        var error = new ApplicationError.NotFound("iosUpdateDeviceStatus", "id-7");

        assertThat(error.message()).contains("iosUpdateDeviceStatus", "'id-7'");
    }

    @Test
    void conflict_names_the_type_what_is_taken_and_the_holder_when_known() {
        var known = new ApplicationError.Conflict("mobileAppInstallStatus", "deviceId 'device-1'", Option.some("id-3"));
        var unknown = new ApplicationError.Conflict("mobileAppInstallStatus", "id 'id-3'", Option.none());

        assertThat(known.message()).contains("mobileAppInstallStatus", "deviceId 'device-1'", "'id-3'");
        assertThat(unknown.message())
                .contains("mobileAppInstallStatus", "id 'id-3'")
                .doesNotContain("(id");
    }

    @Test
    void version_mismatch_names_the_type_the_id_the_expected_and_the_actual_version_when_known() {
        var known = new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "id-1", 3, Option.some(5L));
        var unknown = new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "id-1", 3, Option.none());

        assertThat(known.message()).contains("iosUpdateDeviceStatus", "'id-1'", "version 3", "version 5");
        assertThat(unknown.message())
                .contains("iosUpdateDeviceStatus", "'id-1'", "version 3")
                .doesNotContain("but at");
    }

    @Test
    void unavailable_says_what_failed() {
        assertThat(new ApplicationError.Unavailable("database connection lost").message())
                .contains("database connection lost");
    }

    @Test
    void every_case_refuses_null_parts() {
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.NotFound(null, "id"));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.NotFound("type", null));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.Conflict(null, "id 'x'", Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.Conflict("type", null, Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.Conflict("type", "id 'x'", null));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.IllegalTransition(null));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.Stale(null));
        assertThatNullPointerException()
                .isThrownBy(() -> new ApplicationError.VersionMismatch(null, "id", 1, Option.none()));
        assertThatNullPointerException()
                .isThrownBy(() -> new ApplicationError.VersionMismatch("type", null, 1, Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.VersionMismatch("type", "id", 1, null));
        assertThatNullPointerException().isThrownBy(() -> new ApplicationError.Unavailable(null));
    }
}
