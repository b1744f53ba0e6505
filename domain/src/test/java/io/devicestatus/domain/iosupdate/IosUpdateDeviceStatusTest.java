package io.devicestatus.domain.iosupdate;

import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.NOW;
import static io.devicestatus.domain.fixtures.Fixtures.OTHER_TENANT;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.TENANT;
import static io.devicestatus.domain.fixtures.Fixtures.ios;
import static io.devicestatus.domain.fixtures.Fixtures.iosDraft;
import static io.devicestatus.domain.fixtures.Fixtures.time;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IosUpdateDeviceStatusTest {

    @Test
    void creates_the_seed_001_status_keeping_every_property() {
        IosUpdateDeviceStatus status = ios(iosDraft());

        assertThat(status.id().value()).isEqualTo(ID);
        assertThat(status.installStatus()).isEqualTo(IosUpdatesInstallStatus.AVAILABLE);
        assertThat(status.osVersion()).isEqualTo(Option.some("Os Version value"));
        assertThat(status.deviceModel()).isEqualTo(Option.some("Device Model value"));
        assertThat(status.platform()).isEqualTo(8);
        assertThat(status.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(status.lastReportedDateTime().toString()).isEqualTo("2017-01-01T00:00:17.7769392-08:00");
        assertThat(status.complianceGracePeriodExpirationDateTime().toString())
                .isEqualTo("2016-12-31T23:56:44.951111-08:00");
        assertThat(status.userPrincipalName().get().value()).isEqualTo("user@contoso.com");
    }

    @Test
    void seed_001_as_written_is_valid_its_user_principal_name_included() {
        var asWritten = with(iosDraft(), "userPrincipalName", "User Principal Name value");

        assertThat(ios(asWritten).userPrincipalName().get().value()).isEqualTo("User Principal Name value");
    }

    @Test
    void platform_defaults_to_zero_as_graph_does_for_a_non_nullable_int32() {
        assertThat(ios(with(iosDraft(), "platform", null)).platform()).isZero();
    }

    @Test
    void reports_every_missing_required_property_at_once() {
        var empty =
                new IosUpdateDeviceStatus.Draft(null, null, null, null, null, null, null, null, null, null, null, null);

        var invalid = (DomainError.Invalid)
                IosUpdateDeviceStatus.create(ID, TENANT, empty, POLICY).getLeft();

        assertThat(invalid.violations())
                .containsExactly(
                        Violation.missing("installStatus"),
                        Violation.missing("complianceGracePeriodExpirationDateTime"),
                        Violation.missing("status"),
                        Violation.missing("lastReportedDateTime"));
    }

    @Test
    void reports_every_invalid_property_at_once_each_with_its_field() {
        var draft = with(
                with(
                        with(with(iosDraft(), "deviceModel", "iPad\n"), "userName", "u".repeat(257)),
                        "lastReportedDateTime",
                        new GraphDateTime(NOW.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))),
                "userPrincipalName",
                "nobody\u0000@contoso.com");

        var invalid = (DomainError.Invalid)
                IosUpdateDeviceStatus.create(" ", TENANT, draft, POLICY).getLeft();

        assertThat(invalid.violations())
                .extracting(Violation::field)
                .containsExactly("id", "userName", "deviceModel", "lastReportedDateTime", "userPrincipalName");
    }

    @Test
    void a_report_older_than_the_stored_one_is_stale() {
        IosUpdateDeviceStatus stored = ios(iosDraft());
        var older = with(iosDraft(), "lastReportedDateTime", time("2017-01-01T00:00:17.7769391-08:00"));

        var stale = (DomainError.Stale) stored.advance(older, POLICY).getLeft();

        assertThat(stale.field()).isEqualTo("lastReportedDateTime");
        assertThat(stale.stored()).isEqualTo(stored.lastReportedDateTime().value());
    }

    @Test
    void the_same_report_again_is_accepted_and_changes_nothing() {
        IosUpdateDeviceStatus stored = ios(iosDraft());

        assertThat(stored.advance(iosDraft(), POLICY).get()).isEqualTo(stored);
    }

    @Test
    void staleness_is_judged_before_the_lifecycle() {
        IosUpdateDeviceStatus succeeded = ios(with(iosDraft(), "installStatus", IosUpdatesInstallStatus.SUCCESS));
        var olderAndBackwards = with(
                with(iosDraft(), "installStatus", IosUpdatesInstallStatus.DOWNLOADING),
                "lastReportedDateTime",
                time("2016-01-01T00:00:00Z"));

        assertThat(succeeded.advance(olderAndBackwards, POLICY).getLeft()).isInstanceOf(DomainError.Stale.class);
    }

    @Test
    void compliance_status_may_take_any_value_after_any_other() {
        for (ComplianceStatus from : ComplianceStatus.values()) {
            IosUpdateDeviceStatus stored = ios(with(iosDraft(), "status", from));
            for (ComplianceStatus to : ComplianceStatus.values()) {
                assertThat(stored.advance(with(iosDraft(), "status", to), POLICY)
                                .get()
                                .status())
                        .isEqualTo(to);
            }
        }
    }

    @Test
    void the_id_cannot_change() {
        IosUpdateDeviceStatus stored = ios(iosDraft());
        IosUpdateDeviceStatus other = IosUpdateDeviceStatus.create("other", TENANT, iosDraft(), POLICY)
                .get();

        var invalid = (DomainError.Invalid) stored.advanceTo(other).getLeft();

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("id");
    }

    @Test
    void the_tenant_cannot_change() {
        IosUpdateDeviceStatus stored = ios(iosDraft());
        IosUpdateDeviceStatus elsewhere = IosUpdateDeviceStatus.create(ID, OTHER_TENANT, iosDraft(), POLICY)
                .get();

        var invalid = (DomainError.Invalid) stored.advanceTo(elsewhere).getLeft();

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("tenant");
    }

    @Test
    void a_status_without_a_tenant_is_refused_naming_the_field() {
        var invalid = (DomainError.Invalid)
                IosUpdateDeviceStatus.create(ID, null, iosDraft(), POLICY).getLeft();

        assertThat(invalid.violations()).containsExactly(Violation.missing("tenant"));
    }

    @Test
    void a_status_turned_back_into_a_draft_recreates_itself() {
        IosUpdateDeviceStatus stored = ios(iosDraft());

        assertThat(IosUpdateDeviceStatus.create(ID, TENANT, stored.toDraft(), POLICY)
                        .get())
                .isEqualTo(stored);
    }
}
