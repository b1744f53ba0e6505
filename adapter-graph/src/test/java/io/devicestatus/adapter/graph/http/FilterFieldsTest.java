package io.devicestatus.adapter.graph.http;

import static io.devicestatus.domain.common.ApiVersion.BETA;
import static io.devicestatus.domain.common.ApiVersion.V1_0;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.Match;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** What each kind's filterable properties make of parsed comparisons: the filter record, or every refusal. */
class FilterFieldsTest {

    private static final Match<ComplianceStatus> ANY_STATUS = Match.any();
    private static final Match<IosUpdatesInstallStatus> ANY_INSTALL_STATUS = Match.any();
    private static final Match<String> ANY_DEVICE = Match.any();
    private static final Match<ResultantAppState> ANY_STATE = Match.any();

    // ---- iOS update statuses -----------------------------------------------------------------------------------

    @Test
    void ios_update_eq_narrows_the_property_it_names_only() {
        assertThat(filter(FilterFields.IOS_UPDATE, "status eq 'compliant'", V1_0))
                .isEqualTo(new IosUpdateStatusFilter(ANY_INSTALL_STATUS, in(ComplianceStatus.COMPLIANT), ANY_DEVICE));
        assertThat(filter(FilterFields.IOS_UPDATE, "installStatus eq 'downloading'", V1_0))
                .isEqualTo(new IosUpdateStatusFilter(in(IosUpdatesInstallStatus.DOWNLOADING), ANY_STATUS, ANY_DEVICE));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId eq 'it''s'", V1_0))
                .isEqualTo(new IosUpdateStatusFilter(ANY_INSTALL_STATUS, ANY_STATUS, in("it's")));
    }

    @Test
    void ios_update_ne_and_and_combine_per_property() {
        assertThat(filter(
                        FilterFields.IOS_UPDATE,
                        "installStatus ne 'success' and (installStatus ne 'unknown' and deviceId eq 'd1') and status eq 'error'",
                        V1_0))
                .isEqualTo(new IosUpdateStatusFilter(
                        notIn(IosUpdatesInstallStatus.SUCCESS, IosUpdatesInstallStatus.UNKNOWN),
                        in(ComplianceStatus.ERROR),
                        in("d1")));
    }

