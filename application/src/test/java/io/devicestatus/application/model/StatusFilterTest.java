package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus.Draft;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import org.junit.jupiter.api.Test;

class StatusFilterTest {

    private static final Draft DOWNLOADING_ON_D1 = draft(IosUpdatesInstallStatus.DOWNLOADING, "d1");
    private static final Draft IDLE_WITHOUT_DEVICE = draft(IosUpdatesInstallStatus.IDLE, null);

    private static Draft draft(IosUpdatesInstallStatus installStatus, String deviceId) {
        return IosUpdateProperties.TABLE.draft(
                HashMap.<String, Object>of("installStatus", installStatus, "status", ComplianceStatus.COMPLIANT)
                        .put("deviceId", deviceId));
    }

    @Test
    void any_passes_every_draft() {
        StatusFilter<Draft> any = StatusFilter.any();

        assertThat(any.test(DOWNLOADING_ON_D1)).isTrue();
        assertThat(any.test(IDLE_WITHOUT_DEVICE)).isTrue();
        assertThat(any.conditions()).isEmpty();
    }

    @Test
    void a_condition_tests_its_property_s_value() {
        var downloading =
                StatusFilter.of(IosUpdateProperties.INSTALL_STATUS, Match.eq(IosUpdatesInstallStatus.DOWNLOADING));

        assertThat(downloading.test(DOWNLOADING_ON_D1)).isTrue();
        assertThat(downloading.test(IDLE_WITHOUT_DEVICE)).isFalse();
    }

    @Test
    void an_absent_value_passes_ne_and_fails_eq() {
        assertThat(StatusFilter.of(IosUpdateProperties.DEVICE_ID, Match.ne("d1"))
                        .test(IDLE_WITHOUT_DEVICE))
                .isTrue();
        assertThat(StatusFilter.of(IosUpdateProperties.DEVICE_ID, Match.eq("d1"))
                        .test(IDLE_WITHOUT_DEVICE))
                .isFalse();
        assertThat(StatusFilter.of(IosUpdateProperties.DEVICE_ID, Match.ne("d1"))
                        .test(DOWNLOADING_ON_D1))
                .isFalse();
    }

    @Test
    void conditions_on_one_property_are_and_ed_and_on_two_all_must_pass() {
        var filter = StatusFilter.of(IosUpdateProperties.DEVICE_ID, Match.in("d1", "d2"))
                .and(IosUpdateProperties.DEVICE_ID, Match.ne("d2"))
                .and(IosUpdateProperties.INSTALL_STATUS, Match.ne(IosUpdatesInstallStatus.IDLE));

        assertThat(filter.match(IosUpdateProperties.DEVICE_ID)).isEqualTo(new Match.In<>(LinkedHashSet.of("d1")));
        assertThat(filter.conditions().map(c -> c.property().name())).containsExactly("deviceId", "installStatus");
        assertThat(filter.test(DOWNLOADING_ON_D1)).isTrue();
        assertThat(filter.test(draft(IosUpdatesInstallStatus.IDLE, "d1"))).isFalse();
        assertThat(filter.test(draft(IosUpdatesInstallStatus.DOWNLOADING, "d2")))
                .isFalse();
    }

    @Test
    void a_match_that_passes_everything_is_no_condition() {
        assertThat(StatusFilter.of(IosUpdateProperties.STATUS, Match.<ComplianceStatus>any()))
                .isEqualTo(StatusFilter.any());
        assertThat(StatusFilter.<Draft>any().match(IosUpdateProperties.STATUS)).isEqualTo(Match.any());
    }

    @Test
    void a_property_that_is_not_filterable_is_refused() {
        assertThatThrownBy(() -> StatusFilter.of(IosUpdateProperties.USER_NAME, Match.eq("anna")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'userName' is not filterable");
    }

    @Test
    void a_status_s_properties_are_read_only_when_there_is_a_condition() {
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<Draft, Draft> counted = draft -> {
            reads.incrementAndGet();
            return draft;
        };

        assertThat(StatusFilter.<Draft>any().test(DOWNLOADING_ON_D1, counted)).isTrue();
        assertThat(reads).hasValue(0);
        assertThat(StatusFilter.of(IosUpdateProperties.DEVICE_ID, Match.eq("d2"))
                        .test(DOWNLOADING_ON_D1, counted))
                .isFalse();
        assertThat(reads).hasValue(1);
    }
}
