package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;

/** Every member of every enumeration parses back from its wire name, its number, and its number as text. */
class GraphEnumRoundTripTest {

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void ios_update_install_status_round_trips(@ForAll IosUpdatesInstallStatus member) {
        assertRoundTrips(IosUpdatesInstallStatus.TYPE, member);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void compliance_status_round_trips(@ForAll ComplianceStatus member) {
        assertRoundTrips(ComplianceStatus.TYPE, member);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void resultant_app_state_round_trips(@ForAll ResultantAppState member) {
        assertRoundTrips(ResultantAppState.TYPE, member);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void resultant_app_state_detail_round_trips(@ForAll ResultantAppStateDetail member) {
        assertRoundTrips(ResultantAppStateDetail.TYPE, member);
    }

    private static <E extends Enum<E> & GraphEnum> void assertRoundTrips(GraphEnumType<E> type, E member) {
        assertThat(type.parse("f", member.wireName()).get()).isSameAs(member);
        assertThat(type.fromValue("f", member.value()).get()).isSameAs(member);
        assertThat(type.parse("f", Integer.toString(member.value())).get()).isSameAs(member);
        member.versions()
                .forEach(v ->
                        assertThat(type.parse("f", member.wireName(), v).get()).isSameAs(member));
    }
}
