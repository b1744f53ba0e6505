package io.devicestatus.application.service;

import static io.devicestatus.application.service.UseCaseFixtures.CONFIG_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.OTHER_CONFIG_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static io.devicestatus.application.service.UseCaseFixtures.at;
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
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateGetDeleteTest {

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);
    private final StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> ios = app.iosUpdates();

    @Test
    void create_mints_an_id_and_stores_the_status_at_version_1() {
        var created = ios.create(
                        new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.value().id().value()).isEqualTo("id-1");
        assertThat(created.value().deviceId()).contains("device-1");
        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, new StatusId("id-1")))
                        .get())
                .isEqualTo(created);
    }

    @Test
    void create_reports_every_domain_violation_at_once_and_stores_nothing() {
        var draft = IosUpdateProperties.draft()
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, "device-1")
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(24 * 60))
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna\u0007")
                .build();

        var error = ios.create(new CreateStatusCommand<>(TENANT_SCOPE, draft)).getLeft();

        assertThat(error).isInstanceOf(ApplicationError.Invalid.class);
        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("installStatus", "lastReportedDateTime", "userPrincipalName");
        assertThat(error.message()).contains("is required", "ahead of the current time", "control character");
        assertThat(store.iosUpdateStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isZero();
    }

    @Test
    void create_checks_the_command_at_the_boundary_before_the_domain() {
        var error = ios.create(new CreateStatusCommand<>(null, null)).getLeft();

        assertThat(((ApplicationError.Invalid) error).violations())
                .extracting(Violation::field, Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("draft", "must not be null"),
                        org.assertj.core.groups.Tuple.tuple("scope", "must not be null"));
    }

    @Test
    void create_refuses_a_blank_scope_id_naming_the_field() {
        var blank = new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, " ");

        var error = app.appConfigurations()
                .create(new CreateStatusCommand<>(blank, config("Anna's iPad", ComplianceStatus.COMPLIANT, 0)))
                .getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("scope.configurationId");
    }

    @Test
    void create_with_a_natural_key_already_held_is_a_conflict_naming_the_holder() {
        ios.create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)));

        var error = ios.create(
                        new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.IDLE, 1)))
                .getLeft();

        assertThat(error).isInstanceOf(ApplicationError.Conflict.class);
        assertThat(((ApplicationError.Conflict) error).holderId()).contains("id-1");
        assertThat(error.message()).contains("deviceId 'device-1'");
        assertThat(store.iosUpdateStatuses()
                        .count(TENANT, Option.none(), StatusFilter.any())
                        .get())
                .isOne();
    }

    @Test
    void statuses_without_a_device_id_may_be_created_any_number_of_times() {
        var noDevice = ios(null, IosUpdatesInstallStatus.AVAILABLE, 0);

        assertThat(ios.create(new CreateStatusCommand<>(TENANT_SCOPE, noDevice)).isRight())
                .isTrue();
        assertThat(ios.create(new CreateStatusCommand<>(TENANT_SCOPE, noDevice)).isRight())
                .isTrue();
    }

    @Test
    void get_of_an_unknown_id_or_of_another_scope_is_not_found() {
        var configs = app.appConfigurations();
        var created = configs.create(
                        new CreateStatusCommand<>(CONFIG_SCOPE, config("Anna's iPad", ComplianceStatus.COMPLIANT, 0)))
                .get();
        var id = created.value().id();

        assertThat(configs.get(new GetStatusQuery<>(CONFIG_SCOPE, id)).get()).isEqualTo(created);
        assertThat(configs.get(new GetStatusQuery<>(OTHER_CONFIG_SCOPE, id)).getLeft())
                .isEqualTo(
                        new ApplicationError.NotFound("managedDeviceMobileAppConfigurationDeviceStatus", id.value()));
        assertThat(configs.get(new GetStatusQuery<>(CONFIG_SCOPE, new StatusId("nope")))
                        .getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
    }

    @Test
    void get_of_a_blank_id_is_invalid_not_a_lookup() {
        var error =
                ios.get(new GetStatusQuery<>(TENANT_SCOPE, new StatusId("  "))).getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("id");
    }

    /**
     * A {@link StatusId} built with its constructor is not checked; the use cases check it as the domain checks the
     * ids it mints, so a bad one is {@code Invalid} on {@code id} for get, update and delete alike, never a lookup.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "tab\there", "."})
    void a_bad_id_is_invalid_on_id_for_get_update_and_delete(String id) {
        var bad = new StatusId(id);
        var errors = List.of(
                ios.get(new GetStatusQuery<>(TENANT_SCOPE, bad)).getLeft(),
                ios.update(UpdateStatusCommand.of(
                                TENANT_SCOPE, bad, IosUpdateProperties.draft().set(IosUpdateProperties.USER_NAME, "x")))
                        .getLeft(),
                ios.delete(DeleteStatusCommand.of(TENANT_SCOPE, bad)).getLeft());

        for (var error : errors) {
            assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                    .containsExactly("id");
        }
    }

    @Test
    void an_id_of_128_code_points_is_looked_up_and_a_longer_one_is_invalid_naming_the_bound() {
        var longest = new StatusId("\uD83D\uDE00".repeat(128));
        var tooLong = new StatusId("a".repeat(129));

        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, longest)).getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(ios.delete(DeleteStatusCommand.of(TENANT_SCOPE, longest)).getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        var error = ios.get(new GetStatusQuery<>(TENANT_SCOPE, tooLong)).getLeft();
        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("id");
        assertThat(error.message()).contains("129 characters", "at most 128");
    }

    @Test
    void delete_removes_the_status_and_a_second_delete_is_not_found() {
        var created = ios.create(
                        new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();

        assertThat(ios.delete(new DeleteStatusCommand<>(TENANT_SCOPE, new StatusId("id-1"), null))
                        .get())
                .isEqualTo(created);
        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, new StatusId("id-1")))
                        .getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(ios.delete(new DeleteStatusCommand<>(TENANT_SCOPE, new StatusId("id-1"), null))
                        .getLeft())
                .isEqualTo(new ApplicationError.NotFound("iosUpdateDeviceStatus", "id-1"));
    }

    @Test
    void delete_at_another_version_is_a_version_mismatch_and_keeps_the_status() {
        ios.create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)));

        var error = ios.delete(new DeleteStatusCommand<>(TENANT_SCOPE, new StatusId("id-1"), 2L))
                .getLeft();

        assertThat(error)
                .isEqualTo(new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "id-1", 2, Option.some(1L)));
        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, new StatusId("id-1")))
                        .isRight())
                .isTrue();
        assertThat(ios.delete(new DeleteStatusCommand<>(TENANT_SCOPE, new StatusId("id-1"), 1L))
                        .isRight())
                .isTrue();
    }

    @Test
    void delete_in_another_scope_is_not_found_and_removes_nothing() {
        var configs = app.appConfigurations();
        var id = configs.create(
                        new CreateStatusCommand<>(CONFIG_SCOPE, config("Anna's iPad", ComplianceStatus.COMPLIANT, 0)))
                .get()
                .value()
                .id();

        assertThat(configs.delete(new DeleteStatusCommand<>(OTHER_CONFIG_SCOPE, id, null))
                        .getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(configs.get(new GetStatusQuery<>(CONFIG_SCOPE, id)).isRight())
                .isTrue();
    }
}
