package io.devicestatus.adapter.graph.http;

import static io.devicestatus.domain.common.ApiVersion.BETA;
import static io.devicestatus.domain.common.ApiVersion.V1_0;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.PropertyTable;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** What each kind's filterable properties make of parsed comparisons: the filter record, or every refusal. */
class FilterReaderTest {

    private static final Match<ComplianceStatus> ANY_STATUS = Match.any();
    private static final Match<IosUpdatesInstallStatus> ANY_INSTALL_STATUS = Match.any();
    private static final Match<String> ANY_DEVICE = Match.any();
    private static final Match<ResultantAppState> ANY_STATE = Match.any();

    // ---- iOS update statuses -----------------------------------------------------------------------------------

    @Test
    void ios_update_eq_narrows_the_property_it_names_only() {
        assertThat(filter(IosUpdateProperties.TABLE, "status eq 'compliant'", V1_0))
                .isEqualTo(ios(ANY_INSTALL_STATUS, in(ComplianceStatus.COMPLIANT), ANY_DEVICE));
        assertThat(filter(IosUpdateProperties.TABLE, "installStatus eq 'downloading'", V1_0))
                .isEqualTo(ios(in(IosUpdatesInstallStatus.DOWNLOADING), ANY_STATUS, ANY_DEVICE));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId eq 'it''s'", V1_0))
                .isEqualTo(ios(ANY_INSTALL_STATUS, ANY_STATUS, in("it's")));
    }

    @Test
    void ios_update_ne_and_and_combine_per_property() {
        assertThat(filter(
                        IosUpdateProperties.TABLE,
                        "installStatus ne 'success' and (installStatus ne 'unknown' and deviceId eq 'd1') and status eq 'error'",
                        V1_0))
                .isEqualTo(ios(
                        notIn(IosUpdatesInstallStatus.SUCCESS, IosUpdatesInstallStatus.UNKNOWN),
                        in(ComplianceStatus.ERROR),
                        in("d1")));
    }

    @Test
    void eq_and_ne_on_one_property_reduce_to_what_passes_both() {
        assertThat(filter(IosUpdateProperties.TABLE, "installStatus eq 'available' and installStatus eq 'idle'", V1_0)
                        .match(IosUpdateProperties.INSTALL_STATUS))
                .isEqualTo(new Match.In<IosUpdatesInstallStatus>(LinkedHashSet.empty()));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId eq 'a' and deviceId ne 'a'", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(new Match.In<String>(LinkedHashSet.empty()));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId ne 'a' and deviceId eq 'b'", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(in("b"));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId ne 'a' and deviceId ne 'b'", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(notIn("a", "b"));
        assertThat(filter(IosUpdateProperties.TABLE, "status eq 'error' and status eq 'error'", V1_0)
                        .match(IosUpdateProperties.STATUS))
                .isEqualTo(in(ComplianceStatus.ERROR));
    }

    @Test
    void an_enum_value_may_be_given_by_its_number() {
        assertThat(filter(IosUpdateProperties.TABLE, "status eq '2'", V1_0).match(IosUpdateProperties.STATUS))
                .isEqualTo(in(ComplianceStatus.COMPLIANT));
    }

