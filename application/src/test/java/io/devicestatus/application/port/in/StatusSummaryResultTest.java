package io.devicestatus.application.port.in;

import static io.devicestatus.application.model.IosUpdateProperties.INSTALL_STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import java.util.HashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

class StatusSummaryResultTest {

    private static final List<String> SCOPES = List.of("app-1", "app-2");
    /** A state property and one of its values, typed as {@link StatusSummaryResult#count} takes them. */
    private static final List<Cell<?>> CELLS = List.of(
            new Cell<>(INSTALL_STATUS, IosUpdatesInstallStatus.SUCCESS),
            new Cell<>(INSTALL_STATUS, IosUpdatesInstallStatus.IDLE),
            new Cell<>(STATUS, ComplianceStatus.COMPLIANT),
            new Cell<>(STATUS, ComplianceStatus.ERROR));

    @Example
    void count_is_the_row_of_that_scope_property_and_value_by_wire_name() {
        var summary = new StatusSummaryResult<>(List.of(
                new StateCount<>("app-1", "status", "compliant", 3),
                new StateCount<>("app-1", "installStatus", "success", 4),
                new StateCount<>("app-2", "status", "compliant", 5),
                new StateCount<>("app-1", "status", "error", 6)));

        assertThat(summary.count("app-1", STATUS, ComplianceStatus.COMPLIANT)).isEqualTo(3);
        assertThat(summary.count("app-1", INSTALL_STATUS, IosUpdatesInstallStatus.SUCCESS))
                .isEqualTo(4);
        assertThat(summary.count("app-2", STATUS, ComplianceStatus.COMPLIANT)).isEqualTo(5);
        assertThat(summary.count("app-1", STATUS, ComplianceStatus.ERROR)).isEqualTo(6);
        assertThat(summary.count("app-2", STATUS, ComplianceStatus.ERROR)).isZero();
        assertThat(summary.count("app-3", STATUS, ComplianceStatus.COMPLIANT)).isZero();
        assertThat(summary.count("app-1", INSTALL_STATUS, IosUpdatesInstallStatus.IDLE))
                .isZero();
    }

    /** Every (scope, property, value) not listed counts 0, every listed one its count, whatever the others. */
    @net.jqwik.api.Property
    void count_finds_exactly_the_listed_rows(@ForAll("summaries") List<StateCount<String>> rows) {
        var summary = new StatusSummaryResult<>(rows);
        var expected = new HashMap<List<String>, Long>();
        rows.forEach(row -> expected.put(List.of(row.scope(), row.property(), row.value()), row.count()));

        for (var scope : SCOPES) {
            for (var cell : CELLS) {
                assertThat(cell.countIn(summary, scope))
                        .as("%s %s", scope, cell)
                        .isEqualTo(expected.getOrDefault(List.of(scope, cell.property.name(), cell.wireName()), 0L));
            }
        }
    }

    @Example
    void an_empty_summary_counts_nothing_and_says_so() {
        var empty = new StatusSummaryResult<String>(List.empty());

        assertThat(empty.count("app-1", STATUS, ComplianceStatus.COMPLIANT)).isZero();
        assertThat(empty).hasToString("no statuses");
    }

    @Example
    void it_prints_one_entry_per_count_without_vavr_wrappers() {
        var summary = new StatusSummaryResult<>(List.of(
                new StateCount<>("app-1", "installStatus", "success", 4),
                new StateCount<>("app-1", "status", "compliant", 3)));

        assertThat(summary).hasToString("app-1: installStatus=success 4, app-1: status=compliant 3");
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
                        Arbitraries.of(CELLS.toJavaList()),
                        Arbitraries.longs().between(1, 1_000_000))
                .as((scope, cell, count) -> new StateCount<>(scope, cell.property.name(), cell.wireName(), count));
        return row.list()
                .ofMaxSize(12)
                .uniqueElements(r -> List.of(r.scope(), r.property(), r.value()))
                .map(List::ofAll);
    }

    private record Cell<V>(Property<?, V> property, V value) {
        long countIn(StatusSummaryResult<String> summary, String scope) {
            return summary.count(scope, property, value);
        }

        String wireName() {
            return property.type().text(value);
        }
    }
}
