package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.POLICY;
import static io.devicestatus.application.model.ModelFixtures.ios;
import static io.devicestatus.application.model.ModelFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IosUpdateStatusFilterTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    @Property
    void any_passes_every_status(
            @ForAll IosUpdatesInstallStatus installStatus,
            @ForAll ComplianceStatus status,
            @ForAll("deviceIds") Option<String> deviceId) {
        assertThat(IosUpdateStatusFilter.ANY.test(status(installStatus, status, deviceId)))
                .isTrue();
    }

    @Property
    void a_filter_passes_exactly_what_every_condition_passes(
            @ForAll("installStatusMatches") SpecifiedMatch<IosUpdatesInstallStatus> installStatusMatch,
            @ForAll("statusMatches") SpecifiedMatch<ComplianceStatus> statusMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch,
            @ForAll("installStatuses") IosUpdatesInstallStatus installStatus,
            @ForAll("statuses") ComplianceStatus status,
            @ForAll("deviceIds") Option<String> deviceId) {
        var filter = new IosUpdateStatusFilter(installStatusMatch.match(), statusMatch.match(), deviceIdMatch.match());

        assertThat(filter.test(status(installStatus, status, deviceId)))
                .isEqualTo(installStatusMatch.expected().test(Option.some(installStatus))
                        && statusMatch.expected().test(Option.some(status))
                        && deviceIdMatch.expected().test(deviceId));
    }

    @Property
    void each_with_restricts_only_its_own_property(
            @ForAll("installStatusMatches") SpecifiedMatch<IosUpdatesInstallStatus> installStatusMatch,
            @ForAll("statusMatches") SpecifiedMatch<ComplianceStatus> statusMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch,
            @ForAll("installStatuses") IosUpdatesInstallStatus installStatus,
            @ForAll("statuses") ComplianceStatus status,
            @ForAll("deviceIds") Option<String> deviceId) {
        var candidate = status(installStatus, status, deviceId);
        var any = IosUpdateStatusFilter.ANY;

        assertThat(any.withInstallStatus(installStatusMatch.match()).test(candidate))
                .isEqualTo(installStatusMatch.expected().test(Option.some(installStatus)));
        assertThat(any.withStatus(statusMatch.match()).test(candidate))
                .isEqualTo(statusMatch.expected().test(Option.some(status)));
        assertThat(any.withDeviceId(deviceIdMatch.match()).test(candidate))
                .isEqualTo(deviceIdMatch.expected().test(deviceId));
    }

    @Property
    void each_with_keeps_the_other_conditions(
            @ForAll("installStatusMatches") SpecifiedMatch<IosUpdatesInstallStatus> installStatusMatch,
            @ForAll("statusMatches") SpecifiedMatch<ComplianceStatus> statusMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch) {
        var filter = IosUpdateStatusFilter.ANY
                .withInstallStatus(installStatusMatch.match())
                .withStatus(statusMatch.match())
                .withDeviceId(deviceIdMatch.match());

        assertThat(filter)
                .isEqualTo(new IosUpdateStatusFilter(
                        installStatusMatch.match(), statusMatch.match(), deviceIdMatch.match()));
    }

    @Example
    void device_id_ne_passes_a_status_without_a_device_id_and_eq_does_not() {
        var withoutDevice = status(IosUpdatesInstallStatus.IDLE, ComplianceStatus.COMPLIANT, Option.none());

        assertThat(IosUpdateStatusFilter.ANY.withDeviceId(Match.ne("device-1")).test(withoutDevice))
                .isTrue();
        assertThat(IosUpdateStatusFilter.ANY.withDeviceId(Match.eq("device-1")).test(withoutDevice))
                .isFalse();
    }

    @Example
    void every_condition_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new IosUpdateStatusFilter(null, Match.any(), Match.any()));
        assertThatNullPointerException().isThrownBy(() -> new IosUpdateStatusFilter(Match.any(), null, Match.any()));
        assertThatNullPointerException().isThrownBy(() -> new IosUpdateStatusFilter(Match.any(), Match.any(), null));
    }

    private static IosUpdateDeviceStatus status(
            IosUpdatesInstallStatus installStatus, ComplianceStatus status, Option<String> deviceId) {
        return valid(
                IosUpdateDeviceStatus.create("id-1", TENANT, ios(installStatus, status, deviceId.getOrNull()), POLICY));
    }

    /** Few values, so that conditions and statuses often meet. */
    @Provide
    Arbitrary<IosUpdatesInstallStatus> installStatuses() {
        return Arbitraries.of(
                IosUpdatesInstallStatus.IDLE, IosUpdatesInstallStatus.DOWNLOADING, IosUpdatesInstallStatus.SUCCESS);
    }

    @Provide
    Arbitrary<ComplianceStatus> statuses() {
        return Arbitraries.of(ComplianceStatus.COMPLIANT, ComplianceStatus.NON_COMPLIANT, ComplianceStatus.ERROR);
    }

    @Provide
    Arbitrary<Option<String>> deviceIds() {
        return Arbitraries.of(Option.none(), Option.some("device-1"), Option.some("device-2"));
    }

    @Provide
    Arbitrary<SpecifiedMatch<IosUpdatesInstallStatus>> installStatusMatches() {
        return SpecifiedMatch.of(installStatuses(), 1);
    }

    @Provide
    Arbitrary<SpecifiedMatch<ComplianceStatus>> statusMatches() {
        return SpecifiedMatch.of(statuses(), 1);
    }

    @Provide
    Arbitrary<SpecifiedMatch<String>> deviceIdMatches() {
        return SpecifiedMatch.of(Arbitraries.of("device-1", "device-2"), 1);
    }
}
