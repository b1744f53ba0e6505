package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What one tenant holds, another never sees nor changes: lists, counts, summaries, finds, updates, deletes, batches
 * and list positions of {@link StatusRepositoryContract#OTHER_TENANT} leave {@link StatusRepositoryContract#TENANT}'s
 * statuses alone, and the same id and key in two tenants are two statuses.
 */
abstract class TenantsContract<T, S, D> extends ContractPart<T, S, D> {

    TenantsContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    @Test
    void another_tenant_lists_counts_and_summarizes_none_of_a_tenants_statuses() {
        for (S scope : scopes()) {
            right(repository().insert(status("a-" + scopes().indexOf(scope), scope, scopes().indexOf(scope), 0)));
        }

        for (Option<S> scope : queriedScopesOf(OTHER_TENANT)) {
            assertThat(right(otherTenant().count(OTHER_TENANT, scope, StatusFilter.any())))
                    .as("count in %s", scope)
                    .isZero();
            assertThat(right(otherTenant()
                            .list(new ListRequest<>(OTHER_TENANT, scope, StatusFilter.any(), Option.none(), ONE_PAGE))))
                    .as("list of %s", scope)
                    .isEmpty();
            assertThat(right(otherTenant().summarize(OTHER_TENANT, scope)))
                    .as("summary of %s", scope)
                    .isEmpty();
        }

        var theirs = status("b-0", otherScope(), 0, 1);
        right(otherTenant().insert(theirs));
        assertThat(right(otherTenant()
                                .list(new ListRequest<>(
                                        OTHER_TENANT,
                                        everyScopeOf(OTHER_TENANT),
                                        StatusFilter.any(),
                                        Option.none(),
                                        ONE_PAGE)))
                        .map(Versioned::value))
                .containsExactly(theirs);
        assertThat(ids(listAll())).doesNotContain("b-0").hasSize(guarantees().everyScope() ? scopes().size() : 1);
        assertThat(right(repository().summarize(TENANT, everyScope())).map(StateCount::scope))
                .allMatch(scope -> kind().tenant(scope).equals(TENANT));
    }

    @Test
    void the_same_id_and_natural_key_in_two_tenants_are_two_unrelated_statuses() {
        var ours = status("id-1", scope(), 1, 0);
        var theirs = status("id-1", otherScope(), 1, 1);

        right(repository().insert(ours));
        assertThat(right(otherTenant().insert(theirs))).isEqualTo(new Versioned<>(theirs, Versioned.FIRST));

        assertThat(right(repository().findById(scope(), "id-1"))).contains(new Versioned<>(ours, Versioned.FIRST));
        assertThat(right(otherTenant().findById(otherScope(), "id-1")))
                .contains(new Versioned<>(theirs, Versioned.FIRST));
        assertThat(right(repository().findByNaturalKey(key(ours))).map(Versioned::value))
                .contains(ours);
        assertThat(right(otherTenant().findByNaturalKey(key(theirs))).map(Versioned::value))
                .contains(theirs);
    }

    @Test
    void another_tenant_cannot_find_update_or_delete_a_tenants_status_by_its_id_or_key() {
        var ours = right(repository().insert(status("id-1", scope(), 1, 0)));

        assertThat(right(otherTenant().findById(otherScope(), "id-1"))).isEmpty();
        assertThat(right(otherTenant().findByNaturalKey(key(status("id-9", otherScope(), 1, 0)))))
                .isEmpty();
        assertThat(left(otherTenant().update(status("id-1", otherScope(), 1, 2), Versioned.FIRST)))
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(left(otherTenant().delete(otherScope(), "id-1", Option.none())))
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(left(otherTenant().delete(otherScope(), "id-1", Option.some(Versioned.FIRST))))
                .isInstanceOf(ApplicationError.NotFound.class);

        assertThat(right(repository().findById(scope(), "id-1"))).contains(ours);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_tenants_write_all_takes_ids_and_keys_another_tenant_holds_and_leaves_those_untouched() {
        var ours = List.of(status("id-1", scope(), 1, 0), status("id-2", scope(), 2, 0));
        right(repository().writeAll(ours.map(Write.Insert::new)));

        var theirKeys = List.of(1, 2)
                .map(device -> key(status("x", otherScope(), device, 0)))
                .toSet();
        assertThat(right(otherTenant().findByNaturalKeys(theirKeys))).isEmpty();

        var written = right(otherTenant()
                .writeAll(List.of(
                        new Write.Insert<>(status("id-1", otherScope(), 1, 3)),
                        new Write.Insert<>(status("id-2", otherScope(), 2, 3)),
                        new Write.Update<>(status("id-1", otherScope(), 1, 4), Versioned.FIRST))));

        assertThat(written.map(Versioned::version)).containsExactly(1L, 1L, 2L);
        for (T status : ours) {
            assertThat(right(repository().findById(scope(), kind().id(status))))
                    .contains(new Versioned<>(status, Versioned.FIRST));
        }
        assertThat(count()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ListOrder.class)
    void a_position_taken_from_another_tenants_list_pages_only_the_own_tenants_statuses(ListOrder order) {
        for (int n = 0; n < 6; n++) {
            right((n % 2 == 0 ? repository() : otherTenant())
                    .insert(status(id(n), n % 2 == 0 ? scope() : otherScope(), n, n)));
        }
        var theirs = right(otherTenant()
                        .list(new ListRequest<>(
                                OTHER_TENANT, everyScopeOf(OTHER_TENANT), StatusFilter.any(), order, Option.none(), 1)))
                .head()
                .value();

        var page = right(repository()
                .page(
                        new ListRequest<>(
                                TENANT,
                                everyScope(),
                                StatusFilter.any(),
                                order,
                                Option.some(ListPosition.of(order, kind(), theirs)),
                                ONE_PAGE),
                        status -> ListPosition.of(order, kind(), status)));

        assertThat(page.items())
                .isNotEmpty()
                .allMatch(stored -> kind().tenant(kind().scope(stored.value())).equals(TENANT));
    }
}
