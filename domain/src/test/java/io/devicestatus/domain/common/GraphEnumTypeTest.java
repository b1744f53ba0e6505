package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class GraphEnumTypeTest {

    private static final GraphEnumType<IosUpdatesInstallStatus> TYPE = IosUpdatesInstallStatus.TYPE;

    @Test
    void parses_a_wire_name() {
        assertThat(TYPE.parse("installStatus", "downloadInsufficientSpace").get())
                .isEqualTo(IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_SPACE);
    }

    @Test
    void parses_a_numeric_value_given_as_text() {
        assertThat(TYPE.parse("installStatus", "-2016330709").get())
                .isEqualTo(IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_SPACE);
        assertThat(ResultantAppState.TYPE.parse("installState", "99").get()).isEqualTo(ResultantAppState.UNKNOWN);
    }

    @Test
    void refuses_an_unknown_name_naming_field_value_and_every_allowed_name() {
        Violation violation = TYPE.parse("installStatus", "String").getError();

        assertThat(violation.field()).isEqualTo("installStatus");
        assertThat(violation.rejectedValue()).isEqualTo(Option.some("String"));
        assertThat(violation.message()).startsWith("'String' is not a iosUpdatesInstallStatus; allowed: ");
        TYPE.members().forEach(m -> assertThat(violation.message()).contains(m.wireName()));
    }

    @Test
    void refuses_a_name_in_the_wrong_case_and_says_which_was_meant() {
        Violation violation = TYPE.parse("installStatus", "Downloading").getError();

        assertThat(violation.message()).contains("case-sensitive").contains("did you mean 'downloading'?");
    }

    @Test
    void suggests_only_a_member_the_version_has() {
        assertThat(TYPE.parse("installStatus", "Timeout", ApiVersion.V1_0)
                        .getError()
                        .message())
                .doesNotContain("did you mean");
        assertThat(TYPE.parse("installStatus", "Timeout", ApiVersion.BETA)
                        .getError()
                        .message())
                .contains("did you mean 'timeout'?");
    }

    @Test
    void refuses_a_number_that_is_no_member_and_numbers_beyond_int32() {
        assertThat(TYPE.parse("installStatus", "4").isInvalid()).isTrue();
        assertThat(TYPE.parse("installStatus", "99999999999").isInvalid()).isTrue();
        assertThat(TYPE.fromValue("installStatus", 4).getError().message())
                .startsWith("4 is not a value of iosUpdatesInstallStatus; allowed: ")
                .contains("success=0", "unknown=3");
    }

    @Test
    void refuses_a_missing_value() {
        assertThat(TYPE.parse("installStatus", null).getError()).isEqualTo(Violation.missing("installStatus"));
    }

    @Test
    void refuses_a_beta_only_member_in_v1_0_and_lists_what_v1_0_allows() {
        Violation violation =
                TYPE.parse("installStatus", "updateError", ApiVersion.V1_0).getError();

        assertThat(violation.message())
                .startsWith("'updateError' exists only in beta; allowed in v1.0: ")
                .doesNotContain("mdmClientCrashed")
                .contains("deviceOsHigherThanDesiredOsVersion");
        assertThat(TYPE.parse("installStatus", "updateError", ApiVersion.BETA).get())
                .isEqualTo(IosUpdatesInstallStatus.UPDATE_ERROR);
    }

    @Test
    void lists_members_per_version() {
        assertThat(TYPE.members(ApiVersion.V1_0)).hasSize(18);
        assertThat(TYPE.members(ApiVersion.BETA)).hasSize(22);
    }
}
