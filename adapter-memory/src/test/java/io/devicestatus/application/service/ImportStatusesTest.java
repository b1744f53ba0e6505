package io.devicestatus.application.service;

import static io.devicestatus.application.service.UseCaseFixtures.SETTINGS;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.ios;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportItemResult;
import io.devicestatus.application.port.in.ImportItemResult.Outcome;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ImportSummaryResult;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bulk import: one result per item in input order, bad items rejected alone, batches written whole or not at all. */
class ImportStatusesTest {

    private final InMemoryStatusStore store = new InMemoryStatusStore();

    /** Ten items whose outcomes depend on each other across batch boundaries. */
    private static final java.util.List<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>> MIXED =
            Arrays.asList(
                    create(ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)),
                    report(ios("device-1", IosUpdatesInstallStatus.DOWNLOADING, 1)),
                    report(ios("device-1", IosUpdatesInstallStatus.DOWNLOADING, 1)),
                    create(withUpn(ios("device-9", IosUpdatesInstallStatus.AVAILABLE, 0), "anna\u0000@contoso.com")),
                    create(ios("device-1", IosUpdatesInstallStatus.IDLE, 2)),
                    report(ios("device-2", IosUpdatesInstallStatus.AVAILABLE, 0)),
                    report(ios("device-1", IosUpdatesInstallStatus.DOWNLOADING, 0)),
                    report(ios(null, IosUpdatesInstallStatus.AVAILABLE, 0)),
                    null,
                    report(ios("device-1", IosUpdatesInstallStatus.SUCCESS, 2)));

    private static final java.util.List<Outcome> MIXED_OUTCOMES = java.util.List.of(
            Outcome.CREATED,
            Outcome.ADVANCED,
            Outcome.UNCHANGED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.CREATED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.ADVANCED);

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 2, 3, 4, 7, 10, 500})
    void every_item_gets_its_outcome_in_input_order_whatever_the_batch_size(int batchSize) {
        var app = UseCaseFixtures.application(
                store.iosUpdateStatuses(),
                store.appConfigurationStatuses(),
                store.appInstallStatuses(),
                store,
                SETTINGS.withImportBatchSize(batchSize));
        var results = new ArrayList<ImportItemResult<IosUpdateDeviceStatus>>();

        var totals = app.iosUpdates().importAll(TENANT, MIXED.iterator(), results::add);

        assertThat(results).extracting(ImportItemResult::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(results).extracting(ImportItemResult::outcome).containsExactlyElementsOf(MIXED_OUTCOMES);
        assertThat(totals).isEqualTo(new ImportSummaryResult(2, 2, 1, 5));
        assertThat(errorOf(results.get(3))).isInstanceOf(ApplicationError.Invalid.class);
        assertThat(errorOf(results.get(4))).isInstanceOf(ApplicationError.Conflict.class);
        assertThat(errorOf(results.get(6))).isInstanceOf(ApplicationError.Stale.class);
        assertThat(((ApplicationError.Invalid) errorOf(results.get(7)))
                        .violations()
                        .map(Violation::field))
                .containsExactly("deviceId");
        assertThat(((ApplicationError.Invalid) errorOf(results.get(8)))
                        .violations()
                        .map(Violation::field))
                .containsExactly("command");
        assertThat(results.get(1).result().get().version()).isEqualTo(2);
        assertThat(results.get(2).result().get().version()).isEqualTo(2);

        var device1 = results.get(0).result().get().value().id().value();
        var stored =
                store.iosUpdateStatuses().findById(TENANT_SCOPE, device1).get().get();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.value().installStatus()).isEqualTo(IosUpdatesInstallStatus.SUCCESS);
        assertThat(stored).isEqualTo(results.get(9).result().get());
        assertThat(store.iosUpdateStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isEqualTo(2);
    }

    @Test
    void a_failed_batch_rejects_its_items_with_the_store_error_and_the_next_batch_goes_on() {
        var down = new ApplicationError.Unavailable("database connection lost");
        var scripted = new ScriptedIosUpdateStatusRepository(
                store.iosUpdateStatuses(), (call, writes) -> call == 1 ? Option.some(down) : Option.none());
        var app = UseCaseFixtures.application(
                scripted,
                store.appConfigurationStatuses(),
                store.appInstallStatuses(),
                store,
                SETTINGS.withImportBatchSize(3));
        var results = new ArrayList<ImportItemResult<IosUpdateDeviceStatus>>();

        var totals = app.iosUpdates().importAll(TENANT, devices(6).iterator(), results::add);

        assertThat(results)
                .extracting(ImportItemResult::outcome)
                .containsExactly(
                        Outcome.REJECTED,
                        Outcome.REJECTED,
                        Outcome.REJECTED,
                        Outcome.CREATED,
                        Outcome.CREATED,
                        Outcome.CREATED);
        assertThat(results.subList(0, 3)).allSatisfy(r -> assertThat(errorOf(r)).isEqualTo(down));
        assertThat(totals).isEqualTo(new ImportSummaryResult(3, 0, 0, 3));
        assertThat(store.iosUpdateStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isEqualTo(3);
    }

    @Test
    void a_batch_whose_commit_fails_after_writing_leaves_nothing_behind() {
        var real = store.iosUpdateStatuses();
        var scripted = new ScriptedIosUpdateStatusRepository(real, (call, writes) -> {
            real.writeAll(writes);
            return Option.some(new ApplicationError.Unavailable("commit failed"));
        });
        var app = UseCaseFixtures.application(
                scripted, store.appConfigurationStatuses(), store.appInstallStatuses(), store, SETTINGS);

        var totals = app.iosUpdates().importAll(TENANT, devices(4).iterator(), result -> {});

        assertThat(totals).isEqualTo(new ImportSummaryResult(0, 0, 0, 4));
        assertThat(real.count(TENANT, Option.none(), StatusFilter.any()).get()).isZero();
    }

    @Test
    void a_batch_that_keeps_losing_races_is_applied_item_by_item() {
        var scripted = new ScriptedIosUpdateStatusRepository(
                store.iosUpdateStatuses(),
                (call, writes) -> writes.size() > 1
                        ? Option.some(
                                new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "x", 1, Option.none()))
                        : Option.none());
        var app = UseCaseFixtures.application(
                scripted,
                store.appConfigurationStatuses(),
                store.appInstallStatuses(),
                store,
                SETTINGS.withImportBatchSize(10));
        var results = new ArrayList<ImportItemResult<IosUpdateDeviceStatus>>();

        app.iosUpdates().importAll(TENANT, MIXED.iterator(), results::add);

        assertThat(results).extracting(ImportItemResult::outcome).containsExactlyElementsOf(MIXED_OUTCOMES);
        // the batch tried maxWriteAttempts times, then one write each for items 0, 1, 4 (refused: key taken), 5, 9;
        // items 2 (unchanged) and 6 (stale) write nothing, items 3, 7, 8 never got past validation
        assertThat(scripted.writeCalls()).isEqualTo(SETTINGS.maxWriteAttempts() + 5);
    }

    @Test
    void an_empty_stream_imports_nothing() {
        var app = UseCaseFixtures.application(store);
        var results = new ArrayList<ImportItemResult<IosUpdateDeviceStatus>>();

        var totals = app.iosUpdates().importAll(TENANT, java.util.Collections.emptyIterator(), results::add);

        assertThat(totals.total()).isZero();
        assertThat(results).isEmpty();
    }

    private static java.util.List<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>> devices(int n) {
        return List.rangeClosed(1, n)
                .map(i -> report(ios("device-" + i, IosUpdatesInstallStatus.AVAILABLE, 0)))
                .toJavaList();
    }

    private static ApplicationError errorOf(ImportItemResult<IosUpdateDeviceStatus> result) {
        return result.result().getLeft();
    }

    private static ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft> create(IosUpdateDeviceStatus.Draft d) {
        return ImportStatusCommand.create(TENANT_SCOPE, d);
    }

    private static ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft> report(IosUpdateDeviceStatus.Draft d) {
        return ImportStatusCommand.report(TENANT_SCOPE, d);
    }

    private static IosUpdateDeviceStatus.Draft withUpn(IosUpdateDeviceStatus.Draft d, String upn) {
        return IosUpdateProperties.draft(d)
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, upn)
                .build();
    }
}
