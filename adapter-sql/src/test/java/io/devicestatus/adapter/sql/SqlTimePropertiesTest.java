package io.devicestatus.adapter.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.GraphDateTime;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The two columns a {@link GraphDateTime} is stored in lose nothing over Graph's whole range and keep its order. */
class SqlTimePropertiesTest {

    @Property
    void a_time_survives_its_columns_to_the_100_ns_with_its_offset(@ForAll("times") GraphDateTime time) {
        var stored = SqlTime.time(SqlTime.ticks(time), SqlTime.offsetSeconds(time));

        assertThat(stored).isEqualTo(time);
        assertThat(stored.toString()).isEqualTo(time.toString());
    }

    @Property
    void ticks_order_as_instants_do_whatever_the_offsets(
            @ForAll("times") GraphDateTime a, @ForAll("times") GraphDateTime b) {
        assertThat(Long.signum(Long.compare(SqlTime.ticks(a), SqlTime.ticks(b))))
                .isEqualTo(Integer.signum(a.instant().compareTo(b.instant())));
    }

    @Provide
    Arbitrary<GraphDateTime> times() {
        var seconds = Arbitraries.longs()
                .between(GraphDateTime.EARLIEST.getEpochSecond(), GraphDateTime.LATEST.getEpochSecond());
        var ticks = Arbitraries.integers().between(0, 9_999_999);
        var offsets = Arbitraries.integers().between(-18 * 3600, 18 * 3600);
        var edges = Arbitraries.of(
                GraphDateTime.EARLIEST, GraphDateTime.LATEST, Instant.EPOCH, Instant.EPOCH.minusNanos(100));
        var anyInstant = Combinators.combine(seconds, ticks).as((s, t) -> Instant.ofEpochSecond(s, t * 100L));
        return Combinators.combine(
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(9, anyInstant), net.jqwik.api.Tuple.of(1, edges)),
                        offsets)
                .as((instant, offset) -> new GraphDateTime(instant.atOffset(ZoneOffset.ofTotalSeconds(offset))));
    }
}
