package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GraphDateTimePropertiesTest {

    @Property
    void text_form_round_trips_exactly(@ForAll("graphTimes") OffsetDateTime time) {
        GraphDateTime value = new GraphDateTime(time);

        GraphDateTime reparsed = GraphDateTime.parse("f", value.toString()).get();

        assertThat(reparsed).isEqualTo(value);
        assertThat(reparsed.instant()).isEqualTo(time.toInstant());
    }

    @Property
    void values_finer_than_100_ns_are_refused(
            @ForAll("graphTimes") OffsetDateTime time, @ForAll("subTick") int extraNanos) {
        OffsetDateTime tooPrecise = time.withNano(time.getNano() / 1000 * 1000 + extraNanos);

        assertThat(GraphDateTime.of("f", tooPrecise).isInvalid()).isTrue();
    }

    @Provide
    Arbitrary<OffsetDateTime> graphTimes() {
        Arbitrary<Long> seconds = Arbitraries.longs()
                .between(
                        Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9998-12-31T00:00:00Z").getEpochSecond());
        Arbitrary<Integer> ticks = Arbitraries.integers().between(0, 9_999_999);
        Arbitrary<Integer> offsetMinutes = Arbitraries.integers().between(-14 * 60, 14 * 60);
        return Combinators.combine(seconds, ticks, offsetMinutes)
                .as((s, t, m) -> Instant.ofEpochSecond(s, t * 100L).atOffset(ZoneOffset.ofTotalSeconds(m * 60)))
                .filter(time -> time.getYear() >= 1);
    }

    @Provide
    Arbitrary<Integer> subTick() {
        return Arbitraries.integers().between(1, 99);
    }
}
