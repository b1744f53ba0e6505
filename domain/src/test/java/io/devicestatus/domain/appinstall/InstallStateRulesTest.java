package io.devicestatus.domain.appinstall;

import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.INSTALL_SCOPE;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.install;
import static io.devicestatus.domain.fixtures.Fixtures.installDraft;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The cross-property rules of mobileAppInstallStatus, every row of every table. */
class InstallStateRulesTest {

    /**
     * The expected compatibility, derived independently of the production table: from Graph's numeric groups
     * (the thousands digit is the state's value) and, for the 0..7 group, from the decisions listed below.
     */
    private static Set<ResultantAppState> expectedStates(ResultantAppStateDetail detail) {
        int value = detail.value();
        if (value == 0) {
            return EnumSet.allOf(ResultantAppState.class);
        }
        if (value <= -1000) {
            return EnumSet.of(ResultantAppState.NOT_APPLICABLE);
        }
        if (value >= 1000) {
            return EnumSet.of(ResultantAppState.TYPE
                    .fromValue("installState", value / 1000)
                    .get());
        }
        return DEPENDENCY_GROUP.get(detail);
    }

    private static final java.util.Map<ResultantAppStateDetail, Set<ResultantAppState>> DEPENDENCY_GROUP =
            java.util.Map.of(
                    ResultantAppStateDetail.DEPENDENCY_FAILED_TO_INSTALL,
                    EnumSet.of(ResultantAppState.FAILED),
                    ResultantAppStateDetail.DEPENDENCY_WITH_REQUIREMENTS_NOT_MET,
                    EnumSet.of(ResultantAppState.NOT_APPLICABLE, ResultantAppState.FAILED),
                    ResultantAppStateDetail.DEPENDENCY_PENDING_REBOOT,
                    EnumSet.of(ResultantAppState.PENDING_INSTALL),
                    ResultantAppStateDetail.DEPENDENCY_WITH_AUTO_INSTALL_DISABLED,
                    EnumSet.of(ResultantAppState.NOT_INSTALLED, ResultantAppState.FAILED),
                    ResultantAppStateDetail.SUPERSEDED_APP_UNINSTALL_FAILED,
                    EnumSet.of(ResultantAppState.FAILED),
                    ResultantAppStateDetail.SUPERSEDED_APP_UNINSTALL_PENDING_REBOOT,
                    EnumSet.of(ResultantAppState.PENDING_INSTALL),
                    ResultantAppStateDetail.REMOVING_SUPERSEDED_APPS,
                    EnumSet.of(ResultantAppState.PENDING_INSTALL));

