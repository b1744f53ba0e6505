package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.CONFIG_SCOPE;
import static io.devicestatus.application.model.ModelFixtures.POLICY;
import static io.devicestatus.application.model.ModelFixtures.config;
import static io.devicestatus.application.model.ModelFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.common.ComplianceStatus;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AppConfigurationStatusFilterTest {

    @Property
    void any_passes_every_status(@ForAll ComplianceStatus status) {
        assertThat(AppConfigurationStatusFilter.ANY.test(status(status))).isTrue();
    }

    @Property
    void a_filter_passes_exactly_what_its_status_condition_passes(
            @ForAll("statusMatches") SpecifiedMatch<ComplianceStatus> statusMatch,
            @ForAll("statuses") ComplianceStatus status) {
        assertThat(new AppConfigurationStatusFilter(statusMatch.match()).test(status(status)))
                .isEqualTo(statusMatch.expected().test(Option.some(status)));
    }

    @Example
    void ne_passes_every_other_status() {
        var filter = new AppConfigurationStatusFilter(Match.ne(ComplianceStatus.COMPLIANT));

        assertThat(filter.test(status(ComplianceStatus.COMPLIANT))).isFalse();
        assertThat(filter.test(status(ComplianceStatus.NON_COMPLIANT))).isTrue();
    }

    @Example
    void the_condition_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new AppConfigurationStatusFilter(null));
    }

    private static AppConfigurationDeviceStatus status(ComplianceStatus status) {
        return valid(AppConfigurationDeviceStatus.create(
                "id-1", CONFIG_SCOPE, config(status, "Anna's iPad", "anna@contoso.com"), POLICY));
    }

    @Provide
    Arbitrary<ComplianceStatus> statuses() {
        return Arbitraries.of(ComplianceStatus.COMPLIANT, ComplianceStatus.NON_COMPLIANT, ComplianceStatus.ERROR);
    }

    @Provide
    Arbitrary<SpecifiedMatch<ComplianceStatus>> statusMatches() {
        return SpecifiedMatch.of(statuses(), 2);
    }
}
