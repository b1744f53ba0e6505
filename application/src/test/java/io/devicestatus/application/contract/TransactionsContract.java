package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Units of work of the {@code TransactionPort}: commit on {@code Right}, undo on {@code Left} or an exception (or,
 * without {@link StoreGuarantees#atomicWrites()}, keep what was written), nesting, reading the unit's own writes.
 */
abstract class TransactionsContract<T, S, D> extends ContractPart<T, S, D> {

    TransactionsContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    @Test
    void a_unit_of_work_that_answers_right_commits_all_its_writes() {
        var answer = transactions()
                .inTransaction(() -> repository()
                        .insert(status("id-1", scope(), 1, 0))
                        .flatMap(one -> repository().insert(status("id-2", scope(), 2, 0)))
                        .map(two -> "done"));

        assertThat(answer).isEqualTo(Either.right("done"));
        assertThat(ids(listAll())).containsExactly("id-1", "id-2");
    }

    @Test
    void a_unit_of_work_that_answers_left_undoes_its_inserts_updates_and_deletes() {
        var kept = right(repository().insert(status("id-1", scope(), 1, 0)));
        var doomed = right(repository().insert(status("id-2", scope(), 2, 0)));
        var refusal = new ApplicationError.Unavailable("the work gave up");

        var answer = transactions().<String>inTransaction(() -> {
            right(repository().insert(status("id-3", scope(), 3, 0)));
            right(repository().update(status("id-1", scope(), 4, 1), kept.version()));
            right(repository().delete(scope(), "id-2", Option.none()));
            return Either.left(refusal);
        });

        assertThat(answer).isEqualTo(Either.left(refusal));
        assertUndoneOrKept(kept, doomed);
    }

    @Test
    void a_unit_of_work_that_throws_undoes_its_writes_and_the_exception_goes_on() {
        var kept = right(repository().insert(status("id-1", scope(), 1, 0)));
        var doomed = right(repository().insert(status("id-2", scope(), 2, 0)));
        var boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    right(repository().insert(status("id-3", scope(), 3, 0)));
                    right(repository().update(status("id-1", scope(), 4, 1), kept.version()));
                    right(repository().delete(scope(), "id-2", Option.none()));
                    throw boom;
                }))
                .isSameAs(boom);

        assertUndoneOrKept(kept, doomed);
    }

    @Test
    void a_refused_write_inside_a_unit_of_work_changes_nothing_and_the_unit_goes_on() {
        right(repository().insert(status("id-1", scope(), 1, 0)));

        var answer = transactions().inTransaction(() -> {
            right(repository().insert(status("id-2", scope(), 2, 0)));
            var refused = repository()
                    .writeAll(List.of(
                            new Write.Insert<>(status("id-3", scope(), 3, 0)),
                            new Write.Insert<>(status("id-4", scope(), 1, 0))));
            assertThat(refused.isLeft())
                    .as("the second insert takes a held key")
                    .isTrue();
            return repository().insert(status("id-5", scope(), 5, 0));
        });

        assertThat(answer.isRight()).isTrue();
        assertThat(ids(listAll()))
                .containsExactlyElementsOf(
                        guarantees().atomicWrites()
                                ? List.of("id-1", "id-2", "id-5")
                                : List.of("id-1", "id-2", "id-3", "id-5"));
    }

    @Test
    void a_nested_unit_of_work_joins_the_outer_one() {
        var committed = transactions()
                .inTransaction(() ->
                        transactions().inTransaction(() -> repository().insert(status("id-1", scope(), 1, 0))));
        assertThat(committed.isRight()).isTrue();

        var refusal = new ApplicationError.Unavailable("the outer work gave up");
        var undone = transactions().<String>inTransaction(() -> {
            var inner = transactions().inTransaction(() -> repository().insert(status("id-2", scope(), 2, 0)));
            assertThat(inner.isRight()).isTrue();
            return Either.left(refusal);
        });

        assertThat(undone).isEqualTo(Either.left(refusal));
        assertThat(ids(listAll()))
                .as("the inner insert went with the outer unit")
                .containsExactlyElementsOf(guarantees().atomicWrites() ? List.of("id-1") : List.of("id-1", "id-2"));
    }

    @Test
    void a_unit_of_work_reads_its_own_writes() {
        var answer = transactions().inTransaction(() -> {
            var inserted = right(repository().insert(status("id-1", scope(), 1, 0)));
            return repository()
                    .findByNaturalKey(key(inserted.value()))
                    .map(found -> found.contains(inserted)
                            && right(repository().findById(scope(), "id-1")).contains(inserted));
        });

        assertThat(answer).isEqualTo(Either.right(true));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** After a failed unit of work: undone when the store is atomic, else what the unit wrote is there. */
    private void assertUndoneOrKept(Versioned<T> kept, Versioned<T> doomed) {
        if (guarantees().atomicWrites()) {
            assertUnchanged(kept, doomed);
        } else {
            assertThat(ids(listAll()))
                    .as("the unit's insert and update stayed, its delete too")
                    .containsExactly("id-1", "id-3");
            assertThat(right(repository().findById(scope(), "id-1")).map(Versioned::version))
                    .contains(kept.version() + 1);
        }
    }

    private void assertUnchanged(Versioned<T> kept, Versioned<T> doomed) {
        assertThat(ids(listAll())).containsExactly(kind().id(kept.value()), kind().id(doomed.value()));
        assertThat(right(repository().findById(kind().scope(kept.value()), kind().id(kept.value()))))
                .contains(kept);
        assertThat(right(repository().findById(kind().scope(doomed.value()), kind().id(doomed.value()))))
                .contains(doomed);
        assertThat(right(repository().findByNaturalKey(key(kept.value())))).contains(kept);
        assertThat(right(repository().findByNaturalKey(key(doomed.value())))).contains(doomed);
        assertThat(right(repository().findByNaturalKey(key(status("x", scope(), 3, 0)))))
                .isEmpty();
        assertThat(right(repository().findByNaturalKey(key(status("x", scope(), 4, 0)))))
                .isEmpty();
    }
}
