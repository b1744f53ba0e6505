package io.devicestatus.adapter.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import org.junit.jupiter.api.Test;

/** A filter as the outbound store sends it in {@code $filter}: each condition on its property, Graph's literals. */
class ODataFilterTest {

    @Test
    void each_condition_is_written_on_its_property_enums_by_wire_name_and_texts_quoted() {
        var filter = ODataFilter.of(StatusFilter.of(
                        IosUpdateProperties.INSTALL_STATUS,
                        Match.in(IosUpdatesInstallStatus.DOWNLOADING, IosUpdatesInstallStatus.INSTALLING))
                .and(IosUpdateProperties.DEVICE_ID, Match.ne("it's")));

        assertThat(filter.text()).contains("installStatus in ('downloading','installing') and deviceId ne 'it''s'");
        assertThat(filter.passesNothing()).isFalse();
    }

    @Test
    void the_two_names_of_the_install_state_are_each_written() {
        var filter = ODataFilter.of(StatusFilter.of(
                        AppInstallProperties.INSTALL_STATE, Match.eq(ResultantAppState.FAILED))
                .and(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, Match.ne(ResultantAppState.INSTALLED)));

        assertThat(filter.text()).contains("installState eq 'failed' and mobileAppInstallStatusValue ne 'installed'");
    }

    @Test
    void no_condition_is_no_text_and_an_empty_in_passes_nothing() {
        assertThat(ODataFilter.of(StatusFilter.any()).text()).isEmpty();
        assertThat(ODataFilter.of(StatusFilter.of(IosUpdateProperties.DEVICE_ID, Match.<String>in()))
                        .passesNothing())
                .isTrue();
    }
}
