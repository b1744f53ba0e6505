package io.devicestatus.application.service;

import static io.devicestatus.application.service.UseCaseFixtures.CONFIG_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.INSTALL_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.OTHER_INSTALL_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.SETTINGS;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.config;
import static io.devicestatus.application.service.UseCaseFixtures.install;
import static io.devicestatus.application.service.UseCaseFixtures.ios;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.ReportResult.Outcome;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Create-or-advance by natural key, with bounded retries when another writer gets in between. */
class ReportStatusTest {

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);

    @Test
    void the_first_report_creates_the_next_advances_and_a_repeat_changes_nothing() {
        var report = app.iosUpdates();

        var first = report.report(iosReport("device-1", IosUpdatesInstallStatus.AVAILABLE, 0))
                .get();
        var second = report.report(iosReport("device-1", IosUpdatesInstallStatus.DOWNLOADING, 5))
                .get();
        var repeat = report.report(iosReport("device-1", IosUpdatesInstallStatus.DOWNLOADING, 5))
                .get();

        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(first.status().version()).isEqualTo(1);
        assertThat(second.outcome()).isEqualTo(Outcome.ADVANCED);
        assertThat(second.status().version()).isEqualTo(2);
        assertThat(second.status().value().id())
                .isEqualTo(first.status().value().id());
        assertThat(second.status().value().installStatus()).isEqualTo(IosUpdatesInstallStatus.DOWNLOADING);
        assertThat(repeat.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(repeat.status()).isEqualTo(second.status());
    }

    @Test
    void an_older_report_is_stale_and_an_illegal_move_is_refused_and_neither_is_stored() {
        var report = app.iosUpdates();
        report.report(iosReport("device-1", IosUpdatesInstallStatus.SUCCESS, 10));

        var stale = report.report(iosReport("device-1", IosUpdatesInstallStatus.SUCCESS, 9))
                .getLeft();
        var illegal = report.report(iosReport("device-1", IosUpdatesInstallStatus.DOWNLOADING, 11))
                .getLeft();

        assertThat(stale).isInstanceOf(ApplicationError.Stale.class);
        assertThat(illegal).isInstanceOf(ApplicationError.IllegalTransition.class);
        var stored =
                store.iosUpdateStatuses().findById(TENANT_SCOPE, "id-1").get().get();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.value().installStatus()).isEqualTo(IosUpdatesInstallStatus.SUCCESS);
    }

    @Test
    void a_report_needs_its_natural_key() {
        var error = app.iosUpdates()
                .report(iosReport(null, IosUpdatesInstallStatus.AVAILABLE, 0))
                .getLeft();

        assertThat(((ApplicationError.Invalid) error).violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("deviceId");
                    assertThat(v.message()).contains("required to report");
                });
    }

    @Test
    void app_configuration_statuses_are_keyed_by_device_display_name_and_user_principal_name() {
        var report = app.appConfigurations();
        var anna = report.report(
                        new ReportStatusCommand<>(CONFIG_SCOPE, config("iPad-1", ComplianceStatus.COMPLIANT, 0)))
                .get();
        var annaAgain = report.report(
                        new ReportStatusCommand<>(CONFIG_SCOPE, config("iPad-1", ComplianceStatus.NON_COMPLIANT, 1)))
                .get();
        var otherDevice = report.report(
                        new ReportStatusCommand<>(CONFIG_SCOPE, config("iPad-2", ComplianceStatus.COMPLIANT, 1)))
                .get();
        var noUser = config("iPad-1", ComplianceStatus.COMPLIANT, 2);
        noUser = AppConfigurationProperties.draft(noUser)
                .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, null)
                .build();

        assertThat(annaAgain.outcome()).isEqualTo(Outcome.ADVANCED);
        assertThat(annaAgain.status().value().id())
                .isEqualTo(anna.status().value().id());
        assertThat(otherDevice.outcome()).isEqualTo(Outcome.CREATED);
        var error =
                report.report(new ReportStatusCommand<>(CONFIG_SCOPE, noUser)).getLeft();
        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("userPrincipalName");
    }

    @Test
    void the_same_device_in_two_scopes_has_two_statuses() {
        var report = app.appInstalls();

        report.report(new ReportStatusCommand<>(INSTALL_SCOPE, install("device-1", ResultantAppState.INSTALLED, 0)));
        report.report(new ReportStatusCommand<>(OTHER_INSTALL_SCOPE, install("device-1", ResultantAppState.FAILED, 0)));

        assertThat(store.appInstallStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isEqualTo(2);
        assertThat(store.appInstallStatuses()
                        .count(TENANT, Option.some(INSTALL_SCOPE), StatusFilter.any())
                        .get())
                .isOne();
    }

    @Test
    void a_report_that_loses_the_race_to_create_advances_what_the_other_writer_created() {
        var real = store.iosUpdateStatuses();
        var scripted = new ScriptedIosUpdateStatusRepository(real, (call, writes) -> {
            if (call == 1) {
                var theirs = IosUpdateDeviceStatus.create(
                                "theirs",
                                TENANT,
                                ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0),
                                SETTINGS.reportTimePolicy())
                        .get();
                real.writeAll(List.of(new Write.Insert<>(theirs)));
            }
            return Option.none();
        });
        var racing = UseCaseFixtures.application(
                scripted, store.appConfigurationStatuses(), store.appInstallStatuses(), store, SETTINGS);

        var result = racing.iosUpdates()
                .report(iosReport("device-1", IosUpdatesInstallStatus.DOWNLOADING, 1))
                .get();

        assertThat(result.outcome()).isEqualTo(Outcome.ADVANCED);
        assertThat(result.status().value().id().value()).isEqualTo("theirs");
        assertThat(result.status().version()).isEqualTo(2);
        assertThat(scripted.writeCalls()).isEqualTo(2);
    }

    @Test
    void a_report_that_keeps_losing_gives_up_after_the_configured_attempts() {
        app.iosUpdates().report(iosReport("device-1", IosUpdatesInstallStatus.AVAILABLE, 0));
        var mismatch = new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "id-1", 1, Option.none());
        var scripted = new ScriptedIosUpdateStatusRepository(
                store.iosUpdateStatuses(), (call, writes) -> Option.some(mismatch));
        var racing = UseCaseFixtures.application(
                scripted,
                store.appConfigurationStatuses(),
                store.appInstallStatuses(),
                store,
                SETTINGS.withMaxWriteAttempts(3));

        var error = racing.iosUpdates()
                .report(iosReport("device-1", IosUpdatesInstallStatus.IDLE, 1))
                .getLeft();

        assertThat(error).isEqualTo(mismatch);
        assertThat(scripted.writeCalls()).isEqualTo(3);
    }

    @Test
    void a_create_is_never_retried_and_an_unavailable_store_is_not_either() {
        var unavailable = new ApplicationError.Unavailable("database connection lost");
        var scripted = new ScriptedIosUpdateStatusRepository(
                store.iosUpdateStatuses(),
                (call, writes) -> Option.some(
                        call == 1
                                ? new ApplicationError.Conflict(
                                        "iosUpdateDeviceStatus", "deviceId 'device-1'", Option.none())
                                : unavailable));
        var racing = UseCaseFixtures.application(
                scripted, store.appConfigurationStatuses(), store.appInstallStatuses(), store, SETTINGS);

        var created = racing.iosUpdates()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)));
        var reported = racing.iosUpdates().report(iosReport("device-1", IosUpdatesInstallStatus.AVAILABLE, 0));

        assertThat(created.getLeft()).isInstanceOf(ApplicationError.Conflict.class);
        assertThat(reported.getLeft()).isEqualTo(unavailable);
        assertThat(scripted.writeCalls()).isEqualTo(2);
    }

    private static ReportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft> iosReport(
            String device, IosUpdatesInstallStatus status, int minutes) {
        return new ReportStatusCommand<>(TENANT_SCOPE, ios(device, status, minutes));
    }
}
