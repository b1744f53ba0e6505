package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.Versioned;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * One status at a time: insert, find, update and delete; ids, versions and natural keys, and what each refusal
 * leaves stored.
 */
abstract class WritesContract<T, S, D> extends ContractPart<T, S, D> {

    WritesContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    // --- insert and find -------------------------------------------------------------------------------------------

    @Test
    void an_inserted_status_is_found_by_id_at_version_1_equal_to_what_was_written() {
        var status = status("id-1", scope(), 1, 0);

        var inserted = right(repository().insert(status));

        assertThat(inserted).isEqualTo(new Versioned<>(status, Versioned.FIRST));
        assertThat(right(repository().findById(scope(), "id-1"))).contains(inserted);
    }

    @Test
    void every_scope_and_every_variant_round_trips_unchanged() {
        var written = new ArrayList<T>();
        int id = 0;
        for (S scope : scopes()) {
            for (int variant = 0; variant < 30; variant++) {
                var status = status(id(id), scope, id, variant);
                written.add(status);
                right(repository().insert(status));
                id++;
            }
        }

        for (T status : written) {
            assertThat(right(repository().findById(kind().scope(status), kind().id(status)))
                            .map(Versioned::value))
                    .contains(status);
        }
    }

    @Test
    void an_unknown_id_is_not_found() {
        right(repository().insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository().findById(scope(), "id-2"))).isEmpty();
        assertThat(right(repository().findById(scope(), "ID-1")))
                .as("ids are case-sensitive")
                .isEmpty();
    }

    @Test
    void ids_that_differ_only_in_case_are_different_statuses() {
        right(repository().insert(status("a-1", scope(), 1, 0)));
        right(repository().insert(status("A-1", scope(), 2, 1)));

        assertThat(right(repository().findById(scope(), "a-1")).map(v -> kind().id(v.value())))
                .contains("a-1");
        assertThat(right(repository().findById(scope(), "A-1")).map(v -> kind().id(v.value())))
                .contains("A-1");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void inserting_a_taken_id_is_a_conflict_and_keeps_the_stored_status() {
        var first = right(repository().insert(status("id-1", scope(), 1, 0)));

        var error = left(repository().insert(status("id-1", scope(), 2, 1)));

        assertConflict(error, "id-1");
        assertThat(right(repository().findById(scope(), "id-1"))).contains(first);
        assertThat(right(repository().findByNaturalKey(key(status("x", scope(), 2, 0)))))
                .isEmpty();
    }

    @Test
    void inserting_a_taken_natural_key_is_a_conflict_naming_the_holder_and_stores_nothing() {
        var first = right(repository().insert(status("id-1", scope(), 1, 0)));

        var error = left(repository().insert(status("id-2", scope(), 1, 1)));

        assertConflict(error, "id-1");
        assertThat(error.message()).contains(kind().graphType());
        assertThat(right(repository().findById(scope(), "id-2"))).isEmpty();
        assertThat(right(repository().findByNaturalKey(key(first.value())))).contains(first);
    }

    @Test
    void statuses_without_a_natural_key_never_conflict_with_each_other() {
        right(repository().insert(status("id-1", scope(), -1, 0)));
        right(repository().insert(status("id-2", scope(), -1, 0)));

        assertThat(count()).isEqualTo(2);
    }

    @Test
    void the_same_key_properties_in_another_scope_are_another_key() {
        assumeThat(scopes().size()).as("this status type has a single scope").isGreaterThan(1);

        for (S scope : scopes()) {
            right(repository().insert(status("id-" + scopes().indexOf(scope), scope, 1, 0)));
        }

        for (S scope : scopes()) {
            assertThat(right(repository().count(TENANT, Option.some(scope), StatusFilter.any())))
                    .isEqualTo(1);
        }
        for (S scope : scopes()) {
            assertThat(right(repository().findByNaturalKey(key(status("x", scope, 1, 0))))
                            .map(v -> kind().scope(v.value())))
                    .contains(scope);
        }
    }

    @Test
    void find_by_natural_keys_answers_the_held_keys_only_at_their_current_version() {
        var one = right(repository().insert(status("id-1", scope(), 1, 0)));
        var two = right(repository().insert(status("id-2", scope(), 2, 0)));
        var twoAgain = right(repository().update(status("id-2", scope(), 2, 1), two.version()));
        var nobody = key(status("x", scope(), 3, 0));

        var found = right(repository().findByNaturalKeys(HashSet.of(key(one.value()), key(two.value()), nobody)));

        assertThat(found.toJavaMap())
                .containsOnly(
                        java.util.Map.entry(key(one.value()), one),
                        java.util.Map.entry(key(twoAgain.value()), twoAgain));
        assertThat(right(repository().findByNaturalKeys(HashSet.empty())).isEmpty())
                .isTrue();
    }

    @Test
    void find_by_natural_keys_holds_many_keys_at_once() {
        var stored = List.range(0, 600).map(n -> right(repository().insert(status(id(n), scope(), n, n))));
        var keys = stored.map(v -> key(v.value()))
                .toSet()
                .addAll(List.range(600, 700).map(n -> key(status("x", scope(), n, 0))));

        var found = right(repository().findByNaturalKeys(keys));

        assertThat(found.size()).isEqualTo(600);
        stored.forEach(v -> assertThat(found.get(key(v.value()))).contains(v));
    }

    @Test
    void a_status_is_found_and_deleted_only_in_its_own_scope() {
        assumeThat(scopes().size()).as("the type has more than one scope").isGreaterThan(1);
        var other = scopes().get(1);
        var stored = right(repository().insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository().findById(other, "id-1"))).isEmpty();
        assertThat(left(repository().delete(other, "id-1", Option.none())))
                .isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-1"));
        assertThat(right(repository().findById(scope(), "id-1"))).contains(stored);
    }

    // --- update ----------------------------------------------------------------------------------------------------

    @Test
    void an_update_at_the_expected_version_replaces_the_status_and_bumps_the_version() {
        var stored = right(repository().insert(status("id-1", scope(), 1, 0)));
        var changed = status("id-1", scope(), 1, 5);

        var updated = right(repository().update(changed, stored.version()));

        assertThat(updated).isEqualTo(new Versioned<>(changed, 2));
        assertThat(right(repository().findById(scope(), "id-1"))).contains(updated);
        assertThat(right(repository().findByNaturalKey(key(changed)))).contains(updated);
    }

    @Test
    void versions_grow_by_one_with_every_update() {
        var current = right(repository().insert(status("id-1", scope(), 1, 0)));
        for (int variant = 1; variant <= 10; variant++) {
            current = right(repository().update(status("id-1", scope(), 1, variant), current.version()));
            assertThat(current.version()).isEqualTo(variant + 1L);
        }
        assertThat(right(repository().findById(scope(), "id-1"))).contains(current);
    }

    @Test
    void an_update_at_another_version_is_a_version_mismatch_naming_both_and_changes_nothing() {
        var stored = right(repository().insert(status("id-1", scope(), 1, 0)));
        var current = right(repository().update(status("id-1", scope(), 1, 1), stored.version()));

        var error = left(repository().update(status("id-1", scope(), 1, 2), stored.version()));

        assertVersionMismatch(error, "id-1", 1, 2);
        assertThat(right(repository().findById(scope(), "id-1"))).contains(current);
        assertThat(left(repository().update(status("id-1", scope(), 1, 2), 3)))
                .isInstanceOf(ApplicationError.VersionMismatch.class);
    }

    @Test
    void an_update_of_a_missing_status_is_not_found_and_stores_nothing() {
        var error = left(repository().update(status("id-1", scope(), 1, 0), Versioned.FIRST));

        assertThat(error).isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-1"));
        assertThat(count()).isZero();
    }

    @Test
    void an_update_onto_another_statuss_natural_key_is_a_conflict_and_changes_nothing() {
        var one = right(repository().insert(status("id-1", scope(), 1, 0)));
        var two = right(repository().insert(status("id-2", scope(), 2, 0)));

        var error = left(repository().update(status("id-2", scope(), 1, 1), two.version()));

        assertConflict(error, "id-1");
        assertThat(right(repository().findById(scope(), "id-2"))).contains(two);
        assertThat(right(repository().findByNaturalKey(key(one.value())))).contains(one);
    }

    @Test
    void an_update_that_moves_the_natural_key_frees_the_old_one() {
        var one = right(repository().insert(status("id-1", scope(), 1, 0)));

        var moved = right(repository().update(status("id-1", scope(), 2, 1), one.version()));

        assertThat(right(repository().findByNaturalKey(key(one.value())))).isEmpty();
        assertThat(right(repository().findByNaturalKey(key(moved.value())))).contains(moved);
        assertThat(right(repository().insert(status("id-2", scope(), 1, 0))).version())
                .isEqualTo(Versioned.FIRST);
    }

    @Test
    void an_update_may_drop_the_natural_key_and_take_it_back() {
        var one = right(repository().insert(status("id-1", scope(), 1, 0)));

        var keyless = right(repository().update(status("id-1", scope(), -1, 1), one.version()));
        assertThat(right(repository().findByNaturalKey(key(one.value())))).isEmpty();

        var keyed = right(repository().update(status("id-1", scope(), 1, 2), keyless.version()));
        assertThat(right(repository().findByNaturalKey(key(one.value())))).contains(keyed);
    }

    // --- delete ----------------------------------------------------------------------------------------------------

    @Test
    void delete_answers_the_removed_status_and_frees_its_id_and_key() {
        var stored = right(repository().insert(status("id-1", scope(), 1, 0)));

        assertThat(right(repository().delete(scope(), "id-1", Option.none()))).isEqualTo(stored);

        assertThat(right(repository().findById(scope(), "id-1"))).isEmpty();
        assertThat(right(repository().findByNaturalKey(key(stored.value())))).isEmpty();
        assertThat(right(repository().insert(status("id-1", scope(), 1, 3))))
                .isEqualTo(new Versioned<>(status("id-1", scope(), 1, 3), Versioned.FIRST));
    }

    @Test
    void delete_of_a_missing_status_is_not_found() {
        right(repository().insert(status("id-1", scope(), 1, 0)));

        assertThat(left(repository().delete(scope(), "id-2", Option.none())))
                .isEqualTo(new ApplicationError.NotFound(kind().graphType(), "id-2"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void delete_at_another_version_is_a_version_mismatch_and_keeps_the_status() {
        var stored = right(repository().insert(status("id-1", scope(), 1, 0)));
        var current = right(repository().update(status("id-1", scope(), 1, 1), stored.version()));

        assertVersionMismatch(left(repository().delete(scope(), "id-1", Option.some(1L))), "id-1", 1, 2);
        assertThat(right(repository().findById(scope(), "id-1"))).contains(current);

        assertThat(right(repository().delete(scope(), "id-1", Option.some(2L)))).isEqualTo(current);
        assertThat(count()).isZero();
    }
}
