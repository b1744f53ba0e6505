package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListPage;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The behaviour every {@link StatusRepository} and its {@link TransactionPort} must show, whatever the status type:
 * the shared part of the contract kit. Extend the per-type suite ({@link IosUpdateStatusRepositoryContract}, ...),
 * not this class.
 *
 * <p>Statuses come from {@link #status(String, Object, int, int)}: {@code device} picks the natural key (the same
 * device in the same scope is the same key; a negative one gives none), {@code variant} the state values and report
 * time (or {@link #status(String, Object, int, int, GraphDateTime)} with a report time of the test's choosing).
 * Every test starts from {@link #newPorts()}: an empty store.
 *
 * @param <T> the status type
 * @param <S> its scope
 * @param <F> its list filter
 */
public abstract class StatusRepositoryContract<T, S, F extends StatusFilter<T>> {

    /** The tenant every test writes in. */
    public static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    /** Another tenant, which the isolation tests show never sees nor changes {@link #TENANT}'s statuses. */
    public static final TenantId OTHER_TENANT = TenantId.fromString("f8cdef31-a31e-4b4a-93e4-5f571e91255a");

    /** Large enough to list every status a test stores in one page, small enough for any store's LIMIT. */
    private static final int ONE_PAGE = 1_000;

    private StatusRepository<T, S, F> repository;
    private StatusRepository<T, S, F> otherTenant;
    private TransactionPort transactions;
    private StoreGuarantees guarantees;
    private ExecutorService threads;

    /** A repository over an empty store, and the transactions of that store. Called before every test. */
    protected abstract PortsUnderTest<? extends StatusRepository<T, S, F>> newPorts();

    protected abstract StatusKind<T, S, ?, F> kind();

    /**
     * Distinct scopes of {@code tenant}, at least one; the first is where single-scope tests write. The scopes of two
     * tenants are alike but for the tenant, so that isolation tests find any store that ignores it.
     */
    protected abstract Seq<S> scopes(TenantId tenant);

    /** {@link #scopes(TenantId)} of {@link #TENANT}, where every test but the isolation tests writes. */
    protected final Seq<S> scopes() {
        return scopes(TENANT);
    }

    /**
     * A valid status reported at {@code reportTime}. Equal arguments give equal statuses; statuses of the same
     * {@code device} (when not negative) and scope have the same natural key, of different devices different keys; a
     * negative {@code device} gives a status without natural key. Different {@code variant}s give different state
     * values.
     */
    protected abstract T status(String id, S scope, int device, int variant, GraphDateTime reportTime);

    /** {@link #status(String, Object, int, int, GraphDateTime)} reported at a time of its {@code variant}'s own. */
    protected final T status(String id, S scope, int device, int variant) {
        return status(id, scope, device, variant, ContractStatuses.at(variant));
    }

    /** Filters to check list and count against {@link StatusFilter#test}: each kind of match on each property. */
    protected abstract Seq<F> sampleFilters();

    @BeforeEach
    void openPorts() {
        var ports = newPorts();
        repository = ports.repository();
        otherTenant = ports.otherTenant();
        transactions = ports.transactions();
        guarantees = ports.guarantees();
        assertThat(right(repository.count(TENANT, everyScope(), kind().anyFilter())))
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
        assertThat(right(repository.findById(scope(), "id-1"))).contains(inserted);
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
            assertThat(right(repository.findById(kind().scope(status), kind().id(status))).map(Versioned::value)).contains(status);
        }
    }

    @Test
    void an_unknown_id_is_not_found() {
        right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository.findById(scope(), "id-2"))).isEmpty();
        assertThat(right(repository.findById(scope(), "ID-1"))).as("ids are case-sensitive").isEmpty();
    }

    @Test
    void ids_that_differ_only_in_case_are_different_statuses() {
        right(repository.insert(status("a-1", scope(), 1, 0)));
        right(repository.insert(status("A-1", scope(), 2, 1)));

        assertThat(right(repository.findById(scope(), "a-1")).map(v -> kind().id(v.value()))).contains("a-1");
        assertThat(right(repository.findById(scope(), "A-1")).map(v -> kind().id(v.value()))).contains("A-1");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void inserting_a_taken_id_is_a_conflict_and_keeps_the_stored_status() {
        var first = right(repository.insert(status("id-1", scope(), 1, 0)));

        var error = left(repository.insert(status("id-1", scope(), 2, 1)));

        assertConflict(error, "id-1");
        assertThat(right(repository.findById(scope(), "id-1"))).contains(first);
        assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 2, 0))))).isEmpty();
    }

    @Test
    void inserting_a_taken_natural_key_is_a_conflict_naming_the_holder_and_stores_nothing() {
        var first = right(repository.insert(status("id-1", scope(), 1, 0)));

        var error = left(repository.insert(status("id-2", scope(), 1, 1)));

        assertConflict(error, "id-1");
        assertThat(error.message()).contains(kind().graphType());
        assertThat(right(repository.findById(scope(), "id-2"))).isEmpty();
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

        for (S scope : scopes()) {
            assertThat(right(repository.count(TENANT, Option.some(scope), kind().anyFilter()))).isEqualTo(1);
        }
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
        assertThat(right(repository.findById(scope(), "id-1"))).contains(updated);
        assertThat(right(repository.findByNaturalKey(key(changed)))).contains(updated);
    }

    @Test
    void versions_grow_by_one_with_every_update() {
        var current = right(repository.insert(status("id-1", scope(), 1, 0)));
        for (int variant = 1; variant <= 10; variant++) {
            current = right(repository.update(status("id-1", scope(), 1, variant), current.version()));
            assertThat(current.version()).isEqualTo(variant + 1L);
        }
        assertThat(right(repository.findById(scope(), "id-1"))).contains(current);
    }

    @Test
    void an_update_at_another_version_is_a_version_mismatch_naming_both_and_changes_nothing() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));
        var current = right(repository.update(status("id-1", scope(), 1, 1), stored.version()));

        var error = left(repository.update(status("id-1", scope(), 1, 2), stored.version()));

        assertVersionMismatch(error, "id-1", 1, 2);
        assertThat(right(repository.findById(scope(), "id-1"))).contains(current);
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
        assertThat(right(repository.findById(scope(), "id-2"))).contains(two);
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
        assertThat(right(repository.findById(scope(), "id-2"))).contains(stored.last());
        assertThat(right(repository.findById(scope(), "id-0"))).contains(stored.get(1));
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
        if (guarantees.atomicWrites()) {
            assertThat(ids(listAll())).containsExactly("id-0");
            assertThat(right(repository.findById(scope(), "id-0"))).contains(existing);
            assertThat(right(repository.findByNaturalKey(key(status("x", scope(), 1, 0))))).isEmpty();
        } else {
            assertThat(ids(listAll())).as("the writes before the refused one").containsExactly("id-0", "id-1", "id-2");
            assertThat(right(repository.findById(scope(), "id-0")).map(Versioned::version)).contains(2L);
        }
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
        assertThat(right(repository.findById(scope(), "id-1")).map(Versioned::version))
                .contains(guarantees.atomicWrites() ? one.version() : one.version() + 1);
    }

    @Test
    void a_write_all_refused_for_a_missing_status_answers_not_found_and_writes_nothing() {
        var error = left(repository.writeAll(List.of(
                new Write.Insert<>(status("id-1", scope(), 1, 0)),
                new Write.Update<>(status("id-2", scope(), 2, 1), Versioned.FIRST))));

        assertThat(error).isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-2"));
        assertThat(count()).isEqualTo(guarantees.atomicWrites() ? 0 : 1);
    }

    // --- delete ----------------------------------------------------------------------------------------------------

    @Test
    void delete_answers_the_removed_status_and_frees_its_id_and_key() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository.delete(scope(), "id-1", Option.none()))).isEqualTo(stored);

        assertThat(right(repository.findById(scope(), "id-1"))).isEmpty();
        assertThat(right(repository.findByNaturalKey(key(stored.value())))).isEmpty();
        assertThat(right(repository.insert(status("id-1", scope(), 1, 3)))).isEqualTo(
                new Versioned<>(status("id-1", scope(), 1, 3), Versioned.FIRST));
    }

    @Test
    void delete_of_a_missing_status_is_not_found() {
        right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(left(repository.delete(scope(), "id-2", Option.none())))
                .isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-2"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void delete_at_another_version_is_a_version_mismatch_and_keeps_the_status() {
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));
        var current = right(repository.update(status("id-1", scope(), 1, 1), stored.version()));

        assertVersionMismatch(left(repository.delete(scope(), "id-1", Option.some(1L))), "id-1", 1, 2);
        assertThat(right(repository.findById(scope(), "id-1"))).contains(current);

        assertThat(right(repository.delete(scope(), "id-1", Option.some(2L)))).isEqualTo(current);
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

        assertThat(ids(list(everyScope(), kind().anyFilter(), Option.none(), 3)))
                .containsExactly(id(0), id(2), id(4));
        assertThat(ids(list(everyScope(), kind().anyFilter(), Option.some(id(4)), 2)))
                .containsExactly(id(6), id(8));
        assertThat(ids(list(everyScope(), kind().anyFilter(), Option.some(id(5)), 2)))
                .as("after an id nobody has").containsExactly(id(6), id(8));
        assertThat(ids(list(everyScope(), kind().anyFilter(), Option.some(id(38)), 5))).isEmpty();
        assertThat(ids(list(everyScope(), kind().anyFilter(), Option.some(""), 1))).containsExactly(id(0));
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
        if (guarantees.everyScope()) {
            assertThat(listAll()).hasSize(n);
        }
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
            var ids = ids(list(everyScope(), kind().anyFilter(), after, 7));
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
            if (right(repository.findById(scope(), doomed)).isDefined()) {
                right(repository.delete(scope(), doomed, Option.none()));
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
            for (Option<S> scope : queriedScopes()) {
                var expected = stored.filter(v -> scope.forAll(kind().scope(v.value())::equals)
                        && filter.test(v.value())).sortBy(v -> kind().id(v.value()));
                var description = filter + " in " + scope;

                assertThat(listAll(scope, filter)).as(description).containsExactlyElementsOf(expected);
                assertThat(right(repository.count(TENANT, scope, filter))).as(description).isEqualTo(expected.size());
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

    // --- page: the position of the next page comes from the store ------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(ListOrder.class)
    void pages_by_the_next_position_the_store_gives_list_every_status_once_in_order(ListOrder order) {
        List.range(0, 23).forEach(n -> right(repository.insert(status(id(n), scope(), n, n % 4))));
        var expected = listAll(everyScope(), kind().anyFilter(), order);

        for (int limit : new int[] {1, 5, 22, 23, 24}) {
            var pages = pagesByNext(limit, everyScope(), kind().anyFilter(), order);
            assertThat(ids(pages.flatMap(ListPage::items))).as("pages of %d", limit)
                    .containsExactlyElementsOf(ids(expected));
            assertThat(pages.size()).as("pages of %d", limit).isEqualTo(Math.max(1, (23 + limit - 1) / limit));
            assertThat(pages.init().map(page -> page.items().size())).as("full pages").allMatch(size -> size == limit);
        }
    }

    @Test
    void pages_by_the_next_position_see_statuses_inserted_ahead_and_not_those_deleted() {
        List.range(0, 10).forEach(n -> right(repository.insert(status(id(2 * n), scope(), n, n))));
        var first = right(repository.page(request(Option.none(), 4), status -> ListPosition.of(ListOrder.ID, kind(), status)));
        right(repository.insert(status(id(9), scope(), 109, 9)));
        right(repository.delete(scope(), id(10), Option.none()));
        right(repository.insert(status(id(1), scope(), 101, 1)));

        var second = right(repository.page(request(first.next(), 4), status -> ListPosition.of(ListOrder.ID, kind(), status)));

        assertThat(ids(first.items())).containsExactly(id(0), id(2), id(4), id(6));
        assertThat(ids(second.items())).containsExactly(id(8), id(9), id(12), id(14));
        assertThat(second.next()).isNotEmpty();
    }

    @Test
    void a_store_that_cannot_query_every_scope_says_so_naming_the_scope() {
        assumeThat(guarantees.everyScope()).as("the store queries every scope").isFalse();

        for (var answer : List.<Either<ApplicationError, ?>>of(repository.count(TENANT, Option.none(), kind().anyFilter()),
                repository.list(new ListRequest<>(TENANT, Option.none(), kind().anyFilter(), Option.none(), 10)),
                repository.summarize(TENANT, Option.none()))) {
            var error = left(answer);
            assertThat(error).isInstanceOf(ApplicationError.Invalid.class);
            assertThat(((ApplicationError.Invalid) error).violations().map(v -> v.field())).containsExactly("scope");
        }
    }

    @Test
    void a_status_is_found_and_deleted_only_in_its_own_scope() {
        assumeThat(scopes().size()).as("the type has more than one scope").isGreaterThan(1);
        var other = scopes().get(1);
        var stored = right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository.findById(other, "id-1"))).isEmpty();
        assertThat(left(repository.delete(other, "id-1", Option.none())))
                .isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-1"));
        assertThat(right(repository.findById(scope(), "id-1"))).contains(stored);
    }

    // --- list by report time --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ListOrder.class, names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void a_report_time_order_goes_by_the_instant_to_100_ns_then_by_id(ListOrder order) {
        var written = List.of(
                Tuple.of("id-a", "2026-11-23T11:02:00.1234567+01:00"),
                Tuple.of("id-b", "2026-11-23T11:00:00.1234567+01:00"),
                Tuple.of("id-c", "2026-11-23T11:01:00.1234567+01:00"),
                Tuple.of("id-d", "2026-11-23T11:01:00.1234567+01:00"),
                Tuple.of("id-e", "2026-11-23T11:00:00.1234567+01:00"),
                Tuple.of("id-f", "2026-11-23T11:02:00.1234567+01:00"),
                Tuple.of("id-g", "2026-11-23T11:01:00.1234568+01:00"),
                Tuple.of("id-h", "1969-12-31T23:59:59.9999999Z"),
                Tuple.of("id-i", "1970-01-01T00:00:00Z"),
                Tuple.of("id-j", "0001-01-01T00:00:00Z"));
        written.zipWithIndex().forEach(w -> right(repository.insert(
                status(w._1._1, scope(), w._2, w._2, time(w._1._2)))));
        var ascending = List.of("id-j", "id-h", "id-i", "id-b", "id-e", "id-c", "id-d", "id-g", "id-a", "id-f");
        var expected = order.descending() ? ascending.reverse() : ascending;

        assertThat(ids(listAll(everyScope(), kind().anyFilter(), order))).containsExactlyElementsOf(expected);
        for (int limit = 1; limit <= 3; limit++) {
            assertThat(ids(pagedBy(limit, everyScope(), kind().anyFilter(), order))).as("by pages of %d", limit)
                    .containsExactlyElementsOf(expected);
        }
        var nobodysPosition = ListPosition.after(time("2026-11-23T10:01:00.1234567Z").instant(), "id-cc");
        assertThat(ids(list(everyScope(), kind().anyFilter(), order, Option.some(nobodysPosition), 3)))
                .as("after a position nobody holds, between id-c and id-d")
                .containsExactlyElementsOf(order.descending() ? List.of("id-c", "id-e", "id-b")
                        : List.of("id-d", "id-g", "id-a"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ListOrder.class, names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void the_same_instant_written_with_different_offsets_is_one_report_time_and_keeps_its_offset(ListOrder order) {
        // Ordered by their local date-time, these would go id-5, id-2, id-3, id-4, id-1, id-0.
        var instant = OffsetDateTime.parse("2026-11-23T10:00:00.1234567Z");
        var written = List.of(
                Tuple.of("id-5", instant.plusNanos(100).withOffsetSameInstant(ZoneOffset.ofHours(-12))),
                Tuple.of("id-3", instant),
                Tuple.of("id-1", instant.withOffsetSameInstant(ZoneOffset.ofHours(14))),
                Tuple.of("id-0", instant.minusNanos(100).withOffsetSameInstant(ZoneOffset.ofHours(14))),
                Tuple.of("id-4", instant.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(5, 45))),
                Tuple.of("id-2", instant.withOffsetSameInstant(ZoneOffset.ofHours(-12))));
        var stored = written.zipWithIndex().map(w -> right(repository.insert(
                status(w._1._1, scope(), w._2, w._2, new GraphDateTime(w._1._2)))));
        var ascending = List.of("id-0", "id-1", "id-2", "id-3", "id-4", "id-5");
        var expected = order.descending() ? ascending.reverse() : ascending;

        var listed = listAll(everyScope(), kind().anyFilter(), order);

        assertThat(ids(listed)).containsExactlyElementsOf(expected);
        assertThat(listed).as("each as written, its offset included").containsExactlyInAnyOrderElementsOf(stored);
        assertThat(ids(pagedBy(1, everyScope(), kind().anyFilter(), order))).containsExactlyElementsOf(expected);
        var writtenInAnotherOffset = ListPosition.after(instant.withOffsetSameInstant(ZoneOffset.ofHours(9))
                .toInstant(), "id-2");
        assertThat(ids(list(everyScope(), kind().anyFilter(), order, Option.some(writtenInAnotherOffset), 2)))
                .containsExactlyElementsOf(order.descending() ? List.of("id-1", "id-0") : List.of("id-3", "id-4"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ListOrder.class, names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void paging_by_report_time_neither_repeats_nor_skips_while_statuses_are_inserted_and_deleted_between_pages(
            ListOrder order) {
        // 40 statuses, two at each time, written in three offsets. Between the first 8 pages, statuses arrive at the
        // last listed one's very time (with a smaller and a greater id) and 5 s either side of it. Between all pages
        // one status ahead goes, and so does one already listed (every other page the last one, whose position the
        // next page starts after).
        var inOrder = expectedOrder(order);
        var original = List.range(0, 40).map(n -> right(repository.insert(
                status(id(n), scope(), n, n, secondsAfterBase(n / 2, n % 3)))));
        var held = new java.util.TreeSet<>(inOrder);
        held.addAll(original.asJava());
        var seen = new ArrayList<Versioned<T>>();
        var insertedAhead = new ArrayList<Versioned<T>>();
        var insertedBehind = new ArrayList<Versioned<T>>();
        var deletedUnseen = new ArrayList<Versioned<T>>();
        Option<ListPosition> after = Option.none();
        int device = 1000;
        int page = 0;
        for (; page < 100; page++) {
            var listed = list(everyScope(), kind().anyFilter(), order, after, 3);
            if (listed.isEmpty()) {
                break;
            }
            seen.addAll(listed.asJava());
            var last = listed.last();
            after = Option.some(position(order, last));
            var time = kind().reportTime(last.value());
            for (T arrival : page >= 8 ? List.<T>empty() : List.of(
                    status("a-" + page, scope(), device++, page, time),
                    status("z-" + page, scope(), device++, page, time),
                    status("m-" + page + "-early", scope(), device++, page, shifted(time, -5)),
                    status("m-" + page + "-late", scope(), device++, page, shifted(time, 5)))) {
                var inserted = right(repository.insert(arrival));
                (inOrder.compare(inserted, last) > 0 ? insertedAhead : insertedBehind).add(inserted);
                held.add(inserted);
            }
            var ahead = List.ofAll(held.tailSet(last, false));
            if (ahead.size() > 1) {
                delete(ahead.get(1), held);
                deletedUnseen.add(ahead.get(1));
            }
            delete(page % 2 == 0 ? last : listed.head(), held);
        }

        assertThat(page).as("paging ended").isLessThan(100);
        assertThat(insertedAhead).isNotEmpty();
        assertThat(insertedBehind).isNotEmpty();
        assertThat(deletedUnseen).isNotEmpty();
        var expected = original.appendAll(insertedAhead).removeAll(deletedUnseen).sorted(inOrder);
        assertThat(seen).as("in order, each once: the statuses there from the start and those that arrived ahead,"
                + " but not those that went before they were reached").containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ListOrder.class, names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void a_report_time_order_lists_exactly_what_each_filter_passes_in_each_scope(ListOrder order) {
        var stored = storeAMix();

        for (F filter : sampleFilters()) {
            for (Option<S> scope : queriedScopes()) {
                var expected = stored.filter(v -> scope.forAll(kind().scope(v.value())::equals)
                        && filter.test(v.value())).sorted(expectedOrder(order));
                var description = filter + " in " + scope;

                assertThat(listAll(scope, filter, order)).as(description).containsExactlyElementsOf(expected);
                assertThat(pagedBy(4, scope, filter, order)).as(description + ", by pages of 4")
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void a_status_whose_report_time_changes_moves_in_the_report_time_orders() {
        var first = right(repository.insert(status("id-1", scope(), 1, 0, ContractStatuses.at(0))));
        right(repository.insert(status("id-2", scope(), 2, 1, ContractStatuses.at(1))));
        right(repository.insert(status("id-3", scope(), 3, 2, ContractStatuses.at(2))));

        right(repository.update(status("id-1", scope(), 1, 3, ContractStatuses.at(3)), first.version()));

        assertThat(ids(listAll(everyScope(), kind().anyFilter(), ListOrder.REPORT_TIME_ASC)))
                .containsExactly("id-2", "id-3", "id-1");
        assertThat(ids(listAll(everyScope(), kind().anyFilter(), ListOrder.REPORT_TIME_DESC)))
                .containsExactly("id-1", "id-3", "id-2");
        assertThat(ids(listAll(everyScope(), kind().anyFilter(), ListOrder.ID)))
                .containsExactly("id-1", "id-2", "id-3");
    }

    // --- summary ---------------------------------------------------------------------------------------------------

    @Test
    void summary_counts_each_state_value_per_scope_and_leaves_out_values_nobody_has() {
        var stored = storeAMix();

        if (guarantees.everyScope()) {
            assertThat(right(repository.summarize(TENANT, Option.none()))).containsExactlyInAnyOrderElementsOf(summaryOf(stored));
        }
        for (S scope : scopes()) {
            assertThat(right(repository.summarize(TENANT, Option.some(scope)))).containsExactlyInAnyOrderElementsOf(
                    summaryOf(stored.filter(v -> kind().scope(v.value()).equals(scope))));
        }
    }

    @Test
    void summary_follows_updates_and_deletes() {
        var one = right(repository.insert(status("id-1", scope(), 1, 0)));
        right(repository.insert(status("id-2", scope(), 2, 0)));
        var three = right(repository.insert(status("id-3", scope(), 3, 0)));

        var changed = right(repository.update(status("id-1", scope(), 1, 1), one.version()));
        right(repository.delete(kind().scope(three.value()), kind().id(three.value()), Option.none()));

        assertThat(right(repository.summarize(TENANT, everyScope()))).containsExactlyInAnyOrderElementsOf(
                summaryOf(List.of(changed, right(repository.findById(scope(), "id-2")).get())));
        assertThat(right(repository.summarize(TENANT, Option.some(scope()))).map(StateCount::count).sum().longValue())
                .isEqualTo(2L * kind().stateProperties().size());
    }

    @Test
    void the_summary_of_an_empty_store_is_empty() {
        assertThat(right(repository.summarize(TENANT, everyScope()))).isEmpty();
        assertThat(right(repository.summarize(TENANT, Option.some(scope())))).isEmpty();
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
            right(repository.delete(scope(), "id-2", Option.none()));
            return Either.left(refusal);
        });

        assertThat(answer).isEqualTo(Either.left(refusal));
        assertUndoneOrKept(kept, doomed);
    }

    @Test
    void a_unit_of_work_that_throws_undoes_its_writes_and_the_exception_goes_on() {
        var kept = right(repository.insert(status("id-1", scope(), 1, 0)));
        var doomed = right(repository.insert(status("id-2", scope(), 2, 0)));
        var boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            right(repository.insert(status("id-3", scope(), 3, 0)));
            right(repository.update(status("id-1", scope(), 4, 1), kept.version()));
            right(repository.delete(scope(), "id-2", Option.none()));
            throw boom;
        })).isSameAs(boom);

        assertUndoneOrKept(kept, doomed);
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
        assertThat(ids(listAll())).containsExactlyElementsOf(guarantees.atomicWrites()
                ? List.of("id-1", "id-2", "id-5") : List.of("id-1", "id-2", "id-3", "id-5"));
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
        assertThat(ids(listAll())).as("the inner insert went with the outer unit")
                .containsExactlyElementsOf(guarantees.atomicWrites() ? List.of("id-1") : List.of("id-1", "id-2"));
    }

    @Test
    void a_unit_of_work_reads_its_own_writes() {
        var answer = transactions.inTransaction(() -> {
            var inserted = right(repository.insert(status("id-1", scope(), 1, 0)));
            return repository.findByNaturalKey(key(inserted.value()))
                    .map(found -> found.contains(inserted) && right(repository.findById(scope(), "id-1")).contains(inserted));
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
                var current = right(repository.findById(scope(), "id-1")).get();
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
        var last = right(repository.findById(scope(), "id-1")).get();
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
        assumeThat(guarantees.atomicWrites()).as("the store promises atomic batches").isTrue();
        // Every writer inserts the same ten keys under its own ids: one batch wins whole, the others write nothing.
        int writers = 4;

        var answers = runConcurrently(writers, writer -> repository.writeAll(List.range(0, 10).map(
                n -> new Write.Insert<>(status("w" + writer + "-" + n, scope(), n, writer)))));

        assertThat(answers.count(Either::isRight)).isEqualTo(1);
        var winner = answers.indexWhere(Either::isRight);
        assertThat(ids(listAll())).containsExactlyElementsOf(List.range(0, 10).map(n -> "w" + winner + "-" + n).sorted());
    }

    // --- tenants: what one tenant holds, another never sees nor changes --------------------------------------------

    @Test
    void another_tenant_lists_counts_and_summarizes_none_of_a_tenants_statuses() {
        for (S scope : scopes()) {
            right(repository.insert(status("a-" + scopes().indexOf(scope), scope, scopes().indexOf(scope), 0)));
        }

        for (Option<S> scope : queriedScopesOf(OTHER_TENANT)) {
            assertThat(right(otherTenant.count(OTHER_TENANT, scope, kind().anyFilter()))).as("count in %s", scope)
                    .isZero();
            assertThat(right(otherTenant.list(new ListRequest<>(OTHER_TENANT, scope, kind().anyFilter(),
                    Option.none(), ONE_PAGE)))).as("list of %s", scope).isEmpty();
            assertThat(right(otherTenant.summarize(OTHER_TENANT, scope))).as("summary of %s", scope).isEmpty();
        }

        var theirs = status("b-0", otherScope(), 0, 1);
        right(otherTenant.insert(theirs));
        assertThat(right(otherTenant.list(new ListRequest<>(OTHER_TENANT, everyScopeOf(OTHER_TENANT),
                kind().anyFilter(), Option.none(), ONE_PAGE))).map(Versioned::value)).containsExactly(theirs);
        assertThat(ids(listAll())).doesNotContain("b-0").hasSize(guarantees.everyScope() ? scopes().size() : 1);
        assertThat(right(repository.summarize(TENANT, everyScope())).map(StateCount::scope))
                .allMatch(scope -> kind().tenant(scope).equals(TENANT));
    }

    @Test
    void the_same_id_and_natural_key_in_two_tenants_are_two_unrelated_statuses() {
        var ours = status("id-1", scope(), 1, 0);
        var theirs = status("id-1", otherScope(), 1, 1);

        right(repository.insert(ours));
        assertThat(right(otherTenant.insert(theirs))).isEqualTo(new Versioned<>(theirs, Versioned.FIRST));

        assertThat(right(repository.findById(scope(), "id-1"))).contains(new Versioned<>(ours, Versioned.FIRST));
        assertThat(right(otherTenant.findById(otherScope(), "id-1"))).contains(new Versioned<>(theirs, Versioned.FIRST));
        assertThat(right(repository.findByNaturalKey(key(ours))).map(Versioned::value)).contains(ours);
        assertThat(right(otherTenant.findByNaturalKey(key(theirs))).map(Versioned::value)).contains(theirs);
    }

    @Test
    void another_tenant_cannot_find_update_or_delete_a_tenants_status_by_its_id_or_key() {
        var ours = right(repository.insert(status("id-1", scope(), 1, 0)));

        assertThat(right(otherTenant.findById(otherScope(), "id-1"))).isEmpty();
        assertThat(right(otherTenant.findByNaturalKey(key(status("id-9", otherScope(), 1, 0))))).isEmpty();
        assertThat(left(otherTenant.update(status("id-1", otherScope(), 1, 2), Versioned.FIRST)))
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(left(otherTenant.delete(otherScope(), "id-1", Option.none())))
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(left(otherTenant.delete(otherScope(), "id-1", Option.some(Versioned.FIRST))))
                .isInstanceOf(ApplicationError.NotFound.class);

        assertThat(right(repository.findById(scope(), "id-1"))).contains(ours);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_tenants_write_all_takes_ids_and_keys_another_tenant_holds_and_leaves_those_untouched() {
        var ours = List.of(status("id-1", scope(), 1, 0), status("id-2", scope(), 2, 0));
        right(repository.writeAll(ours.map(Write.Insert::new)));

        var theirKeys = List.of(1, 2).map(device -> key(status("x", otherScope(), device, 0))).toSet();
        assertThat(right(otherTenant.findByNaturalKeys(theirKeys))).isEmpty();

        var written = right(otherTenant.writeAll(List.of(new Write.Insert<>(status("id-1", otherScope(), 1, 3)),
                new Write.Insert<>(status("id-2", otherScope(), 2, 3)),
                new Write.Update<>(status("id-1", otherScope(), 1, 4), Versioned.FIRST))));

        assertThat(written.map(Versioned::version)).containsExactly(1L, 1L, 2L);
        for (T status : ours) {
            assertThat(right(repository.findById(scope(), kind().id(status))))
                    .contains(new Versioned<>(status, Versioned.FIRST));
        }
        assertThat(count()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ListOrder.class)
    void a_position_taken_from_another_tenants_list_pages_only_the_own_tenants_statuses(ListOrder order) {
        for (int n = 0; n < 6; n++) {
            right((n % 2 == 0 ? repository : otherTenant).insert(
                    status(id(n), n % 2 == 0 ? scope() : otherScope(), n, n)));
        }
        var theirs = right(otherTenant.list(new ListRequest<>(OTHER_TENANT, everyScopeOf(OTHER_TENANT),
                kind().anyFilter(), order, Option.none(), 1))).head().value();

        var page = right(repository.page(new ListRequest<>(TENANT, everyScope(), kind().anyFilter(), order,
                        Option.some(ListPosition.of(order, kind(), theirs)), ONE_PAGE),
                status -> ListPosition.of(order, kind(), status)));

        assertThat(page.items()).isNotEmpty()
                .allMatch(stored -> kind().tenant(kind().scope(stored.value())).equals(TENANT));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The first scope of {@link #OTHER_TENANT}: where the isolation tests write as the other tenant. */
    protected final S otherScope() {
        return scopes(OTHER_TENANT).head();
    }

    /** {@link #everyScope()} for {@code tenant}. */
    private Option<S> everyScopeOf(TenantId tenant) {
        return guarantees.everyScope() ? Option.none() : Option.some(scopes(tenant).head());
    }

    /** {@link #queriedScopes()} for {@code tenant}. */
    private Seq<Option<S>> queriedScopesOf(TenantId tenant) {
        var each = scopes(tenant).map(Option::some);
        return guarantees.everyScope() ? each.prepend(Option.none()) : each;
    }

    /** No scope, when the store can query across every scope; else the first scope, where single-scope tests write. */
    protected final Option<S> everyScope() {
        return guarantees.everyScope() ? Option.none() : Option.some(scope());
    }

    /** Each scope alone, and no scope when the store can query across every scope. */
    private Seq<Option<S>> queriedScopes() {
        var each = scopes().map(Option::some);
        return guarantees.everyScope() ? each.prepend(Option.none()) : each;
    }

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
        return right(repository.count(TENANT, everyScope(), kind().anyFilter()));
    }

    protected final Seq<Versioned<T>> listAll() {
        return listAll(everyScope(), kind().anyFilter());
    }

    private Seq<Versioned<T>> listAll(Option<S> scope, F filter) {
        return listAll(scope, filter, ListOrder.ID);
    }

    private Seq<Versioned<T>> listAll(Option<S> scope, F filter, ListOrder order) {
        var page = list(scope, filter, order, Option.none(), ONE_PAGE);
        assertThat(page.size()).as("the test stores fewer than one page").isLessThan(ONE_PAGE);
        return page;
    }

    private Seq<Versioned<T>> list(Option<S> scope, F filter, Option<String> afterId, int limit) {
        return list(scope, filter, ListOrder.ID, afterId.map(ListPosition::afterId), limit);
    }

    private Seq<Versioned<T>> list(Option<S> scope, F filter, ListOrder order, Option<ListPosition> after,
                                   int limit) {
        var page = right(repository.list(new ListRequest<>(TENANT, scope, filter, order, after, limit)));
        assertThat(page.size()).as("a page holds at most its limit").isLessThanOrEqualTo(limit);
        return page;
    }

    private Seq<Versioned<T>> pagedBy(int limit, Option<S> scope, F filter) {
        return pagedBy(limit, scope, filter, ListOrder.ID);
    }

    /** Every page of {@code limit} statuses, each page starting after the last status of the one before. */
    private Seq<Versioned<T>> pagedBy(int limit, Option<S> scope, F filter, ListOrder order) {
        Seq<Versioned<T>> all = List.empty();
        Option<ListPosition> after = Option.none();
        for (int pages = 0; pages < ONE_PAGE; pages++) {
            var page = list(scope, filter, order, after, limit);
            all = all.appendAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = Option.some(position(order, page.last()));
        }
        return fail("paging did not end");
    }

    /** Every page of {@code limit} statuses, each page starting at the position the store gave as next. */
    private Seq<ListPage<T>> pagesByNext(int limit, Option<S> scope, F filter, ListOrder order) {
        Seq<ListPage<T>> pages = List.empty();
        Option<ListPosition> after = Option.none();
        for (int n = 0; n < ONE_PAGE; n++) {
            var page = right(repository.page(new ListRequest<>(TENANT, scope, filter, order, after, limit),
                    status -> ListPosition.of(order, kind(), status)));
            pages = pages.append(page);
            if (page.next().isEmpty()) {
                return pages;
            }
            after = page.next();
        }
        return fail("paging did not end");
    }

    private ListRequest<S, F> request(Option<ListPosition> after, int limit) {
        return new ListRequest<>(TENANT, everyScope(), kind().anyFilter(), ListOrder.ID, after, limit);
    }

    /** Where a page in {@code order} after {@code last} starts. */
    private ListPosition position(ListOrder order, Versioned<T> last) {
        return ListPosition.of(order, kind(), last.value());
    }

    /** The order the port's Javadoc defines, written out here rather than taken from an adapter. */
    private Comparator<Versioned<T>> expectedOrder(ListOrder order) {
        Comparator<Versioned<T>> byId = Comparator.comparing(v -> kind().id(v.value()));
        Comparator<Versioned<T>> ascending = order.byReportTime()
                ? Comparator.<Versioned<T>, Instant>comparing(v -> kind().reportTime(v.value()).instant())
                        .thenComparing(byId)
                : byId;
        return order.descending() ? ascending.reversed() : ascending;
    }

    private void delete(Versioned<T> status, java.util.Set<Versioned<T>> held) {
        right(repository.delete(kind().scope(status.value()), kind().id(status.value()), Option.none()));
        held.remove(status);
    }

    private static GraphDateTime time(String text) {
        return new GraphDateTime(OffsetDateTime.parse(text));
    }

    /** {@code seconds} after 2026-11-23T10:00:00.1234567Z, written in one of three offsets. */
    private static GraphDateTime secondsAfterBase(int seconds, int offset) {
        var offsets = List.of(ZoneOffset.ofHours(1), ZoneOffset.ofHours(-8), ZoneOffset.UTC);
        return new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567Z").plusSeconds(seconds)
                .withOffsetSameInstant(offsets.get(offset)));
    }

    private static GraphDateTime shifted(GraphDateTime time, int seconds) {
        return new GraphDateTime(time.value().plusSeconds(seconds));
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
        if (right(repository.findById(scope(), id)).isDefined()) {
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

    /** After a failed unit of work: undone when the store is atomic, else what the unit wrote is there. */
    private void assertUndoneOrKept(Versioned<T> kept, Versioned<T> doomed) {
        if (guarantees.atomicWrites()) {
            assertUnchanged(kept, doomed);
        } else {
            assertThat(ids(listAll())).as("the unit's insert and update stayed, its delete too")
                    .containsExactly("id-1", "id-3");
            assertThat(right(repository.findById(scope(), "id-1")).map(Versioned::version)).contains(kept.version() + 1);
        }
    }

    private void assertUnchanged(Versioned<T> kept, Versioned<T> doomed) {
        assertThat(ids(listAll())).containsExactly(kind().id(kept.value()), kind().id(doomed.value()));
        assertThat(right(repository.findById(kind().scope(kept.value()), kind().id(kept.value())))).contains(kept);
        assertThat(right(repository.findById(kind().scope(doomed.value()), kind().id(doomed.value())))).contains(doomed);
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
