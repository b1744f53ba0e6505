package io.devicestatus.domain.iosupdate;

import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.NOW;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.TENANT;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.fixtures.Fixtures;
import io.devicestatus.domain.fixtures.Generators;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class IosUpdateDeviceStatusPropertiesTest {

    /** One invalid value per property that can be invalid. */
    private static final Map<String, Object> CORRUPTIONS = Map.ofEntries(
            Map.entry("installStatus", Optional.NULL),
            Map.entry("osVersion", "1".repeat(129)),
            Map.entry("deviceId", "device\u0007"),
            Map.entry("userId", "u".repeat(129)),
            Map.entry("deviceDisplayName", "iPad\nof Anna"),
            Map.entry("userName", "n".repeat(257)),
            Map.entry("deviceModel", "\u001b[31miPad"),
            Map.entry("complianceGracePeriodExpirationDateTime", Optional.NULL),
            Map.entry("status", Optional.NULL),
            Map.entry(
                    "lastReportedDateTime",
                    new GraphDateTime(NOW.plus(Duration.ofMinutes(6)).atOffset(ZoneOffset.UTC))),
            Map.entry("userPrincipalName", "anna\t@contoso.com"));

    /** Map.of takes no nulls; this marks "set the property to null". */
    private enum Optional {
        NULL
    }

    @Property
    void every_generated_valid_status_is_accepted_as_given(@ForAll("drafts") IosUpdateDeviceStatus.Draft draft) {
        var created = IosUpdateDeviceStatus.create(ID, TENANT, draft, POLICY);

        assertThat(created.isRight()).as(() -> created.getLeft().message()).isTrue();
        var expected = draft.platform() == null ? with(draft, "platform", 0) : draft;
        assertThat(created.get().toDraft()).isEqualTo(expected);
    }

    @Property
    void every_invalid_property_is_reported_together_with_its_field(
            @ForAll("drafts") IosUpdateDeviceStatus.Draft draft, @ForAll("corruptedFields") Set<String> fields) {
        var corrupted = draft;
        for (String field : fields) {
            Object bad = CORRUPTIONS.get(field);
            corrupted = with(corrupted, field, bad == Optional.NULL ? null : bad);
        }

        var invalid = (DomainError.Invalid)
                IosUpdateDeviceStatus.create(ID, TENANT, corrupted, POLICY).getLeft();

        List<String> inDeclarationOrder = Arrays.stream(IosUpdateDeviceStatus.Draft.class.getRecordComponents())
                .map(c -> c.getName())
                .filter(fields::contains)
                .toList();
        assertThat(invalid.violations().map(Violation::field)).containsExactlyElementsOf(inDeclarationOrder);
    }

    /**
     * A device reports again and again. Each report is accepted exactly when it is not older than the last accepted
     * one and the lifecycle table (or a new OS version) allows the move; a refused report leaves the last accepted
     * status as the one the next report is judged against.
     */
    @Property
    void reports_advance_as_the_table_says_or_are_refused(
            @ForAll IosUpdatesInstallStatus firstStatus,
            @ForAll("reports") List<IosUpdateDeviceStatus.Draft> reports,
            @ForAll("steps") List<Long> steps) {
        IosUpdateDeviceStatus current = Fixtures.ios(with(Fixtures.iosDraft(), "installStatus", firstStatus));
        for (int i = 0; i < Math.min(reports.size(), steps.size()); i++) {
            IosUpdateDeviceStatus before = current;
            var report = with(
                    reports.get(i),
                    "lastReportedDateTime",
                    Generators.plusSeconds(before.lastReportedDateTime(), steps.get(i)));

            var result = current.advance(report, POLICY);

            boolean stale = report.lastReportedDateTime().isBefore(before.lastReportedDateTime());
            boolean newCycle =
                    report.osVersion() != null && !Option.of(report.osVersion()).equals(before.osVersion());
            boolean allowed = newCycle || IosUpdateLifecycle.allows(before.installStatus(), report.installStatus());
            if (stale) {
                Statistics.collect("stale");
                assertThat(result.getLeft()).isInstanceOf(DomainError.Stale.class);
            } else if (!allowed) {
                Statistics.collect("illegal transition");
                var error = (DomainError.IllegalTransition) result.getLeft();
                assertThat(error.from()).isEqualTo(before.installStatus().wireName());
                assertThat(error.to()).isEqualTo(report.installStatus().wireName());
            } else {
                Statistics.collect(newCycle ? "new cycle" : "advanced");
                assertThat(result.get())
                        .isEqualTo(IosUpdateDeviceStatus.create(ID, TENANT, report, POLICY)
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
            c.check("new cycle").count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<IosUpdateDeviceStatus.Draft> drafts() {
        return Builders.withBuilder(() -> Fixtures.iosDraft())
                .use(Arbitraries.of(IosUpdatesInstallStatus.class))
                .in((d, v) -> with(d, "installStatus", v))
                .use(Generators.optionalText(TextLimit.IDENTIFIER))
                .in((d, v) -> with(d, "osVersion", v))
                .use(Generators.optionalText(TextLimit.IDENTIFIER))
                .in((d, v) -> with(d, "deviceId", v))
                .use(Generators.optionalText(TextLimit.IDENTIFIER))
                .in((d, v) -> with(d, "userId", v))
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

    /** Reports about one device: few OS versions, so that both same-cycle and new-cycle moves occur. */
    @Provide
    Arbitrary<List<IosUpdateDeviceStatus.Draft>> reports() {
        return Builders.withBuilder(() -> Fixtures.iosDraft())
                .use(Arbitraries.of(IosUpdatesInstallStatus.class))
                .in((d, v) -> with(d, "installStatus", v))
                .use(Arbitraries.of("16.7", "17.1").injectNull(0.1))
                .in((d, v) -> with(d, "osVersion", v))
                .use(Arbitraries.of(ComplianceStatus.class))
                .in((d, v) -> with(d, "status", v))
                .build()
                .list()
                .ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Long>> steps() {
        return Generators.reportSteps().list().ofSize(30);
    }

    @Provide
    Arbitrary<Set<String>> corruptedFields() {
        return Arbitraries.of(CORRUPTIONS.keySet()).set().ofMinSize(1);
    }
}
