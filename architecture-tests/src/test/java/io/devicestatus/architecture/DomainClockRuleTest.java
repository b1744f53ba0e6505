package io.devicestatus.architecture;

import static io.devicestatus.architecture.Fixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

class DomainClockRuleTest {

    private final Fixture fixture = Fixture.named("domainclock");

    @Test
    void domain_reading_the_system_clock_is_reported() {
        assertThat(fixture.violations(fixture.purity().domainDoesNotReadTheClock()))
                .satisfiesExactlyInAnyOrder(
                        reading("instant()", "calls method <java.time.Instant.now()>"),
                        reading("today()", "calls method <java.time.LocalDate.now()>"),
                        reading("inZone()", "calls method <java.time.ZonedDateTime.now(java.time.ZoneId)>"),
                        reading("year()", "calls method <java.time.Year.now()>"),
                        reading("millis()", "calls method <java.lang.System.currentTimeMillis()>"),
                        reading("nanos()", "calls method <java.lang.System.nanoTime()>"),
                        reading("utc()", "calls method <java.time.Clock.systemUTC()>"),
                        reading("local()", "calls method <java.time.Clock.systemDefaultZone()>"),
                        reading("zoned()", "calls method <java.time.Clock.system(java.time.ZoneId)>"),
                        reading("ticking()", "calls method <java.time.Clock.tickSeconds(java.time.ZoneId)>"),
                        reading("tickingMillis()", "calls method <java.time.Clock.tickMillis(java.time.ZoneId)>"),
                        reading("tickingMinutes()", "calls method <java.time.Clock.tickMinutes(java.time.ZoneId)>"),
                        reading("source()", "calls method <java.time.InstantSource.system()>"),
                        reading("supplier()", "references method <java.time.Instant.now()>"),
                        reading("date()", "calls constructor <java.util.Date.<init>()>"));
    }

    @Test
    void time_from_an_injected_clock_and_the_composition_root_reading_the_clock_are_not_reported() {
        assertThat(fixture.violations(fixture.purity().domainDoesNotReadTheClock()))
                .noneMatch(detail -> detail.contains(fixture.type("domain.ClockInjectedStatus")))
                .noneMatch(detail -> detail.contains(fixture.type("app.Main")));
    }

    private ThrowingConsumer<String> reading(String method, String target) {
        return violation("Method <" + fixture.type("domain.ClockReadingStatus." + method) + ">", target);
    }
}
