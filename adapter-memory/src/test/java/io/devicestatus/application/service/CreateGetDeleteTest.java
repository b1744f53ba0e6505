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
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.DeleteStatusCommand;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class CreateGetDeleteTest {

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);
    private final StatusUseCases<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> ios =
            app.iosUpdates();

    @Test
    void create_mints_an_id_and_stores_the_status_at_version_1() {
        var created = ios.create()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.value().id().value()).isEqualTo("id-1");
        assertThat(created.value().deviceId()).contains("device-1");
        assertThat(ios.get().get(new GetStatusQuery<>(TENANT_SCOPE, "id-1")).get())
                .isEqualTo(created);
    }

    @Test
    void create_reports_every_domain_violation_at_once_and_stores_nothing() {
        var draft = new IosUpdateDeviceStatus.Draft(
                null,
                "17.1",
                "device-1",
                null,
                null,
                null,
                null,
                null,
                at(-600),
                ComplianceStatus.COMPLIANT,
                at(24 * 60),
                "anna\u0007");

        var error = ios.create()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, draft))
                .getLeft();

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
        var error = ios.create().create(new CreateStatusCommand<>(null, null)).getLeft();

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
                .create()
                .create(new CreateStatusCommand<>(blank, config("Anna's iPad", ComplianceStatus.COMPLIANT, 0)))
                .getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("scope.configurationId");
    }

    @Test
    void create_with_a_natural_key_already_held_is_a_conflict_naming_the_holder() {
        ios.create()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)));

        var error = ios.create()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.IDLE, 1)))
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

        assertThat(ios.create()
                        .create(new CreateStatusCommand<>(TENANT_SCOPE, noDevice))
                        .isRight())
                .isTrue();
        assertThat(ios.create()
                        .create(new CreateStatusCommand<>(TENANT_SCOPE, noDevice))
                        .isRight())
                .isTrue();
    }

    @Test
    void get_of_an_unknown_id_or_of_another_scope_is_not_found() {
        var configs = app.appConfigurations();
        var created = configs.create()
                .create(new CreateStatusCommand<>(CONFIG_SCOPE, config("Anna's iPad", ComplianceStatus.COMPLIANT, 0)))
                .get();
        var id = created.value().id().value();

        assertThat(configs.get().get(new GetStatusQuery<>(CONFIG_SCOPE, id)).get())
                .isEqualTo(created);
        assertThat(configs.get()
                        .get(new GetStatusQuery<>(OTHER_CONFIG_SCOPE, id))
                        .getLeft())
                .isEqualTo(new ApplicationError.NotFound("managedDeviceMobileAppConfigurationDeviceStatus", id));
        assertThat(configs.get().get(new GetStatusQuery<>(CONFIG_SCOPE, "nope")).getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
    }

    @Test
    void get_of_a_blank_id_is_invalid_not_a_lookup() {
        var error = ios.get().get(new GetStatusQuery<>(TENANT_SCOPE, "  ")).getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("id");
    }

    @Test
    void delete_removes_the_status_and_a_second_delete_is_not_found() {
        var created = ios.create()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();

        assertThat(ios.delete()
                        .delete(new DeleteStatusCommand<>(TENANT_SCOPE, "id-1", null))
                        .get())
                .isEqualTo(created);
        assertThat(ios.get().get(new GetStatusQuery<>(TENANT_SCOPE, "id-1")).getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(ios.delete()
                        .delete(new DeleteStatusCommand<>(TENANT_SCOPE, "id-1", null))
                        .getLeft())
                .isEqualTo(new ApplicationError.NotFound("iosUpdateDeviceStatus", "id-1"));
    }

    @Test
    void delete_at_another_version_is_a_version_mismatch_and_keeps_the_status() {
        ios.create()
                .create(new CreateStatusCommand<>(TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0)));

        var error = ios.delete()
                .delete(new DeleteStatusCommand<>(TENANT_SCOPE, "id-1", 2L))
                .getLeft();

        assertThat(error)
                .isEqualTo(new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "id-1", 2, Option.some(1L)));
        assertThat(ios.get().get(new GetStatusQuery<>(TENANT_SCOPE, "id-1")).isRight())
                .isTrue();
        assertThat(ios.delete()
                        .delete(new DeleteStatusCommand<>(TENANT_SCOPE, "id-1", 1L))
                        .isRight())
                .isTrue();
    }

    @Test
    void delete_in_another_scope_is_not_found_and_removes_nothing() {
        var configs = app.appConfigurations();
        var id = configs.create()
                .create(new CreateStatusCommand<>(CONFIG_SCOPE, config("Anna's iPad", ComplianceStatus.COMPLIANT, 0)))
                .get()
                .value()
                .id()
                .value();

        assertThat(configs.delete()
                        .delete(new DeleteStatusCommand<>(OTHER_CONFIG_SCOPE, id, null))
                        .getLeft())
                .isInstanceOf(ApplicationError.NotFound.class);
        assertThat(configs.get().get(new GetStatusQuery<>(CONFIG_SCOPE, id)).isRight())
                .isTrue();
    }
}
