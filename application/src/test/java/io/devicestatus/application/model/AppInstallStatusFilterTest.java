package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.INSTALL_SCOPE;
import static io.devicestatus.application.model.ModelFixtures.POLICY;
import static io.devicestatus.application.model.ModelFixtures.install;
import static io.devicestatus.application.model.ModelFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AppInstallStatusFilterTest {

    @Property
    void any_passes_every_status(@ForAll ResultantAppState installState, @ForAll("deviceIds") Option<String> deviceId) {
        assertThat(AppInstallStatusFilter.ANY.test(status(installState, deviceId)))
                .isTrue();
    }

    @Property
    void a_filter_passes_exactly_what_every_condition_passes(
            @ForAll("installStateMatches") SpecifiedMatch<ResultantAppState> installStateMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch,
            @ForAll("installStates") ResultantAppState installState,
            @ForAll("deviceIds") Option<String> deviceId) {
        var filter = new AppInstallStatusFilter(installStateMatch.match(), deviceIdMatch.match());

        assertThat(filter.test(status(installState, deviceId)))
                .isEqualTo(installStateMatch.expected().test(Option.some(installState))
                        && deviceIdMatch.expected().test(deviceId));
    }

    @Property
    void each_with_restricts_only_its_own_property(
            @ForAll("installStateMatches") SpecifiedMatch<ResultantAppState> installStateMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch,
            @ForAll("installStates") ResultantAppState installState,
            @ForAll("deviceIds") Option<String> deviceId) {
        var candidate = status(installState, deviceId);

        assertThat(AppInstallStatusFilter.ANY
                        .withInstallState(installStateMatch.match())
                        .test(candidate))
                .isEqualTo(installStateMatch.expected().test(Option.some(installState)));
        assertThat(AppInstallStatusFilter.ANY
                        .withDeviceId(deviceIdMatch.match())
                        .test(candidate))
                .isEqualTo(deviceIdMatch.expected().test(deviceId));
    }

    @Property
    void each_with_keeps_the_other_condition(
            @ForAll("installStateMatches") SpecifiedMatch<ResultantAppState> installStateMatch,
            @ForAll("deviceIdMatches") SpecifiedMatch<String> deviceIdMatch) {
        var filter = AppInstallStatusFilter.ANY
                .withInstallState(installStateMatch.match())
                .withDeviceId(deviceIdMatch.match());

        assertThat(filter).isEqualTo(new AppInstallStatusFilter(installStateMatch.match(), deviceIdMatch.match()));
    }

    @Example
    void device_id_ne_passes_a_status_without_a_device_id_and_eq_does_not() {
        var withoutDevice = status(ResultantAppState.INSTALLED, Option.none());

        assertThat(AppInstallStatusFilter.ANY.withDeviceId(Match.ne("device-1")).test(withoutDevice))
                .isTrue();
        assertThat(AppInstallStatusFilter.ANY.withDeviceId(Match.eq("device-1")).test(withoutDevice))
                .isFalse();
    }

    @Example
    void every_condition_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new AppInstallStatusFilter(null, Match.any()));
        assertThatNullPointerException().isThrownBy(() -> new AppInstallStatusFilter(Match.any(), null));
    }

    private static MobileAppInstallStatus status(ResultantAppState installState, Option<String> deviceId) {
        return valid(MobileAppInstallStatus.create(
                "id-1", INSTALL_SCOPE, install(installState, deviceId.getOrNull()), POLICY));
    }

    /** Few values, so that conditions and statuses often meet. */
    @Provide
    Arbitrary<ResultantAppState> installStates() {
        return Arbitraries.of(ResultantAppState.INSTALLED, ResultantAppState.FAILED, ResultantAppState.PENDING_INSTALL);
    }

    @Provide
    Arbitrary<Option<String>> deviceIds() {
        return Arbitraries.of(Option.none(), Option.some("device-1"), Option.some("device-2"));
    }

    @Provide
    Arbitrary<SpecifiedMatch<ResultantAppState>> installStateMatches() {
        return SpecifiedMatch.of(installStates(), 1);
    }

    @Provide
    Arbitrary<SpecifiedMatch<String>> deviceIdMatches() {
        return SpecifiedMatch.of(Arbitraries.of("device-1", "device-2"), 1);
    }
}
