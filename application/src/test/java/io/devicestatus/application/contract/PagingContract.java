package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.out.ListPage;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.application.port.out.ListRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keyset paging in id order: the limit, a start after any id (held or not), the next position the store gives, and
 * pages that neither repeat nor skip while statuses come and go between them.
 */
abstract class PagingContract<T, S, D> extends ContractPart<T, S, D> {

    PagingContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    @Test
    void list_honours_the_limit_and_starts_after_the_given_id_even_a_missing_one() {
        List.range(0, 20).forEach(n -> right(repository().insert(status(id(n * 2), scope(), n, n))));

        assertThat(ids(list(everyScope(), StatusFilter.any(), Option.none(), 3)))
                .containsExactly(id(0), id(2), id(4));
        assertThat(ids(list(everyScope(), StatusFilter.any(), Option.some(id(4)), 2)))
                .containsExactly(id(6), id(8));
        assertThat(ids(list(everyScope(), StatusFilter.any(), Option.some(id(5)), 2)))
                .as("after an id nobody has")
                .containsExactly(id(6), id(8));
        assertThat(ids(list(everyScope(), StatusFilter.any(), Option.some(id(38)), 5)))
                .isEmpty();
        assertThat(ids(list(everyScope(), StatusFilter.any(), Option.some(""), 1)))
                .containsExactly(id(0));
    }

    @Test
    void paging_neither_repeats_nor_skips_while_statuses_are_inserted_and_deleted_between_pages() {
        // Even ids are there from the start; odd ids arrive between pages, some behind the cursor, some ahead.
        List.range(0, 50).forEach(n -> right(repository().insert(status(id(2 * n), scope(), 2 * n, n))));
        var seen = new ArrayList<String>();
        var insertedAhead = new ArrayList<String>();
        var insertedBehind = new ArrayList<String>();
        var deleted = new ArrayList<String>();
        Option<String> after = Option.none();
        for (int page = 0; page < 100; page++) {
            var ids = ids(list(everyScope(), StatusFilter.any(), after, 7));
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
            if (right(repository().findById(scope(), doomed)).isDefined()) {
                right(repository().delete(scope(), doomed, Option.none()));
                deleted.add(doomed);
            }
        }

        assertThat(seen)
                .as("strictly ascending, so no repeats")
                .isSortedAccordingTo(String::compareTo)
                .doesNotHaveDuplicates();
        assertThat(seen)
                .containsAll(insertedAhead)
                .doesNotContainAnyElementsOf(insertedBehind)
                .doesNotContainAnyElementsOf(deleted);
        var there = List.range(0, 50).map(n -> id(2 * n)).removeAll(deleted);
        assertThat(seen).as("every status that stayed was seen").containsAll(there);
        assertThat(seen).hasSize(there.size() + insertedAhead.size());
    }

    // --- page: the position of the next page comes from the store --------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(ListOrder.class)
    void pages_by_the_next_position_the_store_gives_list_every_status_once_in_order(ListOrder order) {
        List.range(0, 23).forEach(n -> right(repository().insert(status(id(n), scope(), n, n % 4))));
        var expected = listAll(everyScope(), StatusFilter.any(), order);

        for (int limit : new int[] {1, 5, 22, 23, 24}) {
            var pages = pagesByNext(limit, everyScope(), StatusFilter.any(), order);
            assertThat(ids(pages.flatMap(ListPage::items)))
                    .as("pages of %d", limit)
                    .containsExactlyElementsOf(ids(expected));
            assertThat(pages.size()).as("pages of %d", limit).isEqualTo(Math.max(1, (23 + limit - 1) / limit));
            assertThat(pages.init().map(page -> page.items().size()))
                    .as("full pages")
                    .allMatch(size -> size == limit);
        }
    }

    @Test
    void pages_by_the_next_position_see_statuses_inserted_ahead_and_not_those_deleted() {
        List.range(0, 10).forEach(n -> right(repository().insert(status(id(2 * n), scope(), n, n))));
        var first = right(
                repository().page(request(Option.none(), 4), status -> ListPosition.of(ListOrder.ID, kind(), status)));
        right(repository().insert(status(id(9), scope(), 109, 9)));
        right(repository().delete(scope(), id(10), Option.none()));
        right(repository().insert(status(id(1), scope(), 101, 1)));

        var second = right(
                repository().page(request(first.next(), 4), status -> ListPosition.of(ListOrder.ID, kind(), status)));

        assertThat(ids(first.items())).containsExactly(id(0), id(2), id(4), id(6));
        assertThat(ids(second.items())).containsExactly(id(8), id(9), id(12), id(14));
        assertThat(second.next()).isNotEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** Every page of {@code limit} statuses, each page starting at the position the store gave as next. */
    private Seq<ListPage<T>> pagesByNext(int limit, Option<S> scope, StatusFilter<D> filter, ListOrder order) {
        Seq<ListPage<T>> pages = List.empty();
        Option<ListPosition> after = Option.none();
        for (int n = 0; n < ONE_PAGE; n++) {
            var page = right(repository()
                    .page(
                            new ListRequest<>(TENANT, scope, filter, order, after, limit),
                            status -> ListPosition.of(order, kind(), status)));
            pages = pages.append(page);
            if (page.next().isEmpty()) {
                return pages;
            }
            after = page.next();
        }
        return fail("paging did not end");
    }

    private ListRequest<S, D> request(Option<ListPosition> after, int limit) {
        return new ListRequest<>(TENANT, everyScope(), StatusFilter.any(), ListOrder.ID, after, limit);
    }

    /** Inserts the odd id nearest above {@code around}, unless it is there; the id inserted. */
    private Option<String> insertOdd(int around) {
        int odd = Math.max(1, around | 1);
        var id = id(odd);
        if (right(repository().findById(scope(), id)).isDefined()) {
            return Option.none();
        }
        right(repository().insert(status(id, scope(), odd, odd)));
        return Option.some(id);
    }
}
