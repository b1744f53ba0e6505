package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus.Draft;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generic filter against its specification, on random conditions and drafts of iOS update statuses. */
class StatusFilterPropertiesTest {

    @Property
    void a_filter_passes_exactly_what_every_condition_passes(
            @ForAll("installStatusMatches") SpecifiedMatch<IosUpdatesInstallStatus> installStatusMatch,
            @ForAll("statusMatches") SpecifiedMatch<ComplianceStatus> statusMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch,
            @ForAll("installStatuses") IosUpdatesInstallStatus installStatus,
            @ForAll("statuses") ComplianceStatus status,
            @ForAll("deviceIds") Option<String> deviceId) {
        var filter = StatusFilter.of(IosUpdateProperties.INSTALL_STATUS, installStatusMatch.match())
                .and(IosUpdateProperties.STATUS, statusMatch.match())
                .and(IosUpdateProperties.DEVICE_ID, deviceIdMatch.match());

        assertThat(filter.test(draft(installStatus, status, deviceId)))
                .isEqualTo(installStatusMatch.expected().test(Option.some(installStatus))
                        && statusMatch.expected().test(Option.some(status))
                        && deviceIdMatch.expected().test(deviceId));
    }

    @Property
    void and_in_any_order_gives_the_same_filter(
            @ForAll("installStatusMatches") SpecifiedMatch<IosUpdatesInstallStatus> installStatusMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> first,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> second) {
        var one = StatusFilter.of(IosUpdateProperties.DEVICE_ID, first.match())
                .and(IosUpdateProperties.INSTALL_STATUS, installStatusMatch.match())
                .and(IosUpdateProperties.DEVICE_ID, second.match());
        var other = StatusFilter.of(IosUpdateProperties.INSTALL_STATUS, installStatusMatch.match())
                .and(IosUpdateProperties.DEVICE_ID, second.match())
                .and(IosUpdateProperties.DEVICE_ID, first.match());

        for (var deviceId :
                io.vavr.collection.List.of(Option.<String>none(), Option.some("device-1"), Option.some("device-2"))) {
            var draft = draft(IosUpdatesInstallStatus.IDLE, ComplianceStatus.COMPLIANT, deviceId);
            assertThat(one.test(draft)).isEqualTo(other.test(draft));
        }
    }

    private static Draft draft(
            IosUpdatesInstallStatus installStatus, ComplianceStatus status, Option<String> deviceId) {
        return IosUpdateProperties.TABLE.draft(
                HashMap.<String, Object>of("installStatus", installStatus, "status", status)
                        .put("deviceId", deviceId.getOrNull()));
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