    @Test
    void eq_and_ne_on_one_property_reduce_to_what_passes_both() {
        assertThat(filter(FilterFields.IOS_UPDATE, "installStatus eq 'available' and installStatus eq 'idle'", V1_0)
                        .installStatus())
                .isEqualTo(new Match.In<IosUpdatesInstallStatus>(LinkedHashSet.empty()));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId eq 'a' and deviceId ne 'a'", V1_0)
                        .deviceId())
                .isEqualTo(new Match.In<String>(LinkedHashSet.empty()));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId ne 'a' and deviceId eq 'b'", V1_0)
                        .deviceId())
                .isEqualTo(in("b"));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId ne 'a' and deviceId ne 'b'", V1_0)
                        .deviceId())
                .isEqualTo(notIn("a", "b"));
        assertThat(filter(FilterFields.IOS_UPDATE, "status eq 'error' and status eq 'error'", V1_0)
                        .status())
                .isEqualTo(in(ComplianceStatus.ERROR));
    }

    @Test
    void an_enum_value_may_be_given_by_its_number() {
        assertThat(filter(FilterFields.IOS_UPDATE, "status eq '2'", V1_0).status())
                .isEqualTo(in(ComplianceStatus.COMPLIANT));
    }

    @Test
    void a_beta_only_member_is_refused_on_v1_0_and_taken_on_beta() {
        var violation = single(refused(FilterFields.IOS_UPDATE, "installStatus eq 'timeout'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter.installStatus");
        assertThat(violation.rejectedValue()).contains("timeout");
        assertThat(violation.message()).startsWith("'timeout' exists only in beta; allowed in v1.0: downloading, ");
        assertThat(filter(FilterFields.IOS_UPDATE, "installStatus ne 'timeout'", BETA)
                        .installStatus())
                .isEqualTo(notIn(IosUpdatesInstallStatus.TIMEOUT));
    }

    @Test
    void an_unknown_enum_literal_is_refused_on_its_property_listing_the_allowed_names() {
        var violation = single(refused(FilterFields.IOS_UPDATE, "status eq 'green'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter.status");
        assertThat(violation.rejectedValue()).contains("green");
        assertThat(violation.message())
                .isEqualTo("'green' is not a complianceStatus; allowed: unknown, notApplicable, "
                        + "compliant, remediated, nonCompliant, error, conflict, notAssigned");
    }

    @Test
    void a_literal_in_the_wrong_case_is_refused_with_a_did_you_mean() {
        var violation = single(refused(FilterFields.IOS_UPDATE, "status eq 'Compliant'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter.status");
        assertThat(violation.message()).contains("did you mean 'compliant'?");
    }

    @Test
    void a_property_that_is_not_filterable_is_refused_listing_the_filterable_ones() {
        var violation = single(refused(FilterFields.IOS_UPDATE, "osVersion eq '17.1'", V1_0));

        assertThat(violation.field()).isEqualTo("$filter");
        assertThat(violation.rejectedValue()).contains("osVersion");
        assertThat(violation.message())
                .isEqualTo("'osVersion' cannot be filtered on; filterable: installStatus, status, deviceId");
    }

    @Test
    void every_refusal_of_a_filter_is_reported_at_once() {
        var failure = refused(
                FilterFields.IOS_UPDATE,
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
        assertThat(filter(FilterFields.IOS_UPDATE, "installStatus in ('available','success')", V1_0))
                .isEqualTo(new IosUpdateStatusFilter(
                        in(IosUpdatesInstallStatus.AVAILABLE, IosUpdatesInstallStatus.SUCCESS),
                        ANY_STATUS,
                        ANY_DEVICE));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId in ('a', 'b') and status eq 'error'", V1_0))
                .isEqualTo(new IosUpdateStatusFilter(ANY_INSTALL_STATUS, in(ComplianceStatus.ERROR), in("a", "b")));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId in ('a', 'b', 'c') and deviceId ne 'b'", V1_0)
                        .deviceId())
                .isEqualTo(in("a", "c"));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId in ('a', 'b') and (deviceId in ('b', 'c'))", V1_0)
                        .deviceId())
                .isEqualTo(in("b"));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId in ('a') and deviceId eq 'b'", V1_0)
                        .deviceId())
                .isEqualTo(new Match.In<String>(LinkedHashSet.empty()));
        assertThat(filter(FilterFields.IOS_UPDATE, "deviceId ne 'a' and deviceId in ('a', 'b')", V1_0)
                        .deviceId())
                .isEqualTo(in("b"));
    }

    @Test
    void in_reads_enum_literals_by_name_or_number_in_the_request_s_version() {
        assertThat(filter(FilterFields.IOS_UPDATE, "status in ('2', 'error')", V1_0)
                        .status())
                .isEqualTo(in(ComplianceStatus.COMPLIANT, ComplianceStatus.ERROR));
        assertThat(filter(FilterFields.IOS_UPDATE, "installStatus in ('timeout', 'idle')", BETA)
                        .installStatus())
                .isEqualTo(in(IosUpdatesInstallStatus.TIMEOUT, IosUpdatesInstallStatus.IDLE));
        assertThat(filter(
                                FilterFields.APP_INSTALL,
                                "mobileAppInstallStatusValue in ('failed') and installState in "
                                        + "('failed', 'installed')",
                                BETA)
                        .installState())
                .isEqualTo(in(ResultantAppState.FAILED));
    }

    @Test
    void every_bad_literal_of_an_in_list_is_reported_with_the_other_refusals() {
        var failure = refused(
                FilterFields.IOS_UPDATE,
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
        assertThat(filter(FilterFields.APP_CONFIGURATION, "status ne 'error' and status ne 'conflict'", V1_0))
                .isEqualTo(new AppConfigurationStatusFilter(notIn(ComplianceStatus.ERROR, ComplianceStatus.CONFLICT)));

        var violation = single(refused(FilterFields.APP_CONFIGURATION, "deviceId eq 'd1'", BETA));
        assertThat(violation.field()).isEqualTo("$filter");
        assertThat(violation.message()).isEqualTo("'deviceId' cannot be filtered on; filterable: status");
    }

    // ---- app install statuses ------------------------------------------------------------------------------------

    @Test
    void app_install_state_is_narrowed_under_either_of_its_names() {
        assertThat(filter(FilterFields.APP_INSTALL, "installState eq 'installed'", BETA))
                .isEqualTo(new AppInstallStatusFilter(in(ResultantAppState.INSTALLED), ANY_DEVICE));
        assertThat(filter(FilterFields.APP_INSTALL, "mobileAppInstallStatusValue eq 'failed'", BETA))
                .isEqualTo(new AppInstallStatusFilter(in(ResultantAppState.FAILED), ANY_DEVICE));
        assertThat(filter(
                        FilterFields.APP_INSTALL,
                        "installState ne 'installed' and mobileAppInstallStatusValue ne 'failed' and deviceId ne 'd1'",
                        BETA))
                .isEqualTo(new AppInstallStatusFilter(
                        notIn(ResultantAppState.INSTALLED, ResultantAppState.FAILED), notIn("d1")));
        assertThat(filter(
                                FilterFields.APP_INSTALL,
                                "installState eq 'installed' and mobileAppInstallStatusValue ne 'installed'",
                                BETA)
                        .installState())
                .isEqualTo(new Match.In<ResultantAppState>(LinkedHashSet.empty()));
    }

    @Test
    void app_install_refusals_name_the_property_as_written() {
        var failure = refused(
                FilterFields.APP_INSTALL,
                "mobileAppInstallStatusValue eq 'Installed' and installState eq 'done' and installStatus eq 'x'",
                BETA);

        assertThat(failure.details().map(Violation::field))
                .containsExactly("$filter.mobileAppInstallStatusValue", "$filter.installState", "$filter");
        assertThat(failure.details().get(0).message()).contains("did you mean 'installed'?");
        assertThat(failure.details().get(1).message())
                .contains("allowed: notApplicable, installed, failed, "
                        + "notInstalled, uninstallFailed, pendingInstall, unknown");
        assertThat(failure.details().get(2).message())
                .isEqualTo("'installStatus' cannot be filtered on; filterable: installState, "
                        + "mobileAppInstallStatusValue, deviceId");
    }

    @Test
    void no_comparison_is_the_filter_that_passes_everything() {
        assertThat(FilterFields.IOS_UPDATE
                        .filter(io.vavr.collection.List.empty(), V1_0)
                        .get())
                .isEqualTo(IosUpdateStatusFilter.ANY);
        assertThat(FilterFields.APP_INSTALL
                        .filter(io.vavr.collection.List.empty(), BETA)
                        .get())
                .isEqualTo(AppInstallStatusFilter.ANY);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static <F> F filter(FilterFields<F> fields, String text, ApiVersion version) {
        var filter = parse(fields, text, version);
        assertThat(filter.isRight()).as("%s", filter).isTrue();
        return filter.get();
    }

    private static Failure refused(FilterFields<?> fields, String text, ApiVersion version) {
        var filter = parse(fields, text, version);
        assertThat(filter.isLeft()).as("%s", filter).isTrue();
        return filter.getLeft();
    }

    private static <F> Either<Failure, F> parse(FilterFields<F> fields, String text, ApiVersion version) {
        var comparisons = FilterParser.parse(text);
        assertThat(comparisons.isRight()).as("parsed %s: %s", text, comparisons).isTrue();
        return fields.filter(comparisons.get(), version);
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
