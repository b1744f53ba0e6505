package io.devicestatus.domain.appconfig;

import static io.devicestatus.domain.fixtures.Fixtures.CONFIG_SCOPE;
import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.fixtures.Fixtures;
import io.devicestatus.domain.fixtures.Generators;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AppConfigurationDeviceStatusPropertiesTest {

    @Property
    void every_generated_valid_status_is_accepted_as_given(@ForAll("drafts") AppConfigurationDeviceStatus.Draft draft) {
        var created = AppConfigurationDeviceStatus.create(ID, CONFIG_SCOPE, draft, POLICY);

        assertThat(created.isRight()).as(() -> created.getLeft().message()).isTrue();
        var expected = draft.platform() == null ? with(draft, "platform", 0) : draft;
        assertThat(created.get().toDraft()).isEqualTo(expected);
    }

    /** Compliance status has no order: only time decides whether a report is accepted. */
    @Property
    void reports_are_refused_exactly_when_older_than_the_last_accepted_one(
            @ForAll("statuses") List<ComplianceStatus> statuses, @ForAll("steps") List<Long> steps) {
        AppConfigurationDeviceStatus current = Fixtures.config(Fixtures.configDraft());
        for (int i = 0; i < Math.min(statuses.size(), steps.size()); i++) {
            AppConfigurationDeviceStatus before = current;
            var report = with(
                    with(Fixtures.configDraft(), "status", statuses.get(i)),
                    "lastReportedDateTime",
                    Generators.plusSeconds(before.lastReportedDateTime(), steps.get(i)));

            var result = current.advance(report, POLICY);

            if (steps.get(i) < 0) {
                assertThat(result.getLeft()).isInstanceOf(DomainError.Stale.class);
                assertThat(current).isSameAs(before);
            } else {
                assertThat(result.get().status()).isEqualTo(statuses.get(i));
                current = result.get();
            }
        }
    }

    @Provide
    Arbitrary<AppConfigurationDeviceStatus.Draft> drafts() {
        return Builders.withBuilder(Fixtures::configDraft)
                .use(Generators.optionalText(TextLimit.NAME))
                .in((d, v) -> with(d, "deviceDisplayName", v))
                .use(Generators.optionalText(TextLimit.NAME))
                .in((d, v) -> with(d, "userName", v))
                .use(Generators.optionalText(TextLimit.NAME))
                .in((d, v) -> with(d, "deviceModel", v))
                .use(Arbitraries.integers().injectNull(0.2))
                .in((d, v) -> with(d, "platform", v))
                .use(Generators.pastTimes())
                .in((d, v) -> with(d, "complianceGracePeriodExpirationDateTime", v))
                .use(Arbitraries.of(ComplianceStatus.class))
                .in((d, v) -> with(d, "status", v))
                .use(Generators.pastTimes())
                .in((d, v) -> with(d, "lastReportedDateTime", v))
                .use(Generators.userPrincipalNames().injectNull(0.2))
                .in((d, v) -> with(d, "userPrincipalName", v))
                .build();
    }

    @Provide
    Arbitrary<List<ComplianceStatus>> statuses() {
        return Arbitraries.of(ComplianceStatus.class).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Long>> steps() {
        return Generators.reportSteps().list().ofSize(30);
    }
}
