package io.devicestatus.domain.appconfig;

import static io.devicestatus.domain.fixtures.Fixtures.CONFIG_SCOPE;
import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.TENANT;
import static io.devicestatus.domain.fixtures.Fixtures.config;
import static io.devicestatus.domain.fixtures.Fixtures.configDraft;
import static io.devicestatus.domain.fixtures.Fixtures.time;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import org.junit.jupiter.api.Test;

class AppConfigurationDeviceStatusTest {

    @Test
    void creates_the_seed_003_status_with_its_scope() {
        AppConfigurationDeviceStatus status = config(configDraft());

        assertThat(status.scope()).isEqualTo(CONFIG_SCOPE);
        assertThat(status.platform()).isEqualTo(8);
        assertThat(status.lastReportedDateTime().toString()).isEqualTo("2016-12-31T23:59:04.0371883+03:00");
    }

    @Test
    void reports_every_missing_required_property_at_once() {
        var empty = new AppConfigurationDeviceStatus.Draft(null, null, null, null, null, null, null, null);

        var invalid = (DomainError.Invalid) AppConfigurationDeviceStatus.create(ID, CONFIG_SCOPE, empty, POLICY)
                .getLeft();

        assertThat(invalid.violations())
                .containsExactly(
                        Violation.missing("complianceGracePeriodExpirationDateTime"),
                        Violation.missing("status"),
                        Violation.missing("lastReportedDateTime"));
    }

    @Test
    void validates_its_scope() {
        var invalid =
                (DomainError.Invalid) ConfigurationScope.of(null, null, "").getLeft();

        assertThat(invalid.violations())
                .extracting(Violation::field)
                .containsExactly("scope.tenant", "scope.collection", "scope.configurationId");
    }

    @Test
    void knows_which_collection_exists_in_which_version() {
        assertThat(ConfigurationCollection.MOBILE_APP_CONFIGURATIONS.versions())
                .contains(ApiVersion.V1_0, ApiVersion.BETA);
        assertThat(ConfigurationCollection.IOS_LOB_APP_PROVISIONING_CONFIGURATIONS.versions())
                .containsExactly(ApiVersion.BETA);
    }

    @Test
    void any_compliance_status_may_follow_any_other() {
        for (ComplianceStatus from : ComplianceStatus.values()) {
            AppConfigurationDeviceStatus stored = config(with(configDraft(), "status", from));
            for (ComplianceStatus to : ComplianceStatus.values()) {
                assertThat(stored.advance(with(configDraft(), "status", to), POLICY)
                                .get()
                                .status())
                        .isEqualTo(to);
            }
        }
    }

    @Test
    void an_older_report_is_stale() {
        AppConfigurationDeviceStatus stored = config(configDraft());
        var older = with(configDraft(), "lastReportedDateTime", time("2016-12-31T23:59:04.0371882+03:00"));

        assertThat(stored.advance(older, POLICY).getLeft()).isInstanceOf(DomainError.Stale.class);
    }

    @Test
    void the_scope_cannot_change() {
        AppConfigurationDeviceStatus stored = config(configDraft());
        var otherScope = new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-1");
        AppConfigurationDeviceStatus moved = AppConfigurationDeviceStatus.create(ID, otherScope, configDraft(), POLICY)
                .get();

        var invalid = (DomainError.Invalid) stored.advanceTo(moved).getLeft();

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("scope");
    }

    @Test
    void a_status_turned_back_into_a_draft_recreates_itself() {
        AppConfigurationDeviceStatus stored = config(configDraft());

        assertThat(AppConfigurationDeviceStatus.create(ID, CONFIG_SCOPE, stored.toDraft(), POLICY)
                        .get())
                .isEqualTo(stored);
    }
}
