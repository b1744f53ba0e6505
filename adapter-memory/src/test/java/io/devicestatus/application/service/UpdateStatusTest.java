package io.devicestatus.application.service;

import static io.devicestatus.application.model.IosUpdateProperties.DEVICE_MODEL;
import static io.devicestatus.application.model.IosUpdateProperties.INSTALL_STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.USER_NAME;
import static io.devicestatus.application.service.UseCaseFixtures.INSTALL_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.SETTINGS;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.at;
import static io.devicestatus.application.service.UseCaseFixtures.install;
import static io.devicestatus.application.service.UseCaseFixtures.ios;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** PATCH semantics: absent keeps, null clears what may be null, the domain's rules judge the result. */
class UpdateStatusTest {

    private static final IosUpdateDeviceStatus.Draft NOTHING = IosUpdateKind.INSTANCE.emptyDraft();
    private static final StatusId ID = new StatusId("id-1");

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);
    private final IosUpdateDeviceStatus original = app.iosUpdates()
            .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
            .get()
            .value();

    @Test
    void absent_properties_keep_their_values_and_set_ones_change() {
        var changes = changes(USER_NAME, "Anna Smith");

        var updated = update(changes, List.empty(), null).get();

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.value().userName()).contains("Anna Smith");
        assertThat(updated.value())
                .usingRecursiveComparison()
                .ignoringFields("userName")
                .isEqualTo(original);
        assertThat(stored().value().userName()).contains("Anna Smith");
    }

    @Test
    void null_clears_a_nullable_property() {
        var updated = app.iosUpdates()
                .update(UpdateStatusCommand.of(
                        TENANT_SCOPE,
                        ID,
                        IosUpdateProperties.draft()
                                .clear(IosUpdateProperties.OS_VERSION)
                                .clear(DEVICE_MODEL)))
                .get();

        assertThat(updated.value().osVersion()).isEmpty();
        assertThat(updated.value().deviceModel()).isEmpty();
        assertThat(updated.value().deviceId()).contains("device-1");
    }

    @Test
    void clearing_required_or_unknown_properties_or_the_id_lists_every_offence_and_changes_nothing() {
        var error = update(
                        changes(USER_NAME, "changed"), List.of("status", "colour", "id", "lastReportedDateTime"), null)
                .getLeft();

        var violations = ((ApplicationError.Invalid) error).violations();
        assertThat(violations.map(Violation::field)).containsExactly("status", "colour", "id", "lastReportedDateTime");
        assertThat(violations.get(0).message()).contains("cannot be null", "osVersion, deviceId");
        assertThat(violations.get(1).message()).contains("is not a property of iosUpdateDeviceStatus", "installStatus");
        assertThat(violations.get(2).message()).contains("cannot change");
        assertThat(stored().version()).isEqualTo(1);
        assertThat(stored().value()).isEqualTo(original);
    }

    @Test
    void the_lifecycle_judges_the_merged_result() {
        var succeeded = changes(INSTALL_STATUS, IosUpdatesInstallStatus.SUCCESS);
        assertThat(update(succeeded, List.empty(), null).isRight()).isTrue();

        var error = update(changes(INSTALL_STATUS, IosUpdatesInstallStatus.DOWNLOADING), List.empty(), null)
                .getLeft();

        assertThat(error).isInstanceOf(ApplicationError.IllegalTransition.class);
        assertThat(error.message()).contains("installStatus cannot move from 'success' to 'downloading'");
        assertThat(stored().value().installStatus()).isEqualTo(IosUpdatesInstallStatus.SUCCESS);
    }

    @Test
    void an_older_report_time_is_stale() {
        var older = changes(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(-1));

        var error = update(older, List.empty(), null).getLeft();

        assertThat(error).isInstanceOf(ApplicationError.Stale.class);
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void an_expected_version_that_is_not_the_stored_one_is_a_version_mismatch() {
        var error = update(changes(USER_NAME, "x"), List.empty(), 7L).getLeft();

        assertThat(error)
                .isEqualTo(new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "id-1", 7, Option.some(1L)));
        assertThat(update(changes(USER_NAME, "x"), List.empty(), 1L).get().version())
                .isEqualTo(2);
    }

    @Test
    void an_update_that_changes_nothing_writes_nothing() {
        var same = update(changes(USER_NAME, "Anna"), List.empty(), null).get();

        assertThat(same.version()).isEqualTo(1);
    }

    @Test
    void an_unknown_id_is_not_found() {
        var error = app.iosUpdates()
                .update(new UpdateStatusCommand<>(TENANT_SCOPE, new StatusId("id-9"), NOTHING, List.empty(), null))
                .getLeft();

        assertThat(error).isEqualTo(new ApplicationError.NotFound("iosUpdateDeviceStatus", "id-9"));
    }

    @Test
    void moving_onto_another_devices_natural_key_is_a_conflict() {
        app.iosUpdates()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-2", IosUpdatesInstallStatus.AVAILABLE, 0)));
        var onto = changes(IosUpdateProperties.DEVICE_ID, "device-2");

        var error = update(onto, List.empty(), null).getLeft();

        assertThat(error).isInstanceOf(ApplicationError.Conflict.class);
        assertThat(stored().value().deviceId()).contains("device-1");
    }

    @Test
    void an_unconditional_update_that_loses_a_race_is_applied_to_the_newer_version() {
        var scripted = raced(store);
        var racing = UseCaseFixtures.application(
                scripted, store.appConfigurationStatuses(), store.appInstallStatuses(), store, SETTINGS);

        var updated = racing.iosUpdates()
                .update(new UpdateStatusCommand<>(TENANT_SCOPE, ID, changes(USER_NAME, "mine"), List.empty(), null))
                .get();

        assertThat(updated.version()).isEqualTo(3);
        assertThat(updated.value().userName()).contains("mine");
        assertThat(updated.value().deviceDisplayName()).contains("theirs");
        assertThat(scripted.writeCalls()).isEqualTo(2);
    }

    @Test
    void a_conditional_update_that_loses_a_race_is_never_retried() {
        var scripted = raced(store);
        var racing = UseCaseFixtures.application(
                scripted, store.appConfigurationStatuses(), store.appInstallStatuses(), store, SETTINGS);

        var error = racing.iosUpdates()
                .update(new UpdateStatusCommand<>(TENANT_SCOPE, ID, changes(USER_NAME, "mine"), List.empty(), 1L))
                .getLeft();

        assertThat(error).isInstanceOf(ApplicationError.VersionMismatch.class);
        assertThat(scripted.writeCalls()).isEqualTo(1);
        assertThat(stored().value().userName()).contains("Anna");
    }

    @Test
    void app_install_state_changes_carry_their_detail_and_error_code_rules() {
        var installs = app.appInstalls();
        var id = installs.create(new CreateStatusCommand<>(
                        INSTALL_SCOPE, install("device-1", ResultantAppState.PENDING_INSTALL, 0)))
                .get()
                .value()
                .id();
        var failedAlone = AppInstallProperties.draft()
                .set(AppInstallProperties.LAST_SYNC_DATE_TIME, at(1))
                .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.FAILED)
                .build();

        var error = installs.update(new UpdateStatusCommand<>(INSTALL_SCOPE, id, failedAlone, List.empty(), null))
                .getLeft();
        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("errorCode");

        var failed = AppInstallProperties.draft(failedAlone)
                .set(AppInstallProperties.INSTALL_STATE_DETAIL, ResultantAppStateDetail.SEE_INSTALL_ERROR_CODE)
                .set(AppInstallProperties.ERROR_CODE, -2016330712)
                .build();
        var updated = installs.update(new UpdateStatusCommand<>(INSTALL_SCOPE, id, failed, List.empty(), null))
                .get()
                .value();
        assertThat(updated.installState()).isEqualTo(ResultantAppState.FAILED);
        assertThat(updated.mobileAppInstallStatusValue()).isEqualTo(ResultantAppState.FAILED);
        assertThat(updated.errorCode()).isEqualTo(-2016330712);
    }

    /** Before the first write, another writer changes the device's display name. */
    private static ScriptedIosUpdateStatusRepository raced(InMemoryStatusStore store) {
        var real = store.iosUpdateStatuses();
        return new ScriptedIosUpdateStatusRepository(real, (call, writes) -> {
            if (call == 1) {
                var current = real.findById(TENANT_SCOPE, "id-1").get().get();
                var theirs = IosUpdateKind.INSTANCE.merge(
                        current.value().toDraft(),
                        changes(IosUpdateProperties.DEVICE_DISPLAY_NAME, "theirs"),
                        List.empty());
                real.writeAll(List.of(new Write.Update<>(
                        current.value()
                                .advance(theirs, SETTINGS.reportTimePolicy())
                                .get(),
                        current.version())));
            }
            return Option.none();
        });
    }

    private io.vavr.control.Either<ApplicationError, io.devicestatus.application.model.Versioned<IosUpdateDeviceStatus>>
            update(IosUpdateDeviceStatus.Draft changes, Seq<String> cleared, Long expectedVersion) {
        return app.iosUpdates().update(new UpdateStatusCommand<>(TENANT_SCOPE, ID, changes, cleared, expectedVersion));
    }

    private io.devicestatus.application.model.Versioned<IosUpdateDeviceStatus> stored() {
        return app.iosUpdates().get(new GetStatusQuery<>(TENANT_SCOPE, ID)).get();
    }

    /** A partial update of one property. */
    private static <V> IosUpdateDeviceStatus.Draft changes(Property<IosUpdateDeviceStatus.Draft, V> property, V value) {
        return IosUpdateProperties.draft().set(property, value).build();
    }
}
