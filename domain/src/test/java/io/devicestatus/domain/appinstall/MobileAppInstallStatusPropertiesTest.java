package io.devicestatus.domain.appinstall;

import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.INSTALL_SCOPE;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.fixtures.Fixtures;
import io.devicestatus.domain.fixtures.Generators;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class MobileAppInstallStatusPropertiesTest {

    @Property
    void every_generated_valid_status_is_accepted_as_given(@ForAll("drafts") MobileAppInstallStatus.Draft draft) {
        var created = MobileAppInstallStatus.create(ID, INSTALL_SCOPE, draft, POLICY);

        assertThat(created.isRight()).as(() -> created.getLeft().message()).isTrue();
        var state = stateOf(draft);
        var expected = with(with(draft, "installState", state), "mobileAppInstallStatusValue", state);
        assertThat(created.get().toDraft()).isEqualTo(expected);
    }

    /**
     * An app on a device reports again and again. Each report is accepted exactly when it is not older than the last
     * accepted one and the lifecycle table allows the move.
     */
    @Property
    void reports_advance_as_the_table_says_or_are_refused(
            @ForAll("drafts") MobileAppInstallStatus.Draft first,
            @ForAll("reports") List<MobileAppInstallStatus.Draft> reports,
            @ForAll("steps") List<Long> steps) {
        MobileAppInstallStatus current =
                Fixtures.install(with(first, "lastSyncDateTime", Fixtures.time("2017-01-01T00:00:00Z")));
        for (int i = 0; i < Math.min(reports.size(), steps.size()); i++) {
            MobileAppInstallStatus before = current;
            var report = with(
                    reports.get(i),
                    "lastSyncDateTime",
                    Generators.plusSeconds(before.lastSyncDateTime(), steps.get(i)));

            var result = current.advance(report, POLICY);

            if (report.lastSyncDateTime().isBefore(before.lastSyncDateTime())) {
                Statistics.collect("stale");
                assertThat(result.getLeft()).isInstanceOf(DomainError.Stale.class);
            } else if (!AppInstallLifecycle.allows(before.installState(), stateOf(report))) {
                Statistics.collect("illegal transition");
                var error = (DomainError.IllegalTransition) result.getLeft();
                assertThat(error.from()).isEqualTo(before.installState().wireName());
                assertThat(error.to()).isEqualTo(stateOf(report).wireName());
            } else {
                Statistics.collect("advanced");
                assertThat(result.get())
                        .isEqualTo(MobileAppInstallStatus.create(ID, INSTALL_SCOPE, report, POLICY)
                                .get());
                current = result.get();
            }
            if (result.isLeft()) {
                assertThat(current).isSameAs(before);
            }
        }
        Statistics.coverage(c -> {
            c.check("stale").count(n -> n > 0);
            c.check("illegal transition").count(n -> n > 0);
            c.check("advanced").count(n -> n > 0);
        });
    }

    /** The state a draft gives under either of its two names. */
    private static ResultantAppState stateOf(MobileAppInstallStatus.Draft draft) {
        return draft.installState() != null ? draft.installState() : draft.mobileAppInstallStatusValue();
    }

    /** A state with one of its compatible details, and the error code the state calls for. */
    private static Arbitrary<MobileAppInstallStatus.Draft> consistentState(MobileAppInstallStatus.Draft draft) {
        return Arbitraries.of(ResultantAppStateDetail.class)
                .flatMap(detail -> Combinators.combine(
                                Arbitraries.of(detail.compatibleStates()),
                                Arbitraries.integers().filter(n -> n != 0),
                                Arbitraries.integers().between(0, 2))
                        .as((state, error, names) -> with(
                                with(
                                        with(
                                                with(draft, "installState", names == 1 ? null : state),
                                                "mobileAppInstallStatusValue",
                                                names == 0 ? null : state),
                                        "installStateDetail",
                                        detail),
                                "errorCode",
                                state.hasErrorCode() ? error : 0)));
    }

    @Provide
    Arbitrary<MobileAppInstallStatus.Draft> drafts() {
        return Builders.withBuilder(Fixtures::installDraft)
                .use(Generators.optionalText(TextLimit.NAME))
                .in((d, v) -> with(d, "deviceName", v))
                .use(Generators.optionalText(TextLimit.IDENTIFIER))
                .in((d, v) -> with(d, "deviceId", v))
                .use(Generators.pastTimes())
                .in((d, v) -> with(d, "lastSyncDateTime", v))
                .use(Generators.optionalText(TextLimit.IDENTIFIER))
                .in((d, v) -> with(d, "osVersion", v))
                .use(Generators.optionalText(TextLimit.DESCRIPTION))
                .in((d, v) -> with(d, "osDescription", v))
                .use(Generators.optionalText(TextLimit.NAME))
                .in((d, v) -> with(d, "userName", v))
                .use(Generators.userPrincipalNames().injectNull(0.2))
                .in((d, v) -> with(d, "userPrincipalName", v))
                .use(Generators.optionalText(TextLimit.IDENTIFIER))
                .in((d, v) -> with(d, "displayVersion", v))
                .build()
                .flatMap(MobileAppInstallStatusPropertiesTest::consistentState);
    }

    @Provide
    Arbitrary<List<MobileAppInstallStatus.Draft>> reports() {
        return consistentState(Fixtures.installDraft()).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Long>> steps() {
        return Generators.reportSteps().list().ofSize(30);
    }
}
