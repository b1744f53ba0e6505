package io.devicestatus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.application.model.StateCount;
import io.vavr.collection.List;
import java.util.HashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StatusSummaryResultTest {

    private static final List<String> SCOPES = List.of("app-1", "app-2");
    private static final List<String> PROPERTIES = List.of("installStatus", "status");
    private static final List<String> VALUES = List.of("success", "idle", "compliant");

    @Example
    void count_is_the_row_of_that_scope_property_and_value() {
        var summary = new StatusSummaryResult<>(List.of(
                new StateCount<>("app-1", "status", "compliant", 3),
                new StateCount<>("app-1", "installStatus", "compliant", 4),
                new StateCount<>("app-2", "status", "compliant", 5),
                new StateCount<>("app-1", "status", "error", 6)));

        assertThat(summary.count("app-1", "status", "compliant")).isEqualTo(3);
        assertThat(summary.count("app-1", "installStatus", "compliant")).isEqualTo(4);
        assertThat(summary.count("app-2", "status", "compliant")).isEqualTo(5);
        assertThat(summary.count("app-1", "status", "error")).isEqualTo(6);
        assertThat(summary.count("app-2", "status", "error")).isZero();
        assertThat(summary.count("app-3", "status", "compliant")).isZero();
    }

    /** Every (scope, property, value) not listed counts 0, every listed one its count, whatever the others. */
    @Property
    void count_finds_exactly_the_listed_rows(@ForAll("summaries") List<StateCount<String>> rows) {
        var summary = new StatusSummaryResult<>(rows);
        var expected = new HashMap<List<String>, Long>();
        rows.forEach(row -> expected.put(List.of(row.scope(), row.property(), row.value()), row.count()));

        for (var scope : SCOPES) {
            for (var property : PROPERTIES) {
                for (var value : VALUES) {
                    assertThat(summary.count(scope, property, value))
                            .as("%s %s %s", scope, property, value)
                            .isEqualTo(expected.getOrDefault(List.of(scope, property, value), 0L));
                }
            }
        }
    }

    @Example
    void an_empty_summary_counts_nothing() {
        assertThat(new StatusSummaryResult<String>(List.empty()).count("app-1", "status", "compliant"))
                .isZero();
    }

    @Example
    void counts_are_required() {
        assertThatNullPointerException().isThrownBy(() -> new StatusSummaryResult<String>(null));
    }

    /** Rows with distinct keys, as a summary lists them. */
    @Provide
    Arbitrary<List<StateCount<String>>> summaries() {
        Arbitrary<StateCount<String>> row = Combinators.combine(
                        Arbitraries.of(SCOPES.toJavaList()),
                        Arbitraries.of(PROPERTIES.toJavaList()),
                        Arbitraries.of(VALUES.toJavaList()),
                        Arbitraries.longs().between(1, 1_000_000))
                .as(StateCount::new);
        return row.list()
                .ofMaxSize(12)
                .uniqueElements(r -> List.of(r.scope(), r.property(), r.value()))
                .map(List::ofAll);
    }
}
