package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link StatusRepository} and its {@link TransactionPort} must show, whatever the status type:
 * the shared part of the contract kit. Extend the per-type suite ({@link IosUpdateStatusRepositoryContract}, ...),
 * not this class.
 *
 * <p>Statuses come from {@link #status(String, Object, int, int)}: {@code device} picks the natural key (the same
 * device in the same scope is the same key; a negative one gives none), {@code variant} the state values and report
 * time. Every test starts from {@link #newPorts()}: an empty store.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <F> its list filter
 */
public abstract class StatusRepositoryContract<T, S, F extends StatusFilter<T>> {

    /** Large enough to list every status a test stores in one page, small enough for any store's LIMIT. */
    private static final int ONE_PAGE = 1_000;

    private StatusRepository<T, S, F> repository;
    private TransactionPort transactions;
    private ExecutorService threads;

    /** A repository over an empty store, and the transactions of that store. Called before every test. */
    protected abstract PortsUnderTest<? extends StatusRepository<T, S, F>> newPorts();

    protected abstract StatusKind<T, S, ?, F> kind();

    /** Distinct scopes, at least one; the first is where single-scope tests write. */
    protected abstract Seq<S> scopes();

    /**
     * A valid status. Equal arguments give equal statuses; statuses of the same {@code device} (when not negative)
     * and scope have the same natural key, of different devices different keys; a negative {@code device} gives a
     * status without natural key. Different {@code variant}s give different state values and report times.
     */
    protected abstract T status(String id, S scope, int device, int variant);

    /** Filters to check list and count against {@link StatusFilter#test}: each kind of match on each property. */
    protected abstract Seq<F> sampleFilters();

    @BeforeEach
    void openPorts() {
        var ports = newPorts();
        repository = ports.repository();
        transactions = ports.transactions();
        assertThat(right(repository.count(Option.none(), kind().anyFilter())))
                .as("newPorts() must answer an empty store").isZero();
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        if (threads != null) {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).as("writer threads ended").isTrue();
        }
    }

    // --- insert and find -------------------------------------------------------------------------------------------

    @Test
    void an_inserted_status_is_found_by_id_at_version_1_equal_to_what_was_written() {
        var status = status("id-1", scope(), 1, 0);

        var inserted = right(repository.insert(status));

        assertThat(inserted).isEqualTo(new Versioned<>(status, Versioned.FIRST));
        assertThat(right(repository.findById("id-1"))).contains(inserted);
    }

    @Test
    void every_scope_and_every_variant_round_trips_unchanged() {
        var written = new ArrayList<T>();
        int id = 0;
        for (S scope : scopes()) {
            for (int variant = 0; variant < 30; variant++) {
                var status = status(id(id), scope, id, variant);
                written.add(status);
                right(repository.insert(status));
                id++;
            }
        }

        for (T status : written) {
            assertThat(right(repository.findById(kind().id(status))).map(Versioned::value)).contains(status);
        }
    }

    @Test
    void an_unknown_id_is_not_found() {
        right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository.findById("id-2"))).isEmpty();
        assertThat(right(repository.findById("ID-1"))).as("ids are case-sensitive").isEmpty();
    }

    @Test
    void ids_that_differ_only_in_case_are_different_statuses() {
        right(repository.insert(status("a-1", scope(), 1, 0)));
        right(repository.insert(status("A-1", scope(), 2, 1)));

        assertThat(right(repository.findById("a-1")).map(v -> kind().id(v.value()))).contains("a-1");
        assertThat(right(repository.findById("A-1")).map(v -> kind().id(v.value()))).contains("A-1");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void inserting_a_taken_id_is_a_conflict_and_keeps_the_stored_status() {
        var first = right(repository.insert(status("id-1", scope(), 1, 0)));

        var error = left(repository.insert(status("id-1", scope(), 2, 1)));

        assertConflict(error, "id-1");
        assertThat(right(repository.findById("id-1"))).contains(first);
        assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 2, 0))))).isEmpty();
    }

    @Test
    void inserting_a_taken_natural_key_is_a_conflict_naming_the_holder_and_stores_nothing() {
        var first = right(repository.insert(status("id-1", scope(), 1, 0)));

        var error = left(repository.insert(status("id-2", scope(), 1, 1)));

        assertConflict(error, "id-1");
        assertThat(error.message()).contains(kind().graphType());
        assertThat(right(repository.findById("id-2"))).isEmpty();
        assertThat(right(repository.findByNaturalKey(key(first.value())))).contains(first);
    }

    @Test
    void statuses_without_a_natural_key_never_conflict_with_each_other() {
        right(repository.insert(status("id-1", scope(), -1, 0)));
        right(repository.insert(status("id-2", scope(), -1, 0)));

        assertThat(count()).isEqualTo(2);
    }

    @Test
    void the_same_key_properties_in_another_scope_are_another_key() {
        assumeThat(scopes().size()).as("this status type has a single scope").isGreaterThan(1);

        for (S scope : scopes()) {
            right(repository.insert(status("id-" + scopes().indexOf(scope), scope, 1, 0)));
        }

        assertThat(count()).isEqualTo(scopes().size());
        for (S scope : scopes()) {
            assertThat(right(repository.findByNaturalKey(key(status("x", scope, 1, 0)))).map(v -> kind().scope(v.value())))
                    .contains(scope);
        }
    }

    @Test
    void find_by_natural_keys_answers_the_held_keys_only_at_their_current_version() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));
        var two = right(repository.insert(status("id-2", scope(), 2, 0)));
        var twoAgain = right(repository.update(status("id-2", scope(), 2, 1), two.version()));
        var nobody = key(status("x", scope(), 3, 0));

        var found = right(repository.findByNaturalKeys(HashSet.of(key(one.value()), key(two.value()), nobody)));

        assertThat(found.toJavaMap()).containsOnly(
                java.util.Map.entry(key(one.value()), one), java.util.Map.entry(key(twoAgain.value()), twoAgain));
        assertThat(right(repository.findByNaturalKeys(HashSet.empty())).isEmpty()).isTrue();
    }

    @Test
    void find_by_natural_keys_holds_many_keys_at_once() {
        var stored = List.range(0, 600).map(n -> right(repository.insert(status(id(n), scope(), n, n))));
        var keys = stored.map(v -> key(v.value())).toSet().addAll(
                List.range(600, 700).map(n -> key(status("x", scope(), n, 0))));

        var found = right(repository.findByNaturalKeys(keys));

        assertThat(found.size()).isEqualTo(600);
        stored.forEach(v -> assertThat(found.get(key(v.value()))).contains(v));
    }

    // --- update ----------------------------------------------------------------------------------------------------

    @Test
    void an_update_at_the_expected_version_replaces_the_status_and_bumps_the_version() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));
        var changed = status("id-1", scope(), 1, 5);

        var updated = right(repository.update(changed, stored.version()));

        assertThat(updated).isEqualTo(new Versioned<>(changed, 2));
        assertThat(right(repository.findById("id-1"))).contains(updated);
        assertThat(right(repository.findByNaturalKey(key(changed)))).contains(updated);
    }

    @Test
    void versions_grow_by_one_with_every_update() {
        var current = right(repository.insert(status("id-1", scope(), 1, 0)));
        for (int variant = 1; variant <= 10; variant++) {
            current = right(repository.update(status("id-1", scope(), 1, variant), current.version()));
            assertThat(current.version()).isEqualTo(variant + 1L);
        }
        assertThat(right(repository.findById("id-1"))).contains(current);
    }

    @Test
    void an_update_at_another_version_is_a_version_mismatch_naming_both_and_changes_nothing() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));
        var current = right(repository.update(status("id-1", scope(), 1, 1), stored.version()));

        var error = left(repository.update(status("id-1", scope(), 1, 2), stored.version()));

        assertVersionMismatch(error, "id-1", 1, 2);
        assertThat(right(repository.findById("id-1"))).contains(current);
        assertThat(left(repository.update(status("id-1", scope(), 1, 2), 3))).isInstanceOf(
                ApplicationError.VersionMismatch.class);
    }

    @Test
    void an_update_of_a_missing_status_is_not_found_and_stores_nothing() {
        var error = left(repository.update(status("id-1", scope(), 1, 0), Versioned.FIRST));

        assertThat(error).isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-1"));
        assertThat(count()).isZero();
    }

    @Test
    void an_update_onto_another_statuss_natural_key_is_a_conflict_and_changes_nothing() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));
        var two = right(repository.insert(status("id-2", scope(), 2, 0)));

        var error = left(repository.update(status("id-2", scope(), 1, 1), two.version()));

        assertConflict(error, "id-1");
        assertThat(right(repository.findById("id-2"))).contains(two);
        assertThat(right(repository.findByNaturalKey(key(one.value())))).contains(one);
    }

    @Test
    void an_update_that_moves_the_natural_key_frees_the_old_one() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));

        var moved = right(repository.update(status("id-1", scope(), 2, 1), one.version()));

        assertThat(right(repository.findByNaturalKey(key(one.value())))).isEmpty();
        assertThat(right(repository.findByNaturalKey(key(moved.value())))).contains(moved);
        assertThat(right(repository.insert(status("id-2", scope(), 1, 0))).version()).isEqualTo(Versioned.FIRST);
    }

    @Test
    void an_update_may_drop_the_natural_key_and_take_it_back() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));

        var keyless = right(repository.update(status("id-1", scope(), -1, 1), one.version()));
        assertThat(right(repository.findByNaturalKey(key(one.value())))).isEmpty();

        var keyed = right(repository.update(status("id-1", scope(), 1, 2), keyless.version()));
        assertThat(right(repository.findByNaturalKey(key(one.value())))).contains(keyed);
    }

    // --- writeAll --------------------------------------------------------------------------------------------------

    @Test
    void write_all_applies_in_order_and_answers_in_order() {
        var existing = right(repository.insert(status("id-0", scope(), 0, 0)));
        Seq<Write<T>> writes = List.of(
                new Write.Insert<>(status("id-2", scope(), 2, 0)),
                new Write.Update<>(status("id-0", scope(), 0, 1), existing.version()),
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-2", scope(), 2, 1), Versioned.FIRST),
                new Write.Update<>(status("id-2", scope(), 2, 2), 2));

        var stored = right(repository.writeAll(writes));

        assertThat(stored.map(Versioned::version)).containsExactly(1L, 2L, 1L, 2L, 3L);
        assertThat(stored.map(Versioned::value)).containsExactlyElementsOf(writes.map(Write::status));
        assertThat(right(repository.findById("id-2"))).contains(stored.last());
        assertThat(right(repository.findById("id-0"))).contains(stored.get(1));
    }

    @Test
    void write_all_of_nothing_writes_nothing() {
        assertThat(right(repository.writeAll(List.empty()))).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void write_all_within_a_batch_sees_its_own_earlier_writes() {
        Seq<Write<T>> writes = List.of(
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-1", scope(), 2, 1), Versioned.FIRST),
                new Write.Insert<>(status("id-2", scope(), 1, 0)));

        var stored = right(repository.writeAll(writes));

        assertThat(stored.map(Versioned::version)).containsExactly(1L, 2L, 1L);
        assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 1, 0))))).contains(stored.last());
    }

    @Test
    void a_refused_write_all_writes_none_of_its_writes() {
        var existing = right(repository.insert(status("id-0", scope(), 0, 0)));
        Seq<Write<T>> writes = List.of(
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-0", scope(), 0, 1), existing.version()),
                new Write.Insert<>(status("id-2", scope(), 2, 0)),
                new Write.Insert<>(status("id-3", scope(), 1, 0)));

        var error = left(repository.writeAll(writes));

        assertConflict(error, "id-1");
        assertThat(ids(listAll())).containsExactly("id-0");
        assertThat(right(repository.findById("id-0"))).contains(existing);
        assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 1, 0))))).isEmpty();
    }

    @Test
    void a_write_all_refused_for_a_stale_version_answers_the_version_mismatch_and_writes_nothing() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));
        var two = right(repository.insert(status("id-2", scope(), 2, 0)));
        right(repository.update(status("id-2", scope(), 2, 1), two.version()));

        var error = left(repository.writeAll(List.of(
                new Write.Update<>(status("id-1", scope(), 1, 1), one.version()),
                new Write.Update<>(status("id-2", scope(), 2, 2), two.version()))));

        assertVersionMismatch(error, "id-2", 1, 2);
        assertThat(right(repository.findById("id-1"))).contains(one);
    }

    @Test
    void a_write_all_refused_for_a_missing_status_answers_not_found_and_writes_nothing() {
        var error = left(repository.writeAll(List.of(
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-2", scope(), 2, 1), Versioned.FIRST))));

        assertThat(error).isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-2"));
        assertThat(count()).isZero();
    }

    // --- delete ----------------------------------------------------------------------------------------------------

    @Test
    void delete_answers_the_removed_status_and_frees_its_id_and_key() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository.delete("id-1", Option.none()))).isEqualTo(stored);

        assertThat(right(repository.findById("id-1"))).isEmpty();
        assertThat(right(repository.findByNaturalKey(key(stored.value())))).isEmpty();
        assertThat(right(repository.insert(status("id-1", scope(), 1, 3)))).isEqualTo(
                new Versioned<>(status("id-1", scope(), 1, 3), Versioned.FIRST));
    }

    @Test
    void delete_of_a_missing_status_is_not_found() {
        right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(left(repository.delete("id-2", Option.none())))
                .isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-2"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void delete_at_another_version_is_a_version_mismatch_and_keeps_the_status() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));
        var current = right(repository.update(status("id-1", scope(), 1, 1), stored.version()));

        assertVersionMismatch(left(repository.delete("id-1", Option.some(1L))), "id-1", 1, 2);
        assertThat(right(repository.findById("id-1"))).contains(current);

        assertThat(right(repository.delete("id-1", Option.some(2L)))).isEqualTo(current);
        assertThat(count()).isZero();
    }

    // --- list ------------------------------------------------------------------------------------------------------

    @Test
    void list_orders_by_id_as_string_compare_to_does_for_ascii_ids() {
        var ids = List.of("b-2", "B-1", "a-10", "a-9", "_x", "0-1", "Z", "a-1", "~", "A-1", "-");
        ids.zipWithIndex().forEach(p -> right(repository.insert(status(p._1, scope(), p._2, p._2))));

        assertThat(ids(listAll())).containsExactlyElementsOf(ids.sorted());
    }

    @Test
    void list_honours_the_limit_and_starts_after_the_given_id_even_a_missing_one() {
        List.range(0, 20).forEach(n -> right(repository.insert(status(id(n * 2), scope(), n, n))));

        assertThat(ids(list(Option.none(), kind().anyFilter(), Option.none(), 3)))
                .containsExactly(id(0), id(2), id(4));
        assertThat(ids(list(Option.none(), kind().anyFilter(), Option.some(id(4)), 2)))
                .containsExactly(id(6), id(8));
        assertThat(ids(list(Option.none(), kind().anyFilter(), Option.some(id(5)), 2)))
                .as("after an id nobody has").containsExactly(id(6), id(8));
        assertThat(ids(list(Option.none(), kind().anyFilter(), Option.some(id(38)), 5))).isEmpty();
        assertThat(ids(list(Option.none(), kind().anyFilter(), Option.some(""), 1))).containsExactly(id(0));
    }

    @Test
    void list_of_a_scope_holds_that_scope_only() {
        int n = 0;
        for (S scope : scopes()) {
            for (int i = 0; i < 4; i++, n++) {
                right(repository.insert(status(id(n), scope, n, n)));
            }
        }

        for (S scope : scopes()) {
            var listed = listAll(Option.some(scope), kind().anyFilter());
            assertThat(listed).hasSize(4);
            assertThat(listed.map(v -> kind().scope(v.value()))).containsOnly(scope);
        }
        assertThat(listAll()).hasSize(n);
    }

    @Test
    void paging_neither_repeats_nor_skips_while_statuses_are_inserted_and_deleted_between_pages() {
        // Even ids are there from the start; odd ids arrive between pages, some behind the cursor, some ahead.
        List.range(0, 50).forEach(n -> right(repository.insert(status(id(2 * n), scope(), 2 * n, n))));
        var seen = new ArrayList<String>();
        var insertedAhead = new ArrayList<String>();
        var insertedBehind = new ArrayList<String>();
        var deleted = new ArrayList<String>();
        Option<String> after = Option.none();
        for (int page = 0; page < 100; page++) {
            var ids = ids(list(Option.none(), kind().anyFilter(), after, 7));
            if (ids.isEmpty()) {
                break;
            }
            seen.addAll(ids.asJava());
            after = Option.some(ids.last());
            int last = Integer.parseInt(ids.last().substring(3));
            insertOdd(last - 3).forEach(insertedBehind::add);
            if (last + 5 < 100) {
                insertOdd(last + 5).forEach(insertedAhead::add);
            }
            var doomed = id((last + 4) & ~1);
            if (right(repository.findById(doomed)).isDefined()) {
                right(repository.delete(doomed, Option.none()));
                deleted.add(doomed);
            }
        }

        assertThat(seen).as("strictly ascending, so no repeats").isSortedAccordingTo(String::compareTo)
                .doesNotHaveDuplicates();
        assertThat(seen).containsAll(insertedAhead).doesNotContainAnyElementsOf(insertedBehind)
                .doesNotContainAnyElementsOf(deleted);
        var there = List.range(0, 50).map(n -> id(2 * n)).removeAll(deleted);
        assertThat(seen).as("every status that stayed was seen").containsAll(there);
        assertThat(seen).hasSize(there.size() + insertedAhead.size());
    }

    @Test
    void list_and_count_pass_exactly_what_each_filter_passes() {
        var stored = storeAMix();

        for (F filter : sampleFilters()) {
            for (Option<S> scope : scopes().map(Option::some).prepend(Option.none())) {
                var expected = stored.filter(v -> scope.forAll(kind().scope(v.value())::equals)
                        && filter.test(v.value())).sortBy(v -> kind().id(v.value()));
                var description = filter + " in " + scope;

                assertThat(listAll(scope, filter)).as(description).containsExactlyElementsOf(expected);
                assertThat(right(repository.count(scope, filter))).as(description).isEqualTo(expected.size());
                assertThat(pagedBy(3, scope, filter)).as(description + ", by pages of 3")
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void the_sample_filters_tell_statuses_apart() {
        var stored = storeAMix();

        var passing = sampleFilters().map(filter -> stored.count(v -> filter.test(v.value())));

        assertThat(passing).as("some filter passes none, some all, some only part").contains(0, stored.size());
        assertThat(passing.filter(n -> n > 0 && n < stored.size())).hasSizeGreaterThanOrEqualTo(3);
    }

    // --- summary ---------------------------------------------------------------------------------------------------

    @Test
    void summary_counts_each_state_value_per_scope_and_leaves_out_values_nobody_has() {
        var stored = storeAMix();

        assertThat(right(repository.summarize(Option.none()))).containsExactlyInAnyOrderElementsOf(summaryOf(stored));
        for (S scope : scopes()) {
            assertThat(right(repository.summarize(Option.some(scope)))).containsExactlyInAnyOrderElementsOf(
                    summaryOf(stored.filter(v -> kind().scope(v.value()).equals(scope))));
        }
    }

    @Test
    void summary_follows_updates_and_deletes() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));
        right(repository.insert(status("id-2", scope(), 2, 0)));
        var three = right(repository.insert(status("id-3", scope(), 3, 0)));

        var changed = right(repository.update(status("id-1", scope(), 1, 1), one.version()));
        right(repository.delete(kind().id(three.value()), Option.none()));

        assertThat(right(repository.summarize(Option.none()))).containsExactlyInAnyOrderElementsOf(
                summaryOf(List.of(changed, right(repository.findById("id-2")).get())));
        assertThat(right(repository.summarize(Option.some(scope()))).map(StateCount::count).sum().longValue())
                .isEqualTo(2L * kind().stateProperties().size());
    }

    @Test
    void the_summary_of_an_empty_store_is_empty() {
        assertThat(right(repository.summarize(Option.none()))).isEmpty();
        assertThat(right(repository.summarize(Option.some(scope())))).isEmpty();
    }

    // --- transactions ----------------------------------------------------------------------------------------------

    @Test
    void a_unit_of_work_that_answers_right_commits_all_its_writes() {
        var answer = transactions.inTransaction(() -> repository.insert(status("id-1", scope(), 1, 0))
                .flatMap(one -> repository.insert(status("id-2", scope(), 2, 0)))
                .map(two -> "done"));

        assertThat(answer).isEqualTo(Either.right("done"));
        assertThat(ids(listAll())).containsExactly("id-1", "id-2");
    }

    @Test
    void a_unit_of_work_that_answers_left_undoes_its_inserts_updates_and_deletes() {
        var kept = right(repository.insert(status("id-1", scope(), 1, 0)));
        var doomed = right(repository.insert(status("id-2", scope(), 2, 0)));
        var refusal = new ApplicationError.Unavailable("the work gave up");

        var answer = transactions.<String>inTransaction(() -> {
            right(repository.insert(status("id-3", scope(), 3, 0)));
            right(repository.update(status("id-1", scope(), 4, 1), kept.version()));
            right(repository.delete("id-2", Option.none()));
            return Either.left(refusal);
        });

        assertThat(answer).isEqualTo(Either.left(refusal));
        assertUnchanged(kept, doomed);
    }

    @Test
    void a_unit_of_work_that_throws_undoes_its_writes_and_the_exception_goes_on() {
        var kept = right(repository.insert(status("id-1", scope(), 1, 0)));
        var doomed = right(repository.insert(status("id-2", scope(), 2, 0)));
        var boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            right(repository.insert(status("id-3", scope(), 3, 0)));
            right(repository.update(status("id-1", scope(), 4, 1), kept.version()));
            right(repository.delete("id-2", Option.none()));
            throw boom;
        })).isSameAs(boom);

        assertUnchanged(kept, doomed);
    }

    @Test
    void a_refused_write_inside_a_unit_of_work_changes_nothing_and_the_unit_goes_on() {
        right(repository.insert(status("id-1", scope(), 1, 0)));

        var answer = transactions.inTransaction(() -> {
            right(repository.insert(status("id-2", scope(), 2, 0)));
            var refused = repository.writeAll(List.of(new Write.Insert<>(status("id-3", scope(), 3, 0)),
                    new Write.Insert<>(status("id-4", scope(), 1, 0))));
            assertThat(refused.isLeft()).as("the second insert takes a held key").isTrue();
            return repository.insert(status("id-5", scope(), 5, 0));
        });

        assertThat(answer.isRight()).isTrue();
        assertThat(ids(listAll())).containsExactly("id-1", "id-2", "id-5");
    }

    @Test
    void a_nested_unit_of_work_joins_the_outer_one() {
        var committed = transactions.inTransaction(() -> transactions.inTransaction(
                () -> repository.insert(status("id-1", scope(), 1, 0))));
        assertThat(committed.isRight()).isTrue();

        var refusal = new ApplicationError.Unavailable("the outer work gave up");
        var undone = transactions.<String>inTransaction(() -> {
            var inner = transactions.inTransaction(() -> repository.insert(status("id-2", scope(), 2, 0)));
            assertThat(inner.isRight()).isTrue();
            return Either.left(refusal);
        });

        assertThat(undone).isEqualTo(Either.left(refusal));
        assertThat(ids(listAll())).as("the inner insert went with the outer unit").containsExactly("id-1");
    }

    @Test
    void a_unit_of_work_reads_its_own_writes() {
        var answer = transactions.inTransaction(() -> {
            var inserted = right(repository.insert(status("id-1", scope(), 1, 0)));
            return repository.findByNaturalKey(key(inserted.value()))
                    .map(found -> found.contains(inserted) && right(repository.findById("id-1")).contains(inserted));
        });

        assertThat(answer).isEqualTo(Either.right(true));
    }

    // --- concurrency -----------------------------------------------------------------------------------------------

    @Test
    void concurrent_read_modify_write_loses_no_update() throws Exception {
        right(repository.insert(status("id-1", scope(), 1, 0)));
        int writers = 4;
        int updatesEach = 50;
        var mismatches = new AtomicInteger();

        var versions = runConcurrently(writers, writer -> {
            var mine = new ArrayList<Long>();
            while (mine.size() < updatesEach) {
                var current = right(repository.findById("id-1")).get();
                var written = repository.update(status("id-1", scope(), 1, (int) current.version()),
                        current.version());
                if (written.isRight()) {
                    assertThat(written.get().version()).isEqualTo(current.version() + 1);
                    mine.add(written.get().version());
                } else {
                    assertThat(written.getLeft()).isInstanceOf(ApplicationError.VersionMismatch.class);
                    mismatches.incrementAndGet();
                }
            }
            return mine;
        });

        var all = versions.flatMap(v -> v);
        assertThat(all).as("each version was written exactly once").doesNotHaveDuplicates()
                .hasSize(writers * updatesEach);
        assertThat(TreeSet.ofAll(all)).containsExactlyElementsOf(List.rangeClosed(2L, writers * updatesEach + 1L));
        var last = right(repository.findById("id-1")).get();
        assertThat(last.version()).isEqualTo(writers * updatesEach + 1L);
        assertThat(last.value()).isEqualTo(status("id-1", scope(), 1, writers * updatesEach));
    }

    @Test
    void of_concurrent_inserts_of_one_natural_key_exactly_one_wins() throws Exception {
        int writers = 8;

        var answers = runConcurrently(writers, writer -> repository.insert(status("id-" + writer, scope(), 1, writer)));

        assertThat(answers.count(Either::isRight)).isEqualTo(1);
        var winner = answers.find(Either::isRight).get().get();
        answers.filter(Either::isLeft).forEach(answer -> {
            assertConflict(answer.getLeft(), kind().id(winner.value()));
        });
        assertThat(ids(listAll())).containsExactly(kind().id(winner.value()));
    }

    @Test
    void concurrent_batches_are_each_atomic() throws Exception {
        // Every writer inserts the same ten keys under its own ids: one batch wins whole, the others write nothing.
        int writers = 4;

        var answers = runConcurrently(writers, writer -> repository.writeAll(List.range(0, 10).map(
                n -> new Write.Insert<>(status("w" + writer + "-" + n, scope(), n, writer)))));

        assertThat(answers.count(Either::isRight)).isEqualTo(1);
        var winner = answers.indexWhere(Either::isRight);
        assertThat(ids(listAll())).containsExactlyElementsOf(List.range(0, 10).map(n -> "w" + winner + "-" + n).sorted());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    protected final S scope() {
        return scopes().head();
    }

    protected final StatusRepository<T, S, F> repository() {
        return repository;
    }

    protected final TransactionPort transactions() {
        return transactions;
    }

    protected static String id(int n) {
        return String.format("id-%04d", n);
    }

    /** The value of a {@code Right}; fails the test with the error otherwise. */
    protected static <R> R right(Either<ApplicationError, R> answer) {
        if (answer.isLeft()) {
            return fail("expected success, got " + answer.getLeft());
        }
        return answer.get();
    }

    /** The error of a {@code Left}; fails the test with the value otherwise. */
    protected static ApplicationError left(Either<ApplicationError, ?> answer) {
        if (answer.isRight()) {
            return fail("expected an error, got " + answer.get());
        }
        return answer.getLeft();
    }

    protected final NaturalKey<S> key(T status) {
        return kind().naturalKey(status).getOrElseThrow(() -> new AssertionError("no natural key: " + status));
    }

    protected final Seq<String> ids(Seq<Versioned<T>> statuses) {
        return statuses.map(v -> kind().id(v.value()));
    }

    protected final long count() {
        return right(repository.count(Option.none(), kind().anyFilter()));
    }

    protected final Seq<Versioned<T>> listAll() {
        return listAll(Option.none(), kind().anyFilter());
    }

    private Seq<Versioned<T>> listAll(Option<S> scope, F filter) {
        var page = list(scope, filter, Option.none(), ONE_PAGE);
        assertThat(page.size()).as("the test stores fewer than one page").isLessThan(ONE_PAGE);
        return page;
    }

    private Seq<Versioned<T>> list(Option<S> scope, F filter, Option<String> after, int limit) {
        var page = right(repository.list(new ListRequest<>(scope, filter, after, limit)));
        assertThat(page.size()).as("a page holds at most its limit").isLessThanOrEqualTo(limit);
        return page;
    }

    private Seq<Versioned<T>> pagedBy(int limit, Option<S> scope, F filter) {
        Seq<Versioned<T>> all = List.empty();
        Option<String> after = Option.none();
        for (int pages = 0; pages < ONE_PAGE; pages++) {
            var page = list(scope, filter, after, limit);
            all = all.appendAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = Option.some(kind().id(page.last().value()));
        }
        return fail("paging did not end");
    }

    /** 90 statuses spread over the scopes, devices and variants; every tenth has no natural key. */
    private Seq<Versioned<T>> storeAMix() {
        var writes = List.range(0, 90).map(n -> (Write<T>) new Write.Insert<>(
                status(id(n), scopes().get(n % scopes().size()), n % 10 == 9 ? -1 : n, n * 7 % 31)));
        return right(repository.writeAll(writes));
    }

    private Seq<StateCount<S>> summaryOf(Seq<Versioned<T>> stored) {
        return stored.flatMap(v -> kind().stateValues(v.value()).map(state -> io.vavr.Tuple.of(
                        kind().scope(v.value()), state._1, state._2)))
                .groupBy(t -> t)
                .map(group -> new StateCount<>(group._1._1, group._1._2, group._1._3, group._2.size()))
                .toList();
    }

    /** Inserts the odd id nearest above {@code around}, unless it is there; the id inserted. */
    private Option<String> insertOdd(int around) {
        int odd = Math.max(1, around | 1);
        var id = id(odd);
        if (right(repository.findById(id)).isDefined()) {
            return Option.none();
        }
        right(repository.insert(status(id, scope(), odd, odd)));
        return Option.some(id);
    }

    /** A conflict; when the adapter names the holder (it may not), it names {@code holder}. */
    protected final void assertConflict(ApplicationError error, String holder) {
        assertThat(error).isInstanceOf(ApplicationError.Conflict.class);
        var conflict = (ApplicationError.Conflict) error;
        assertThat(conflict.type()).isEqualTo(kind().graphType());
        assertThat(conflict.holderId().getOrElse(holder)).as("the holder named").isEqualTo(holder);
    }

    /** A version mismatch; when the adapter names the actual version (it may not), it names {@code actual}. */
    protected final void assertVersionMismatch(ApplicationError error, String id, long expected, long actual) {
        assertThat(error).isInstanceOf(ApplicationError.VersionMismatch.class);
        var mismatch = (ApplicationError.VersionMismatch) error;
        assertThat(mismatch.type()).isEqualTo(kind().graphType());
        assertThat(mismatch.id()).isEqualTo(id);
        assertThat(mismatch.expected()).isEqualTo(expected);
        assertThat(mismatch.actual().getOrElse(actual)).as("the actual version named").isEqualTo(actual);
    }

    private void assertUnchanged(Versioned<T> kept, Versioned<T> doomed) {
        assertThat(ids(listAll())).containsExactly(kind().id(kept.value()), kind().id(doomed.value()));
        assertThat(right(repository.findById(kind().id(kept.value())))).contains(kept);
        assertThat(right(repository.findById(kind().id(doomed.value())))).contains(doomed);
        assertThat(right(repository.findByNaturalKey(key(kept.value())))).contains(kept);
        assertThat(right(repository.findByNaturalKey(key(doomed.value())))).contains(doomed);
        assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 3, 0))))).isEmpty();
        assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 4, 0))))).isEmpty();
    }

    /** Runs {@code work(0..n-1)} on n threads released together; their answers in writer order. */
    private <R> Seq<R> runConcurrently(int n, ConcurrentWork<R> work) throws Exception {
        threads = Executors.newFixedThreadPool(n);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<R>>();
        for (int writer = 0; writer < n; writer++) {
            int me = writer;
            Callable<R> task = () -> {
                start.await();
                return work.run(me);
            };
            futures.add(threads.submit(task));
        }
        start.countDown();
        var answers = new ArrayList<R>();
        for (Future<R> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return List.ofAll(answers);
    }

    @FunctionalInterface
    private interface ConcurrentWork<R> {
        R run(int writer) throws Exception;
    }
}
