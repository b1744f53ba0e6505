package io.devicestatus.application.service;

import static io.devicestatus.application.service.UseCaseFixtures.CONFIG_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.OTHER_TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.config;
import static io.devicestatus.application.service.UseCaseFixtures.ios;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.DeleteStatusCommand;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ReportResult;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The use cases keep tenants apart: what one tenant holds, another can neither see, change, page nor import into. */
class TenantIsolationTest {

    private static final TenantScope OTHER_SCOPE = TenantScope.of(OTHER_TENANT);

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);
    private final StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> ios = app.iosUpdates();

    @Test
    void another_tenant_gets_updates_and_deletes_nothing_of_a_tenants_status_and_changes_nothing() {
        var created = ios.create(
                        new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();
        var id = created.value().id();

        assertThat(ios.get(new GetStatusQuery<>(OTHER_SCOPE, id)).getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(ios.update(new UpdateStatusCommand<>(
                                OTHER_SCOPE,
                                id,
                                ios("device-1", IosUpdatesInstallStatus.DOWNLOADING, 1),
                                List.empty(),
                                null))
                        .getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(ios.delete(new DeleteStatusCommand<>(OTHER_SCOPE, id, null)).getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);

        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, id)).get()).isEqualTo(created);
    }

    @Test
    void the_same_device_reports_in_two_tenants_as_two_statuses_each_counted_in_its_own_tenant() {
        var ours = ios.report(
                        new ReportStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();
        var theirs = ios.report(
                        new ReportStatusCommand<>(OTHER_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();

        assertThat(ours.outcome()).isEqualTo(ReportResult.Outcome.CREATED);
        assertThat(theirs.outcome()).isEqualTo(ReportResult.Outcome.CREATED);
        assertThat(theirs.status().value().tenant()).isEqualTo(OTHER_TENANT);
        for (var tenant : List.of(TENANT, OTHER_TENANT)) {
            var page = ios.list(new ListStatusesQuery<>(tenant, null, StatusFilter.any(), null, null, true))
                    .get();
            assertThat(page.totalCount()).contains(1L);
            assertThat(page.items()).allMatch(stored -> stored.value().tenant().equals(tenant));
            var summary =
                    ios.summarize(new SummarizeStatusesQuery<>(tenant, null)).get();
            assertThat(summary.counts())
                    .allMatch(count -> count.scope().tenant().equals(tenant));
            assertThat(summary.count(
                            TenantScope.of(tenant),
                            IosUpdateProperties.INSTALL_STATUS,
                            IosUpdatesInstallStatus.AVAILABLE))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_cursor_issued_to_one_tenant_is_refused_for_another() {
        for (int device = 0; device < 3; device++) {
            ios.create(new CreateStatusCommand<>(
                    TENANT_SCOPE, ios("device-" + device, IosUpdatesInstallStatus.AVAILABLE, device)));
        }
        var first = ios.list(new ListStatusesQuery<>(TENANT, null, StatusFilter.any(), 1, null, false))
                .get();

        var refused = ios.list(new ListStatusesQuery<>(
                OTHER_TENANT, null, StatusFilter.any(), 1, first.nextCursor().get(), false));

        assertThat(refused.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        assertThat(((ApplicationError.Invalid) refused.getLeft()).violations().map(Violation::field))
                .containsExactly("cursor");
    }

    @Test
    void a_list_or_summary_for_one_tenant_naming_another_tenants_scope_is_invalid_on_scope_tenant() {
        var config = app.appConfigurations();
        var listed = config.list(ListStatusesQuery.firstPage(OTHER_TENANT, CONFIG_SCOPE, StatusFilter.any()));
        var summarized = config.summarize(new SummarizeStatusesQuery<>(OTHER_TENANT, CONFIG_SCOPE));

        for (var refusal : List.of(listed.getLeft(), summarized.getLeft())) {
            assertThat(((ApplicationError.Invalid) refusal).violations().map(Violation::field))
                    .containsExactly("scope.tenant");
        }
    }

    @Test
    void an_import_for_one_tenant_rejects_items_of_another_and_writes_only_its_own() {
        var config = app.appConfigurations();
        var elsewhere = new ConfigurationScope(OTHER_TENANT, CONFIG_SCOPE.collection(), CONFIG_SCOPE.configurationId());
        var results = new ArrayList<ImportItemResult<?>>();

        var totals = config.importAll(
                TENANT,
                List.of(
                                ImportStatusCommand.report(
                                        CONFIG_SCOPE, config("device-1", ComplianceStatus.COMPLIANT, 0)),
                                ImportStatusCommand.report(
                                        elsewhere, config("device-2", ComplianceStatus.COMPLIANT, 0)),
                                ImportStatusCommand.create(CONFIG_SCOPE, config("device-3", ComplianceStatus.ERROR, 0)))
                        .iterator(),
                results::add);

        assertThat(totals.created()).isEqualTo(2);
        assertThat(totals.rejected()).isEqualTo(1);
        var rejected = (ApplicationError.Invalid) results.get(1).result().getLeft();
        assertThat(rejected.violations().map(Violation::field)).containsExactly("scope.tenant");
        assertThat(store.appConfigurationStatuses()
                        .count(OTHER_TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isZero();
        assertThat(store.appConfigurationStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isEqualTo(2);
    }
}
