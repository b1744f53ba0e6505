package io.devicestatus.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.out.ListPosition;
import io.devicestatus.domain.common.GraphDateTime;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report-time orders: by the instant to 100 ns whatever the offset, then by id; filters and scopes in that order;
 * a status that moves when its report time changes; paging that neither repeats nor skips while statuses come and go.
 */
abstract class ReportTimeOrderContract<T, S, D> extends ContractPart<T, S, D> {

    ReportTimeOrderContract(StatusRepositoryContract<T, S, D> contract) {
        super(contract);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ListOrder.class,
            names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
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
        written.zipWithIndex()
                .forEach(w -> right(repository().insert(status(w._1._1, scope(), w._2, w._2, time(w._1._2)))));
        var ascending = List.of("id-j", "id-h", "id-i", "id-b", "id-e", "id-c", "id-d", "id-g", "id-a", "id-f");
        var expected = order.descending() ? ascending.reverse() : ascending;

        assertThat(ids(listAll(everyScope(), StatusFilter.any(), order))).containsExactlyElementsOf(expected);
        for (int limit = 1; limit <= 3; limit++) {
            assertThat(ids(pagedBy(limit, everyScope(), StatusFilter.any(), order)))
                    .as("by pages of %d", limit)
                    .containsExactlyElementsOf(expected);
        }
        var nobodysPosition =
                ListPosition.after(time("2026-11-23T10:01:00.1234567Z").instant(), "id-cc");
        assertThat(ids(list(everyScope(), StatusFilter.any(), order, Option.some(nobodysPosition), 3)))
                .as("after a position nobody holds, between id-c and id-d")
                .containsExactlyElementsOf(
                        order.descending() ? List.of("id-c", "id-e", "id-b") : List.of("id-d", "id-g", "id-a"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ListOrder.class,
            names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
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
        var stored = written.zipWithIndex()
                .map(w -> right(repository().insert(status(w._1._1, scope(), w._2, w._2, new GraphDateTime(w._1._2)))));
        var ascending = List.of("id-0", "id-1", "id-2", "id-3", "id-4", "id-5");
        var expected = order.descending() ? ascending.reverse() : ascending;

        var listed = listAll(everyScope(), StatusFilter.any(), order);

        assertThat(ids(listed)).containsExactlyElementsOf(expected);
        assertThat(listed).as("each as written, its offset included").containsExactlyInAnyOrderElementsOf(stored);
        assertThat(ids(pagedBy(1, everyScope(), StatusFilter.any(), order))).containsExactlyElementsOf(expected);
        var writtenInAnotherOffset = ListPosition.after(
                instant.withOffsetSameInstant(ZoneOffset.ofHours(9)).toInstant(), "id-2");
        assertThat(ids(list(everyScope(), StatusFilter.any(), order, Option.some(writtenInAnotherOffset), 2)))
                .containsExactlyElementsOf(order.descending() ? List.of("id-1", "id-0") : List.of("id-3", "id-4"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ListOrder.class,
            names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void paging_by_report_time_neither_repeats_nor_skips_while_statuses_are_inserted_and_deleted_between_pages(
            ListOrder order) {
        // 40 statuses, two at each time, written in three offsets. Between the first 8 pages, statuses arrive at the
        // last listed one's very time (with a smaller and a greater id) and 5 s either side of it. Between all pages
        // one status ahead goes, and so does one already listed (every other page the last one, whose position the
        // next page starts after).
        var inOrder = expectedOrder(order);
        var original = List.range(0, 40)
                .map(n -> right(repository().insert(status(id(n), scope(), n, n, secondsAfterBase(n / 2, n % 3)))));
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
            var listed = list(everyScope(), StatusFilter.any(), order, after, 3);
            if (listed.isEmpty()) {
                break;
            }
            seen.addAll(listed.asJava());
            var last = listed.last();
            after = Option.some(position(order, last));
            var time = kind().reportTime(last.value());
            for (T arrival : page >= 8
                    ? List.<T>empty()
                    : List.of(
                            status("a-" + page, scope(), device++, page, time),
                            status("z-" + page, scope(), device++, page, time),
                            status("m-" + page + "-early", scope(), device++, page, shifted(time, -5)),
                            status("m-" + page + "-late", scope(), device++, page, shifted(time, 5)))) {
                var inserted = right(repository().insert(arrival));
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
        var expected =
                original.appendAll(insertedAhead).removeAll(deletedUnseen).sorted(inOrder);
        assertThat(seen)
                .as("in order, each once: the statuses there from the start and those that arrived ahead,"
                        + " but not those that went before they were reached")
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ListOrder.class,
            names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void a_report_time_order_lists_exactly_what_each_filter_passes_in_each_scope(ListOrder order) {
        var stored = storeAMix();

        for (StatusFilter<D> filter : sampleFilters()) {
            for (Option<S> scope : queriedScopes()) {
                var expected = stored.filter(v ->
                                scope.forAll(kind().scope(v.value())::equals) && filter.test(kind().toDraft(v.value())))
                        .sorted(expectedOrder(order));
                var description = filter + " in " + scope;

                assertThat(listAll(scope, filter, order)).as(description).containsExactlyElementsOf(expected);
                assertThat(pagedBy(4, scope, filter, order))
                        .as(description + ", by pages of 4")
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void a_status_whose_report_time_changes_moves_in_the_report_time_orders() {
        var first = right(repository().insert(status("id-1", scope(), 1, 0, ContractStatuses.at(0))));
        right(repository().insert(status("id-2", scope(), 2, 1, ContractStatuses.at(1))));
        right(repository().insert(status("id-3", scope(), 3, 2, ContractStatuses.at(2))));

        right(repository().update(status("id-1", scope(), 1, 3, ContractStatuses.at(3)), first.version()));

        assertThat(ids(listAll(everyScope(), StatusFilter.any(), ListOrder.REPORT_TIME_ASC)))
                .containsExactly("id-2", "id-3", "id-1");
        assertThat(ids(listAll(everyScope(), StatusFilter.any(), ListOrder.REPORT_TIME_DESC)))
                .containsExactly("id-1", "id-3", "id-2");
        assertThat(ids(listAll(everyScope(), StatusFilter.any(), ListOrder.ID)))
                .containsExactly("id-1", "id-2", "id-3");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The order the port's Javadoc defines, written out here rather than taken from an adapter. */
    private Comparator<Versioned<T>> expectedOrder(ListOrder order) {
        Comparator<Versioned<T>> byId = Comparator.comparing(v -> kind().id(v.value()));
        Comparator<Versioned<T>> ascending = order.byReportTime()
                ? Comparator.<Versioned<T>, Instant>comparing(
                                v -> kind().reportTime(v.value()).instant())
                        .thenComparing(byId)
                : byId;
        return order.descending() ? ascending.reversed() : ascending;
    }

    private void delete(Versioned<T> status, java.util.Set<Versioned<T>> held) {
        right(repository().delete(kind().scope(status.value()), kind().id(status.value()), Option.none()));
        held.remove(status);
    }

    private static GraphDateTime time(String text) {
        return new GraphDateTime(OffsetDateTime.parse(text));
    }

    /** {@code seconds} after 2026-11-23T10:00:00.1234567Z, written in one of three offsets. */
    private static GraphDateTime secondsAfterBase(int seconds, int offset) {
        var offsets = List.of(ZoneOffset.ofHours(1), ZoneOffset.ofHours(-8), ZoneOffset.UTC);
        return new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567Z")
                .plusSeconds(seconds)
                .withOffsetSameInstant(offsets.get(offset)));
    }

    private static GraphDateTime shifted(GraphDateTime time, int seconds) {
        return new GraphDateTime(time.value().plusSeconds(seconds));
    }
}
