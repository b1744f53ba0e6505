package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class PropertyTableTest {

    /** A draft of two properties of one type, where an argument swap cannot be caught by the compiler. */
    record Pair(String first, String second) {}

    private static final Property<Pair, String> FIRST =
            Property.text("first", Pair::first).allowNull();
    private static final Property<Pair, String> SECOND = Property.text("second", Pair::second);

    private static final PropertyTable<Pair> PAIRS =
            PropertyTable.of(v -> new Pair(v.get(FIRST), v.get(SECOND)), FIRST, SECOND);

    @Test
    void a_table_lists_names_nullable_names_and_filterable_properties_in_its_order() {
        var table = IosUpdateProperties.TABLE;

        assertThat(table.names())
                .containsExactly(
                        "installStatus",
                        "osVersion",
                        "deviceId",
                        "userId",
                        "deviceDisplayName",
                        "userName",
                        "deviceModel",
                        "platform",
                        "complianceGracePeriodExpirationDateTime",
                        "status",
                        "lastReportedDateTime",
                        "userPrincipalName");
        assertThat(table.nullableNames())
                .containsExactly(
                        "osVersion",
                        "deviceId",
                        "userId",
                        "deviceDisplayName",
                        "userName",
                        "deviceModel",
                        "userPrincipalName");
        assertThat(table.filterable().map(Property::name)).containsExactly("installStatus", "deviceId", "status");
        assertThat(IosUpdateProperties.PLATFORM.versions()).containsExactly(ApiVersion.BETA);
        assertThat(table.named("deviceId")).contains(IosUpdateProperties.DEVICE_ID);
        assertThat(table.named("id")).isEmpty();
    }

    @Test
    void the_empty_draft_has_every_property_absent() {
        assertThat(PAIRS.emptyDraft()).isEqualTo(new Pair(null, null));
        assertThat(IosUpdateProperties.TABLE.emptyDraft())
                .isEqualTo(new IosUpdateDeviceStatus.Draft(
                        null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void a_draft_is_built_from_values_by_name_and_an_unknown_name_is_refused() {
        assertThat(PAIRS.draft(HashMap.of("second", "b"))).isEqualTo(new Pair(null, "b"));
        assertThatThrownBy(() -> PAIRS.draft(HashMap.of("third", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("third");
        assertThatThrownBy(() -> PAIRS.draft(HashMap.of("first", 7))).isInstanceOf(ClassCastException.class);
    }

    @Test
    void merge_keeps_what_is_absent_replaces_what_is_given_and_clears_what_is_named() {
        var stored = new Pair("a", "b");

        assertThat(PAIRS.merge(stored, new Pair(null, "B"), List.empty())).isEqualTo(new Pair("a", "B"));
        assertThat(PAIRS.merge(stored, new Pair(null, null), List.of("first"))).isEqualTo(new Pair(null, "b"));
        assertThat(PAIRS.merge(stored, PAIRS.emptyDraft(), List.empty())).isEqualTo(stored);
    }

    @Test
    void a_change_to_either_twin_changes_both() {
        var stored = AppInstallProperties.TABLE.draft(HashMap.of(
                "installState",
                ResultantAppState.INSTALLED,
                "mobileAppInstallStatusValue",
                ResultantAppState.INSTALLED));
        var failed = ResultantAppState.FAILED;

        for (var changed : List.of(
                AppInstallProperties.TABLE.draft(HashMap.of("installState", failed)),
                AppInstallProperties.TABLE.draft(HashMap.of("mobileAppInstallStatusValue", failed)))) {
            MobileAppInstallStatus.Draft merged = AppInstallProperties.TABLE.merge(stored, changed, List.empty());
            assertThat(merged.installState()).isEqualTo(failed);
            assertThat(merged.mobileAppInstallStatusValue()).isEqualTo(failed);
        }
    }

    @Test
    void a_constructor_that_puts_a_value_where_another_property_reads_fails_when_the_table_is_built() {
        assertThatThrownBy(() -> PropertyTable.of(v -> new Pair(v.get(SECOND), v.get(FIRST)), FIRST, SECOND))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first, second");
    }

    @Test
    void two_properties_of_one_name_are_refused() {
        var again = Property.text("first", Pair::second);

        assertThatThrownBy(() -> PropertyTable.of(v -> new Pair(v.get(FIRST), v.get(again)), FIRST, again))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void twins_must_both_be_in_the_table() {
        var outside = Property.text("third", Pair::first);

        assertThatThrownBy(() -> PAIRS.withTwins(FIRST, outside))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("third");
    }

    @Test
    void each_table_s_property_types_are_those_of_graph() {
        assertThat(IosUpdateProperties.INSTALL_STATUS.type())
                .isEqualTo(ValueType.enumeration(IosUpdatesInstallStatus.TYPE));
        assertThat(AppConfigurationProperties.STATUS.type()).isEqualTo(ValueType.enumeration(ComplianceStatus.TYPE));
        assertThat(AppInstallProperties.ERROR_CODE.type()).isEqualTo(ValueType.INT32);
        assertThat(ValueType.enumeration(ComplianceStatus.TYPE).text(ComplianceStatus.NON_COMPLIANT))
                .isEqualTo("nonCompliant");
        assertThat(ValueType.enumeration(ComplianceStatus.TYPE).javaType()).isEqualTo(ComplianceStatus.class);
    }
}
