package io.devicestatus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ImportSummaryResultTest {

    @Property
    void the_total_is_every_item_read_whatever_its_outcome(
            @ForAll @LongRange(max = 1L << 40) long created,
            @ForAll @LongRange(max = 1L << 40) long advanced,
            @ForAll @LongRange(max = 1L << 40) long unchanged,
            @ForAll @LongRange(max = 1L << 40) long rejected) {
        var summary = new ImportSummaryResult(created, advanced, unchanged, rejected);

        assertThat(summary.total()).isEqualTo(created + advanced + unchanged + rejected);
        assertThat(new ImportSummaryResult(created + 1, advanced, unchanged, rejected).total())
                .isEqualTo(summary.total() + 1);
        assertThat(new ImportSummaryResult(created, advanced, unchanged, rejected + 1).total())
                .isEqualTo(summary.total() + 1);
    }

    @Example
    void an_empty_import_totals_zero() {
        assertThat(new ImportSummaryResult(0, 0, 0, 0).total()).isZero();
    }

    @Example
    void each_outcome_counts_once() {
        assertThat(new ImportSummaryResult(1, 0, 0, 0).total()).isEqualTo(1);
        assertThat(new ImportSummaryResult(0, 1, 0, 0).total()).isEqualTo(1);
        assertThat(new ImportSummaryResult(0, 0, 1, 0).total()).isEqualTo(1);
        assertThat(new ImportSummaryResult(0, 0, 0, 1).total()).isEqualTo(1);
    }
}
