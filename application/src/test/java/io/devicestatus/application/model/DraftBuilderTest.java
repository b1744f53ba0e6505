package io.devicestatus.application.model;

import static io.devicestatus.application.model.IosUpdateProperties.DEVICE_ID;
import static io.devicestatus.application.model.IosUpdateProperties.INSTALL_STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.OS_VERSION;
import static io.devicestatus.application.model.IosUpdateProperties.STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.USER_NAME;
import static io.devicestatus.application.model.ModelFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import org.junit.jupiter.api.Test;

class DraftBuilderTest {

    @Test
    void it_builds_the_draft_with_each_set_property_where_the_record_has_it_and_the_rest_absent() {
        var draft = IosUpdateProperties.draft()
                .set(INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                .set(DEVICE_ID, "device-1")
                .set(STATUS, ComplianceStatus.COMPLIANT)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(0))
                .build();

        var set = java.util.Map.<Property<IosUpdateDeviceStatus.Draft, ?>, Object>of(
                INSTALL_STATUS,
                IosUpdatesInstallStatus.AVAILABLE,
                DEVICE_ID,
                "device-1",
                STATUS,
                ComplianceStatus.COMPLIANT,
                IosUpdateProperties.LAST_REPORTED_DATE_TIME,
                at(0));
        for (var property : IosUpdateProperties.TABLE.all()) {
            assertThat(property.get(draft)).as(property.name()).isEqualTo(set.get(property));
        }
        assertThat(IosUpdateProperties.draft().build()).isEqualTo(IosUpdateProperties.TABLE.emptyDraft());
    }

    @Test
    void each_step_is_a_new_builder_and_the_last_value_set_wins() {
        var base = IosUpdateProperties.draft().set(OS_VERSION, "17.1");
        var changed = base.set(OS_VERSION, "18.0");

        assertThat(base.build().osVersion()).isEqualTo("17.1");
        assertThat(changed.build().osVersion()).isEqualTo("18.0");
        assertThat(changed.set(OS_VERSION, null).build().osVersion()).isNull();
    }

    @Test
    void a_builder_from_a_draft_holds_all_of_it() {
        var full = ModelFixtures.ios(IosUpdatesInstallStatus.IDLE, ComplianceStatus.ERROR, "device-9");

        assertThat(IosUpdateProperties.draft(full).build()).isEqualTo(full);
        var changed =
                IosUpdateProperties.draft(full).set(DEVICE_ID, "device-10").build();
        for (var property : IosUpdateProperties.TABLE.all()) {
            assertThat(property.get(changed))
                    .as(property.name())
                    .isEqualTo(property == DEVICE_ID ? "device-10" : property.get(full));
        }
    }

    @Test
    void clear_makes_a_property_absent_and_names_it_once_in_order_until_it_is_set_again() {
        var builder = IosUpdateProperties.draft()
                .set(USER_NAME, "Anna")
                .clear(USER_NAME)
                .clear(OS_VERSION)
                .clear(USER_NAME);

        assertThat(builder.build().userName()).isNull();
        assertThat(builder.clearedNames()).containsExactly("userName", "osVersion");
        assertThat(builder.cleared()).containsExactly(USER_NAME, OS_VERSION);
        assertThat(builder.set(USER_NAME, "Ben").clearedNames()).containsExactly("osVersion");
    }

    @Test
    void a_property_of_the_draft_type_but_not_of_its_table_is_refused_naming_it() {
        var stranger = Property.text("colour", IosUpdateDeviceStatus.Draft::osVersion);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> IosUpdateProperties.draft().set(stranger, "red"))
                .withMessageContaining("colour")
                .withMessageContaining("installStatus");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IosUpdateProperties.draft().clear(stranger));
    }

    @Test
    void the_other_types_have_builders_of_their_own() {
        MobileAppInstallStatus.Draft install = AppInstallProperties.draft()
                .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.INSTALLED)
                .set(AppInstallProperties.DEVICE_ID, "device-1")
                .build();
        var config = AppConfigurationProperties.draft()
                .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, "Anna's iPad")
                .build();

        assertThat(install.installState()).isEqualTo(ResultantAppState.INSTALLED);
        assertThat(install.deviceId()).isEqualTo("device-1");
        assertThat(install.mobileAppInstallStatusValue()).isNull();
        assertThat(config.deviceDisplayName()).isEqualTo("Anna's iPad");
        assertThat(config.status()).isNull();
    }

    @Test
    void it_prints_what_is_set_and_cleared() {
        assertThat(IosUpdateProperties.draft()
                        .set(DEVICE_ID, "device-1")
                        .set(STATUS, ComplianceStatus.COMPLIANT)
                        .clear(USER_NAME))
                .hasToString("{deviceId=device-1, status=COMPLIANT; cleared userName}");
    }
}
