package io.devicestatus.application.service;

import static io.devicestatus.application.model.AppInstallProperties.INSTALL_STATE;
import static io.devicestatus.application.model.IosUpdateProperties.INSTALL_STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.STATUS;
import static io.devicestatus.application.service.UseCaseFixtures.INSTALL_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.OTHER_INSTALL_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.at;
import static io.devicestatus.application.service.UseCaseFixtures.install;
import static io.devicestatus.application.service.UseCaseFixtures.ios;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StateCount;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.StatusPageResult;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListAndSummarizeTest {

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);

    @Test
    void pages_follow_the_cursor_through_every_status_once_in_id_order() {
        createIos(250);
        var seen = new ArrayList<String>();
        var pages = 0;
        String cursor = null;
        do {
            var page = listIos(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 100, cursor, false));
            page.items().forEach(v -> seen.add(v.value().id().value()));
            cursor = page.nextCursor().getOrNull();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(250).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void a_last_page_that_is_exactly_full_has_no_next_cursor() {
        createIos(200);

        var first = listIos(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), null, null, false));
        var second = listIos(new ListStatusesQuery<>(
                TENANT,
                TENANT_SCOPE,
                StatusFilter.any(),
                null,
                first.nextCursor().get(),
                false));

        assertThat(first.items()).hasSize(ListStatusesQuery.DEFAULT_PAGE_SIZE);
        assertThat(second.items()).hasSize(100);
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void page_sizes_outside_1_to_1000_and_foreign_cursors_are_invalid() {
        for (int size : new int[] {0, -1, 1001}) {
            var error = app.iosUpdates()
                    .list(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), size, null, false))
                    .getLeft();
            assertThat(((ApplicationError.Invalid) error).violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("pageSize"));
        }
        var error = app.iosUpdates()
                .list(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 10, "not-a-cursor", false))
                .getLeft();
        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("cursor");
        assertThat(app.iosUpdates()
                        .list(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 1000, null, false))
                        .isRight())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ListOrder.class,
            names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void pages_by_report_time_follow_the_cursor_through_every_status_once_in_that_order(ListOrder order) {
        // 25 statuses at 7 instants, written in three offsets: ties on the time go by id.
        var offsets = List.of(ZoneOffset.ofHours(1), ZoneOffset.ofHours(-8), ZoneOffset.UTC);
        for (int i = 1; i <= 25; i++) {
            var time = new GraphDateTime(at(i % 7).value().withOffsetSameInstant(offsets.get(i % 3)));
            app.iosUpdates()
                    .create(new CreateStatusCommand<>(TENANT_SCOPE, iosReportedAt(i, time)))
                    .get();
        }
        Comparator<IosUpdateDeviceStatus> ascending = Comparator.comparing(
                        (IosUpdateDeviceStatus s) -> s.lastReportedDateTime().instant())
                .thenComparing(s -> s.id().value());
        var all = app.iosUpdates()
                .list(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 1000, null, false))
                .get()
                .items()
                .map(Versioned::value);
        var expected = all.sorted(order.descending() ? ascending.reversed() : ascending)
                .map(s -> s.id().value());
        var seen = new ArrayList<String>();
        var pages = 0;
        String cursor = null;
        do {
            var page =
                    listIos(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 4, cursor, true, order));
            assertThat(page.totalCount()).contains(25L);
            page.items().forEach(v -> seen.add(v.value().id().value()));
            cursor = page.nextCursor().getOrNull();
            assertThat(cursor)
                    .as("an opaque, URL-safe cursor")
                    .satisfiesAnyOf(
                            c -> assertThat(c).isNull(), c -> assertThat(c).matches("[0-9a-z]+"));
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(7);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(List.ofAll(seen).sorted())
                .as("each status once")
                .containsExactlyElementsOf(all.map(s -> s.id().value()).sorted());
    }

    @Test
    void a_cursor_given_with_another_order_than_its_page_had_is_invalid_naming_the_cursor() {
        createIos(5);
        var newestFirst = listIos(new ListStatusesQuery<>(
                TENANT, TENANT_SCOPE, StatusFilter.any(), 2, null, false, ListOrder.REPORT_TIME_DESC));
        var byId = listIos(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 2, null, false));
        var descCursor = newestFirst.nextCursor().get();
        var idCursor = byId.nextCursor().get();

        assertCursorRefused(
                descCursor,
                ListOrder.REPORT_TIME_ASC,
                "issued for a list in report time order, newest first, not in report time order, oldest first");
        assertCursorRefused(descCursor, null, "issued for a list in report time order, newest first, not in id order");
        assertCursorRefused(
                descCursor, ListOrder.ID, "issued for a list in report time order, newest first, not in id order");
        assertCursorRefused(
                idCursor,
                ListOrder.REPORT_TIME_DESC,
                "issued for a list in id order, not in report time order, newest first");
        var next = listIos(new ListStatusesQuery<>(
                TENANT, TENANT_SCOPE, StatusFilter.any(), 2, descCursor, false, ListOrder.REPORT_TIME_DESC));
        assertThat(next.items())
                .as("the cursor goes on in its own order")
                .hasSize(2)
                .doesNotContainAnyElementsOf(newestFirst.items());
    }

    private void assertCursorRefused(String cursor, ListOrder order, String why) {
        var error = app.iosUpdates()
                .list(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), 2, cursor, false, order))
                .getLeft();
        assertThat(error).isInstanceOf(ApplicationError.Invalid.class);
        var violation = ((ApplicationError.Invalid) error).violations().single();
        assertThat(violation.field()).isEqualTo("cursor");
        assertThat(violation.rejectedValue()).contains(cursor);
        assertThat(violation.message()).contains(why);
    }

    @Test
    void filters_select_by_state_and_device_and_the_count_covers_all_pages() {
        createIos(30);
        var downloading = StatusFilter.of(
                        IosUpdateProperties.INSTALL_STATUS, Match.eq(IosUpdatesInstallStatus.DOWNLOADING))
                .and(IosUpdateProperties.DEVICE_ID, Match.ne("device-3"));

        var page = listIos(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, downloading, 4, null, true));

        var expected = List.rangeClosed(1, 30).filter(i -> i % 3 == 0 && i != 3).size();
        assertThat(page.totalCount()).contains((long) expected);
        assertThat(page.items()).hasSize(4).allSatisfy(v -> {
            assertThat(v.value().installStatus()).isEqualTo(IosUpdatesInstallStatus.DOWNLOADING);
            assertThat(v.value().deviceId()).isNotEqualTo(Option.some("device-3"));
        });
        assertThat(listIos(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, downloading, 4, null, false))
                        .totalCount())
                .isEmpty();
    }

    @Test
    void a_scope_lists_only_its_own_statuses_and_none_lists_every_scope() {
        var installs = app.appInstalls();
        installs.create(new CreateStatusCommand<>(INSTALL_SCOPE, install("d-1", ResultantAppState.INSTALLED, 0)));
        installs.create(new CreateStatusCommand<>(OTHER_INSTALL_SCOPE, install("d-1", ResultantAppState.INSTALLED, 0)));
        installs.create(new CreateStatusCommand<>(OTHER_INSTALL_SCOPE, install("d-2", ResultantAppState.FAILED, 0)));

        var own = installs.list(ListStatusesQuery.firstPage(TENANT, OTHER_INSTALL_SCOPE, StatusFilter.any()))
                .get();
        var all = installs.list(new ListStatusesQuery<>(TENANT, null, StatusFilter.any(), null, null, true))
                .get();

        assertThat(own.items())
                .extracting(v -> v.value().scope())
                .containsOnly(OTHER_INSTALL_SCOPE)
                .hasSize(2);
        assertThat(all.items()).hasSize(3);
        assertThat(all.totalCount()).contains(3L);
    }

    @Test
    void the_summary_counts_each_state_value_per_scope() {
        var installs = app.appInstalls();
        installs.create(new CreateStatusCommand<>(INSTALL_SCOPE, install("d-1", ResultantAppState.INSTALLED, 0)));
        installs.create(new CreateStatusCommand<>(INSTALL_SCOPE, install("d-2", ResultantAppState.INSTALLED, 0)));
        installs.create(new CreateStatusCommand<>(INSTALL_SCOPE, install("d-3", ResultantAppState.FAILED, 0)));
        installs.create(new CreateStatusCommand<>(OTHER_INSTALL_SCOPE, install("d-1", ResultantAppState.FAILED, 0)));

        var everywhere =
                installs.summarize(new SummarizeStatusesQuery<>(TENANT, null)).get();
        var one = installs.summarize(new SummarizeStatusesQuery<>(TENANT, INSTALL_SCOPE))
                .get();

        assertThat(everywhere.count(INSTALL_SCOPE, INSTALL_STATE, ResultantAppState.INSTALLED))
                .isEqualTo(2);
        assertThat(everywhere.count(INSTALL_SCOPE, INSTALL_STATE, ResultantAppState.FAILED))
                .isEqualTo(1);
        assertThat(everywhere.count(OTHER_INSTALL_SCOPE, INSTALL_STATE, ResultantAppState.FAILED))
                .isEqualTo(1);
        assertThat(everywhere.count(OTHER_INSTALL_SCOPE, INSTALL_STATE, ResultantAppState.INSTALLED))
                .isZero();
        assertThat(everywhere.counts()).hasSize(3);
        assertThat(one.counts()).extracting(StateCount::scope).containsOnly(INSTALL_SCOPE);
        assertThat(one.counts()).extracting(StateCount::value).containsExactly("failed", "installed");
    }

    @Test
    void the_ios_summary_counts_install_status_and_compliance_status() {
        createIos(9);

        var summary = app.iosUpdates()
                .summarize(new SummarizeStatusesQuery<>(TENANT, TENANT_SCOPE))
                .get();

        assertThat(summary.count(TENANT_SCOPE, INSTALL_STATUS, IosUpdatesInstallStatus.DOWNLOADING))
                .isEqualTo(3);
        assertThat(summary.count(TENANT_SCOPE, INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE))
                .isEqualTo(6);
        assertThat(summary.count(TENANT_SCOPE, STATUS, ComplianceStatus.COMPLIANT))
                .isEqualTo(9);
        assertThat(summary.counts().map(StateCount::count).sum().longValue()).isEqualTo(18);
    }

    /** Statuses for devices 1..n; every third is downloading, the rest available. Ids sort as id-1, id-10, ... */
    private void createIos(int n) {
        for (int i = 1; i <= n; i++) {
            var status = i % 3 == 0 ? IosUpdatesInstallStatus.DOWNLOADING : IosUpdatesInstallStatus.AVAILABLE;
            app.iosUpdates()
                    .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-" + i, status, 0)))
                    .get();
        }
    }

    /** An available iOS update status of device {@code n}, reported at {@code time}. */
    private static IosUpdateDeviceStatus.Draft iosReportedAt(int n, GraphDateTime time) {
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, "device-" + n)
                .set(IosUpdateProperties.USER_ID, "user-1")
                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Anna's iPad")
                .set(IosUpdateProperties.USER_NAME, "Anna")
                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, time)
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    private StatusPageResult<IosUpdateDeviceStatus> listIos(
            ListStatusesQuery<TenantScope, IosUpdateDeviceStatus.Draft> q) {
        return app.iosUpdates().list(q).get();
    }
}
