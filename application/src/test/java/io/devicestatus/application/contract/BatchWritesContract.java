package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * {@code writeAll}: writes applied in order, each seeing the ones before; a refused batch writes nothing (or, without
 * {@link StoreGuarantees#atomicWrites()}, what came before the refused write).
 */
abstract class BatchWritesContract<T, S, D> extends ContractPart<T, S, D> {

    BatchWritesContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    @Test
    void write_all_applies_in_order_and_answers_in_order() {
        var existing = right(repository().insert(status("id-0", scope(), 0, 0)));
        Seq<Write<T>> writes = List.of(
                new Write.Insert<>(status("id-2", scope(), 2, 0)),
                new Write.Update<>(status("id-0", scope(), 0, 1), existing.version()),
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-2", scope(), 2, 1), Versioned.FIRST),
                new Write.Update<>(status("id-2", scope(), 2, 2), 2));

        var stored = right(repository().writeAll(writes));

        assertThat(stored.map(Versioned::version)).containsExactly(1L, 2L, 1L, 2L, 3L);
        assertThat(stored.map(Versioned::value)).containsExactlyElementsOf(writes.map(Write::status));
        assertThat(right(repository().findById(scope(), "id-2"))).contains(stored.last());
        assertThat(right(repository().findById(scope(), "id-0"))).contains(stored.get(1));
    }

    @Test
    void write_all_of_nothing_writes_nothing() {
        assertThat(right(repository().writeAll(List.empty()))).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void write_all_within_a_batch_sees_its_own_earlier_writes() {
        Seq<Write<T>> writes = List.of(
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-1", scope(), 2, 1), Versioned.FIRST),
                new Write.Insert<>(status("id-2", scope(), 1, 0)));

        var stored = right(repository().writeAll(writes));

        assertThat(stored.map(Versioned::version)).containsExactly(1L, 2L, 1L);
        assertThat(right(repository().findByNaturalKey(key(status("x", scope(), 1, 0)))))
                .contains(stored.last());
    }

    @Test
    void a_refused_write_all_writes_none_of_its_writes() {
        var existing = right(repository().insert(status("id-0", scope(), 0, 0)));
        Seq<Write<T>> writes = List.of(
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-0", scope(), 0, 1), existing.version()),
                new Write.Insert<>(status("id-2", scope(), 2, 0)),
                new Write.Insert<>(status("id-3", scope(), 1, 0)));

        var error = left(repository().writeAll(writes));

        assertConflict(error, "id-1");
        if (guarantees().atomicWrites()) {
            assertThat(ids(listAll())).containsExactly("id-0");
            assertThat(right(repository().findById(scope(), "id-0"))).contains(existing);
            assertThat(right(repository().findByNaturalKey(key(status("x", scope(), 1, 0)))))
                    .isEmpty();
        } else {
            assertThat(ids(listAll())).as("the writes before the refused one").containsExactly("id-0", "id-1", "id-2");
            assertThat(right(repository().findById(scope(), "id-0")).map(Versioned::version))
                    .contains(2L);
        }
    }

    /** A long run of inserts, which an adapter may load its own way (PostgreSQL's COPY), refused at its end. */
    @Test
    void a_refused_long_run_of_inserts_names_the_holder_and_writes_none() {
        Seq<Write<T>> writes = List.range(0, 40)
                .<Write<T>>map(n -> new Write.Insert<>(status("id-" + n, scope(), n, 0)))
                .append(new Write.Insert<>(status("id-40", scope(), 7, 0)));

        var error = left(repository().writeAll(writes));

        assertConflict(error, "id-7");
        if (guarantees().atomicWrites()) {
            assertThat(listAll()).isEmpty();
        }
    }

    @Test
    void a_write_all_refused_for_a_stale_version_answers_the_version_mismatch_and_writes_nothing() {
        var one = right(repository().insert(status("id-1", scope(), 1, 0)));
        var two = right(repository().insert(status("id-2", scope(), 2, 0)));
        right(repository().update(status("id-2", scope(), 2, 1), two.version()));

        var error = left(repository()
                .writeAll(List.of(
                        new Write.Update<>(status("id-1", scope(), 1, 1), one.version()),
                        new Write.Update<>(status("id-2", scope(), 2, 2), two.version()))));

        assertVersionMismatch(error, "id-2", 1, 2);
        assertThat(right(repository().findById(scope(), "id-1")).map(Versioned::version))
                .contains(guarantees().atomicWrites() ? one.version() : one.version() + 1);
    }

    @Test
    void a_write_all_refused_for_a_missing_status_answers_not_found_and_writes_nothing() {
        var error = left(repository()
                .writeAll(List.of(
                        new Write.Insert<>(status("id-1", scope(), 1, 0)),
                        new Write.Update<>(status("id-2", scope(), 2, 1), Versioned.FIRST))));

        assertThat(error).isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-2"));
        assertThat(count()).isEqualTo(guarantees().atomicWrites() ? 0 : 1);
    }
}