    @Test
    void a_beta_only_member_is_refused_on_v1_0_and_taken_on_beta() {
        var violation = single(refused(IosUpdateProperties.TABLE, "installStatus eq 'timeout'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter.installStatus");
        assertThat(violation.rejectedValue()).contains("timeout");
        assertThat(violation.message()).startsWith("'timeout' exists only in beta; allowed in v1.0: downloading, ");
        assertThat(filter(IosUpdateProperties.TABLE, "installStatus ne 'timeout'", BETA)
                        .match(IosUpdateProperties.INSTALL_STATUS))
                .isEqualTo(notIn(IosUpdatesInstallStatus.TIMEOUT));
    }

    @Test
    void an_unknown_enum_literal_is_refused_on_its_property_listing_the_allowed_names() {
        var violation = single(refused(IosUpdateProperties.TABLE, "status eq 'green'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter.status");
        assertThat(violation.rejectedValue()).contains("green");
        assertThat(violation.message())
                .isEqualTo("'green' is not a complianceStatus; allowed: unknown, notApplicable, "
                        + "compliant, remediated, nonCompliant, error, conflict, notAssigned");
    }

    @Test
    void a_literal_in_the_wrong_case_is_refused_with_a_did_you_mean() {
        var violation = single(refused(IosUpdateProperties.TABLE, "status eq 'Compliant'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter.status");
        assertThat(violation.message()).contains("did you mean 'compliant'?");
    }

    @Test
    void a_property_that_is_not_filterable_is_refused_listing_the_filterable_ones() {
        var violation = single(refused(IosUpdateProperties.TABLE, "osVersion eq '17.1'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter");
        assertThat(violation.rejectedValue()).contains("osVersion");
        assertThat(violation.message())
                .isEqualTo("'osVersion' cannot be filtered on; filterable: installStatus, deviceId, status");
    }

    @Test
    void every_refusal_of_a_filter_is_reported_at_once() {
        var failure = refused(
                IosUpdateProperties.TABLE,
                "osVersion eq '1' and status eq 'green' and deviceId eq 'ok' and installStatus eq 'timeout'"
                        + " and Status eq 'error'",
                V1_0);

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.code()).isEqualTo("BadRequest");
        assertThat(failure.details().map(Violation::field))
                .containsExactly("$filter", "$filter.status", "$filter.installStatus", "$filter");
        assertThat(failure.message())
                .contains("osVersion")
                .contains("green")
                .contains("timeout")
                .contains("Status");
    }

    @Test
    void in_narrows_to_the_listed_members_and_combines_with_eq_ne_and_in_on_the_same_property() {
        assertThat(filter(IosUpdateProperties.TABLE, "installStatus in ('available','success')", V1_0))
                .isEqualTo(ios(
                        in(IosUpdatesInstallStatus.AVAILABLE, IosUpdatesInstallStatus.SUCCESS),
                        ANY_STATUS,
                        ANY_DEVICE));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId in ('a', 'b') and status eq 'error'", V1_0))
                .isEqualTo(ios(ANY_INSTALL_STATUS, in(ComplianceStatus.ERROR), in("a", "b")));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId in ('a', 'b', 'c') and deviceId ne 'b'", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(in("a", "c"));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId in ('a', 'b') and (deviceId in ('b', 'c'))", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(in("b"));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId in ('a') and deviceId eq 'b'", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(new Match.In<String>(LinkedHashSet.empty()));
        assertThat(filter(IosUpdateProperties.TABLE, "deviceId ne 'a' and deviceId in ('a', 'b')", V1_0)
                        .match(IosUpdateProperties.DEVICE_ID))
                .isEqualTo(in("b"));
    }

    @Test
    void in_reads_enum_literals_by_name_or_number_in_the_request_s_version() {
        assertThat(filter(IosUpdateProperties.TABLE, "status in ('2', 'error')", V1_0)
                        .match(IosUpdateProperties.STATUS))
                .isEqualTo(in(ComplianceStatus.COMPLIANT, ComplianceStatus.ERROR));
        assertThat(filter(IosUpdateProperties.TABLE, "installStatus in ('timeout', 'idle')", BETA)
                        .match(IosUpdateProperties.INSTALL_STATUS))
                .isEqualTo(in(IosUpdatesInstallStatus.TIMEOUT, IosUpdatesInstallStatus.IDLE));
        assertThat(filter(
                                AppInstallProperties.TABLE,
                                "mobileAppInstallStatusValue in ('failed') and installState in "
                                        + "('failed', 'installed')",
                                BETA)
                        .match(AppInstallProperties.INSTALL_STATE))
                .isEqualTo(in(ResultantAppState.FAILED, ResultantAppState.INSTALLED));
    }

    @Test
    void every_bad_literal_of_an_in_list_is_reported_with_the_other_refusals() {
        var failure = refused(
                IosUpdateProperties.TABLE,
                "installStatus in ('available', 'timeout', 'Idle') and status in ('green') and userName in ('x')",
                V1_0);

        assertThat(failure.details().map(Violation::field))
                .containsExactly("$filter.installStatus", "$filter.installStatus", "$filter.status", "$filter");
        assertThat(failure.details().map(Violation::rejectedValue).map(v -> v.getOrNull()))
                .containsExactly("timeout", "Idle", "green", "userName");
        assertThat(failure.details().get(1).message()).contains("did you mean 'idle'?");
    }

    // ---- app configuration statuses ----------------------------------------------------------------------------

    @Test
    void app_configuration_statuses_filter_on_status_only() {
        assertThat(filter(AppConfigurationProperties.TABLE, "status ne 'error' and status ne 'conflict'", V1_0))
                .isEqualTo(StatusFilter.of(
                        AppConfigurationProperties.STATUS, notIn(ComplianceStatus.ERROR, ComplianceStatus.CONFLICT)));

        var violation = single(refused(AppConfigurationProperties.TABLE, "deviceId eq 'd1'", BETA));
        assertThat(violation.field()).isEqualTo("$filter");
        assertThat(violation.message()).isEqualTo("'deviceId' cannot be filtered on; filterable: status");
    }

    // ---- app install statuses ------------------------------------------------------------------------------------

    @Test
    void app_install_state_is_filterable_under_either_of_its_names() {
        assertThat(filter(AppInstallProperties.TABLE, "installState eq 'installed'", BETA))
                .isEqualTo(install(in(ResultantAppState.INSTALLED), ANY_STATE, ANY_DEVICE));
        assertThat(filter(AppInstallProperties.TABLE, "mobileAppInstallStatusValue eq 'failed'", BETA))
                .isEqualTo(install(ANY_STATE, in(ResultantAppState.FAILED), ANY_DEVICE));
        assertThat(filter(
                        AppInstallProperties.TABLE,
                        "installState ne 'installed' and mobileAppInstallStatusValue ne 'failed' and deviceId ne 'd1'",
                        BETA))
                .isEqualTo(install(notIn(ResultantAppState.INSTALLED), notIn(ResultantAppState.FAILED), notIn("d1")));
    }

    @Test
    void the_two_names_of_the_install_state_are_two_conditions_on_one_value() {
        var contradictory = filter(
                AppInstallProperties.TABLE,
                "installState eq 'installed' and mobileAppInstallStatusValue ne 'installed'",
                BETA);
        var installed = AppInstallProperties.draft()
                .set(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, ResultantAppState.INSTALLED)
                .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.INSTALLED)
                .build();

        assertThat(contradictory.test(installed)).isFalse();
        assertThat(filter(AppInstallProperties.TABLE, "installState eq 'installed'", BETA)
                        .test(installed))
                .isTrue();
        assertThat(filter(AppInstallProperties.TABLE, "mobileAppInstallStatusValue eq 'installed'", BETA)
                        .test(installed))
                .isTrue();
    }

    @Test
    void app_install_refusals_name_the_property_as_written() {
        var failure = refused(
                AppInstallProperties.TABLE,
                "mobileAppInstallStatusValue eq 'Installed' and installState eq 'done' and installStatus eq 'x'",
                BETA);

        assertThat(failure.details().map(Violation::field))
                .containsExactly("$filter.mobileAppInstallStatusValue", "$filter.installState", "$filter");
        assertThat(failure.details().get(0).message()).contains("did you mean 'installed'?");
        assertThat(failure.details().get(1).message())
                .contains("allowed: notApplicable, installed, failed, "
                        + "notInstalled, uninstallFailed, pendingInstall, unknown");
        assertThat(failure.details().get(2).message())
                .isEqualTo("'installStatus' cannot be filtered on; filterable: deviceId, "
                        + "mobileAppInstallStatusValue, installState");
    }

    @Test
    void no_comparison_is_the_filter_that_passes_everything() {
        assertThat(FilterReader.filter(IosUpdateProperties.TABLE, io.vavr.collection.List.empty(), V1_0)
                        .get())
                .isEqualTo(StatusFilter.any());
        assertThat(FilterReader.filter(AppInstallProperties.TABLE, io.vavr.collection.List.empty(), BETA)
                        .get())
                .isEqualTo(StatusFilter.any());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static StatusFilter<IosUpdateDeviceStatus.Draft> ios(
            Match<IosUpdatesInstallStatus> installStatus, Match<ComplianceStatus> status, Match<String> deviceId) {
        return StatusFilter.of(IosUpdateProperties.INSTALL_STATUS, installStatus)
                .and(IosUpdateProperties.STATUS, status)
                .and(IosUpdateProperties.DEVICE_ID, deviceId);
    }

    private static StatusFilter<MobileAppInstallStatus.Draft> install(
            Match<ResultantAppState> installState, Match<ResultantAppState> statusValue, Match<String> deviceId) {
        return StatusFilter.of(AppInstallProperties.INSTALL_STATE, installState)
                .and(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, statusValue)
                .and(AppInstallProperties.DEVICE_ID, deviceId);
    }

    private static <D> StatusFilter<D> filter(PropertyTable<D> table, String text, ApiVersion version) {
        var filter = parse(table, text, version);
        assertThat(filter.isRight()).as("%s", filter).isTrue();
        return filter.get();
    }

    private static Failure refused(PropertyTable<?> table, String text, ApiVersion version) {
        var filter = parse(table, text, version);
        assertThat(filter.isLeft()).as("%s", filter).isTrue();
        return filter.getLeft();
    }

    private static <D> Either<Failure, StatusFilter<D>> parse(PropertyTable<D> table, String text, ApiVersion version) {
        var comparisons = FilterParser.parse(text);
        assertThat(comparisons.isRight()).as("parsed %s: %s", text, comparisons).isTrue();
        return FilterReader.filter(table, comparisons.get(), version);
    }

    private static Violation single(Failure failure) {
        assertThat(failure.details()).as(failure.message()).hasSize(1);
        return failure.details().get(0);
    }

    @SafeVarargs
    private static <V> Match<V> in(V... values) {
        // Copied element by element: handing the array on to another varargs method is what -Xlint:varargs flags.
        io.vavr.collection.Set<V> set = LinkedHashSet.empty();
        for (V value : values) {
            set = set.add(value);
        }
        return new Match.In<>(set);
    }

    @SafeVarargs
    private static <V> Match<V> notIn(V... values) {
        io.vavr.collection.Set<V> set = LinkedHashSet.empty();
        for (V value : values) {
            set = set.add(value);
        }
        return new Match.NotIn<>(set);
    }
}
