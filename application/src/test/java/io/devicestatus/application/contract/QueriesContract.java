package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.out.ListRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * What list, count and summary answer: the order of ids, each scope alone or every scope at once, exactly what each
 * filter passes, and state counts.
 */
abstract class QueriesContract<T, S, D> extends ContractPart<T, S, D> {

    QueriesContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    @Test
    void list_orders_by_id_as_string_compare_to_does_for_ascii_ids() {
        var ids = List.of("b-2", "B-1", "a-10", "a-9", "_x", "0-1", "Z", "a-1", "~", "A-1", "-");
        ids.zipWithIndex().forEach(p -> right(repository().insert(status(p._1, scope(), p._2, p._2))));

        assertThat(ids(listAll())).containsExactlyElementsOf(ids.sorted());
    }

    @Test
    void list_of_a_scope_holds_that_scope_only() {
        int n = 0;
        for (S scope : scopes()) {
            for (int i = 0; i < 4; i++, n++) {
                right(repository().insert(status(id(n), scope, n, n)));
            }
        }

        for (S scope : scopes()) {
            var listed = listAll(Option.some(scope), StatusFilter.any());
            assertThat(listed).hasSize(4);
            assertThat(listed.map(v -> kind().scope(v.value()))).containsOnly(scope);
        }
        if (guarantees().everyScope()) {
            assertThat(listAll()).hasSize(n);
        }
    }

    @Test
    void list_and_count_pass_exactly_what_each_filter_passes() {
        var stored = storeAMix();

        for (StatusFilter<D> filter : sampleFilters()) {
            for (Option<S> scope : queriedScopes()) {
                var expected = stored.filter(v ->
                                scope.forAll(kind().scope(v.value())::equals) && filter.test(kind().toDraft(v.value())))
                        .sortBy(v -> kind().id(v.value()));
                var description = filter + " in " + scope;

                assertThat(listAll(scope, filter)).as(description).containsExactlyElementsOf(expected);
                assertThat(right(repository().count(TENANT, scope, filter)))
                        .as(description)
                        .isEqualTo(expected.size());
                assertThat(pagedBy(3, scope, filter))
                        .as(description + ", by pages of 3")
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void the_sample_filters_tell_statuses_apart() {
        var stored = storeAMix();

        var passing = sampleFilters().map(filter -> stored.count(v -> filter.test(kind().toDraft(v.value()))));

        assertThat(passing)
                .as("some filter passes none, some all, some only part")
                .contains(0, stored.size());
        assertThat(passing.filter(n -> n > 0 && n < stored.size())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_store_that_cannot_query_every_scope_says_so_naming_the_scope() {
        assumeThat(guarantees().everyScope())
                .as("the store queries every scope")
                .isFalse();

        for (var answer : List.<Either<ApplicationError, ?>>of(
                repository().count(TENANT, Option.none(), StatusFilter.any()),
                repository().list(new ListRequest<>(TENANT, Option.none(), StatusFilter.any(), Option.none(), 10)),
                repository().summarize(TENANT, Option.none()))) {
            var error = left(answer);
            assertThat(error).isInstanceOf(ApplicationError.Invalid.class);
            assertThat(((ApplicationError.Invalid) error).violations().map(v -> v.field()))
                    .containsExactly("scope");
        }
    }

    // --- summary ---------------------------------------------------------------------------------------------------

    @Test
    void summary_counts_each_state_value_per_scope_and_leaves_out_values_nobody_has() {
        var stored = storeAMix();

        if (guarantees().everyScope()) {
            assertThat(right(repository().summarize(TENANT, Option.none())))
                    .containsExactlyInAnyOrderElementsOf(summaryOf(stored));
        }
        for (S scope : scopes()) {
            assertThat(right(repository().summarize(TENANT, Option.some(scope))))
                    .containsExactlyInAnyOrderElementsOf(
                            summaryOf(stored.filter(v -> kind().scope(v.value()).equals(scope))));
        }
    }

    @Test
    void summary_follows_updates_and_deletes() {
        var one = right(repository().insert(status("id-1", scope(), 1, 0)));
        right(repository().insert(status("id-2", scope(), 2, 0)));
        var three = right(repository().insert(status("id-3", scope(), 3, 0)));

        var changed = right(repository().update(status("id-1", scope(), 1, 1), one.version()));
        right(repository().delete(kind().scope(three.value()), kind().id(three.value()), Option.none()));

        assertThat(right(repository().summarize(TENANT, everyScope())))
                .containsExactlyInAnyOrderElementsOf(summaryOf(List.of(
                        changed, right(repository().findById(scope(), "id-2")).get())));
        assertThat(right(repository().summarize(TENANT, Option.some(scope())))
                        .map(StateCount::count)
                        .sum()
                        .longValue())
                .isEqualTo(2L * kind().stateProperties().size());
    }

    @Test
    void the_summary_of_an_empty_store_is_empty() {
        assertThat(right(repository().summarize(TENANT, everyScope()))).isEmpty();
        assertThat(right(repository().summarize(TENANT, Option.some(scope())))).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Seq<StateCount<S>> summaryOf(Seq<Versioned<T>> stored) {
        return stored.flatMap(v -> kind().stateValues(v.value())
                        .map(state -> io.vavr.Tuple.of(kind().scope(v.value()), state._1, state._2)))
                .groupBy(t -> t)
                .map(group -> new StateCount<>(group._1._1, group._1._2, group._1._3, group._2.size()))
                .toList();
    }
}