    @ParameterizedTest(name = "{0}")
    @EnumSource(ResultantAppStateDetail.class)
    void each_detail_is_accepted_with_exactly_its_compatible_states(ResultantAppStateDetail detail) {
        Set<ResultantAppState> expected = expectedStates(detail);
        assertThat(detail.compatibleStates()).isEqualTo(expected);

        for (ResultantAppState state : ResultantAppState.values()) {
            var draft = draft(state, detail, state.hasErrorCode() ? 0x87D1041C : 0);
            var result = MobileAppInstallStatus.create(ID, INSTALL_SCOPE, draft, POLICY);

            if (expected.contains(state)) {
                assertThat(result.get().installStateDetail())
                        .as(detail + " with " + state)
                        .isEqualTo(detail);
            } else {
                var invalid = (DomainError.Invalid) result.getLeft();
                assertThat(invalid.violations()).as(detail + " with " + state).hasSize(1);
                Violation violation = invalid.violations().head();
                assertThat(violation.field()).isEqualTo("installStateDetail");
                assertThat(violation.message())
                        .startsWith("does not go with installState '" + state.wireName() + "'")
                        .contains(expected.stream()
                                .map(ResultantAppState::wireName)
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    @ParameterizedTest(name = "{0} with errorCode {1}: {2}")
    @CsvSource({
        "notApplicable, 0, valid",
        "notApplicable, 9, invalid",
        "installed, 0, valid",
        "installed, 9, invalid",
        "failed, 0, invalid",
        "failed, 9, valid",
        "failed, -2016330702, valid",
        "notInstalled, 0, valid",
        "notInstalled, 9, invalid",
        "uninstallFailed, 0, invalid",
        "uninstallFailed, 9, valid",
        "pendingInstall, 0, valid",
        "pendingInstall, 9, invalid",
        "unknown, 0, valid",
        "unknown, 9, invalid"
    })
    void error_code_is_non_zero_exactly_for_failed_and_uninstall_failed(String state, int errorCode, String outcome) {
        var installState = ResultantAppState.TYPE.parse("installState", state).get();
        var draft = draft(installState, ResultantAppStateDetail.NO_ADDITIONAL_DETAILS, errorCode);

        var result = MobileAppInstallStatus.create(ID, INSTALL_SCOPE, draft, POLICY);

        if (outcome.equals("valid")) {
            assertThat(result.get().errorCode()).isEqualTo(errorCode);
        } else {
            assertThat(((DomainError.Invalid) result.getLeft()).violations())
                    .extracting(Violation::field)
                    .containsExactly("errorCode");
        }
    }

    @Test
    void seed_004_with_real_values_is_valid() {
        MobileAppInstallStatus status = install(installDraft());

        assertThat(status.installState()).isEqualTo(ResultantAppState.FAILED);
        assertThat(status.errorCode()).isEqualTo(9);
        assertThat(status.lastSyncDateTime().toString()).isEqualTo("2016-12-31T23:59:56.035751+03:00");
    }

    @Test
    void install_state_follows_from_mobile_app_install_status_value_and_back() {
        var onlyValue = with(installDraft(), "installState", null);
        var onlyState = with(installDraft(), "mobileAppInstallStatusValue", null);

        assertThat(install(onlyValue).installState()).isEqualTo(ResultantAppState.FAILED);
        assertThat(install(onlyState).mobileAppInstallStatusValue()).isEqualTo(ResultantAppState.FAILED);
    }

    @Test
    void the_two_names_of_the_state_must_agree() {
        var disagreeing = with(installDraft(), "mobileAppInstallStatusValue", ResultantAppState.INSTALLED);

        var invalid = (DomainError.Invalid) MobileAppInstallStatus.create(ID, INSTALL_SCOPE, disagreeing, POLICY)
                .getLeft();

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("mobileAppInstallStatusValue");
        assertThat(invalid.violations().head().message()).contains("must equal installState 'failed'");
    }

    @Test
    void a_state_is_required_under_one_of_its_names() {
        var neither = with(with(installDraft(), "installState", null), "mobileAppInstallStatusValue", null);

        var invalid = (DomainError.Invalid) MobileAppInstallStatus.create(ID, INSTALL_SCOPE, neither, POLICY)
                .getLeft();

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("installState");
    }

    @Test
    void detail_and_error_code_default_to_no_details_and_zero() {
        var draft =
                with(with(draft(ResultantAppState.INSTALLED, null, 0), "errorCode", null), "installStateDetail", null);

        MobileAppInstallStatus status = install(draft);

        assertThat(status.installStateDetail()).isEqualTo(ResultantAppStateDetail.NO_ADDITIONAL_DETAILS);
        assertThat(status.errorCode()).isZero();
    }

    @Test
    void violations_of_several_rules_are_reported_together() {
        var draft = with(
                draft(ResultantAppState.INSTALLED, ResultantAppStateDetail.SEE_INSTALL_ERROR_CODE, 9),
                "mobileAppInstallStatusValue",
                ResultantAppState.FAILED);

        var invalid = (DomainError.Invalid)
                MobileAppInstallStatus.create(ID, INSTALL_SCOPE, draft, POLICY).getLeft();

        assertThat(invalid.violations())
                .extracting(Violation::field)
                .containsExactly("mobileAppInstallStatusValue", "installStateDetail", "errorCode");
    }

    @Test
    void every_detail_group_is_covered() {
        assertThat(Arrays.stream(ResultantAppStateDetail.values()).filter(d -> d.value() > 0 && d.value() < 1000))
                .containsExactlyInAnyOrderElementsOf(DEPENDENCY_GROUP.keySet());
    }

    private static MobileAppInstallStatus.Draft draft(
            ResultantAppState state, ResultantAppStateDetail detail, int errorCode) {
        return with(
                with(
                        with(with(installDraft(), "installState", state), "mobileAppInstallStatusValue", state),
                        "installStateDetail",
                        detail),
                "errorCode",
                errorCode);
    }
}
