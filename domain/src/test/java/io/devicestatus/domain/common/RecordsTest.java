package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.fixtures.Fixtures;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class RecordsTest {

    record Sample(String name, Option<String> nick, Option<Integer> age, List<String> tags) {}

    @Test
    void a_present_option_prints_as_its_value_an_absent_one_not_at_all_and_a_list_in_brackets() {
        assertThat(Records.toString(new Sample("Anna", Option.some("A"), Option.none(), List.of("x", "y"))))
                .isEqualTo("Sample[name=Anna, nick=A, tags=[x, y]]");
    }

    @Test
    void the_statuses_and_scopes_print_without_vavr_wrappers() {
        var ios = Fixtures.ios(Fixtures.with(Fixtures.iosDraft(), "userId", null));
        var scope = new AppInstallScope(Fixtures.TENANT, "app-1", Option.none());

        assertThat(ios.toString())
                .startsWith("IosUpdateDeviceStatus[id=" + ios.id().value() + ", tenant=" + Fixtures.TENANT)
                .contains("osVersion=Os Version value")
                .doesNotContain("userId")
                .doesNotContain("Some(")
                .doesNotContain("None");
        assertThat(Fixtures.install(Fixtures.installDraft()).toString())
                .contains("deviceId=Device Id value")
                .doesNotContain("Some(");
        assertThat(Fixtures.config(Fixtures.configDraft()).toString())
                .contains("userPrincipalName=user@contoso.com")
                .doesNotContain("Some(");
        assertThat(scope).hasToString("AppInstallScope[tenant=" + Fixtures.TENANT + ", mobileAppId=app-1]");
    }
}
