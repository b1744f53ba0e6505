package io.devicestatus.adapter.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** A detail of an upstream 400 as a violation that names its field once. */
class StoreErrorsTest {

    private static final String TRACE = " [400 BadRequest request-id r]";

    @Test
    void this_projects_worded_detail_is_taken_apart_into_field_value_and_message() {
        var violation = StoreErrors.violation(
                "installStatus",
                "installStatus 'updateScanFailed': is a member of iosUpdatesInstallStatus in beta only",
                TRACE);

        assertThat(violation.field()).isEqualTo("installStatus");
        assertThat(violation.rejectedValue()).isEqualTo(Option.some("updateScanFailed"));
        assertThat(violation.toString())
                .isEqualTo("installStatus 'updateScanFailed': is a member of " + "iosUpdatesInstallStatus in beta only"
                        + TRACE);
    }

    @Test
    void a_detail_without_a_value_keeps_its_message_once() {
        var violation = StoreErrors.violation("deviceId", "deviceId: is required", TRACE);

        assertThat(violation.toString()).isEqualTo("deviceId: is required" + TRACE);
    }

    @Test
    void another_services_message_is_kept_as_it_is() {
        var violation = StoreErrors.violation("installStatus", "Invalid value for the enum", TRACE);

        assertThat(violation.rejectedValue()).isEmpty();
        assertThat(violation.toString()).isEqualTo("installStatus: Invalid value for the enum" + TRACE);
    }
}
