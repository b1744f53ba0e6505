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
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A create that brings its own id: stored under it when free and valid, refused otherwise, nothing minted. */
class CreateWithClientIdTest {

    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final DeviceStatusApplication app = UseCaseFixtures.application(store);
    private final StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> ios = app.iosUpdates();

    @Test
    void a_free_id_is_the_id_of_the_new_status_and_the_generator_is_not_asked() {
        var created = ios.create(new CreateStatusCommand<>(
                        TENANT_SCOPE,
                        ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0),
                        Option.some(new StatusId("client-minted-1"))))
                .get();

        assertThat(created.value().id().value()).isEqualTo("client-minted-1");
        assertThat(created.version()).isEqualTo(1);
        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, new StatusId("client-minted-1")))
                        .get())
                .isEqualTo(created);
        var minted = ios.create(
                        new CreateStatusCommand<>(TENANT_SCOPE, ios("device-2", IosUpdatesInstallStatus.AVAILABLE, 0)))
                .get();
        assertThat(minted.value().id().value())
                .as("the first id the generator minted")
                .isEqualTo("id-1");
    }

    @Test
    void a_taken_id_is_a_conflict_and_the_stored_status_is_unchanged() {
        var first = ios.create(new CreateStatusCommand<>(
                        TENANT_SCOPE,
                        ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0),
                        Option.some(new StatusId("same"))))
                .get();

        var retried = ios.create(new CreateStatusCommand<>(
                TENANT_SCOPE,
                ios("device-2", IosUpdatesInstallStatus.DOWNLOADING, 5),
                Option.some(new StatusId("same"))));

        assertThat(retried.getLeft()).isInstanceOf(ApplicationError.Conflict.class);
        assertThat(retried.getLeft().message()).contains("same");
        assertThat(ios.get(new GetStatusQuery<>(TENANT_SCOPE, new StatusId("same")))
                        .get())
                .isEqualTo(first);
        assertThat(count()).isOne();
    }

    @Test
    void an_id_held_in_another_scope_of_the_type_is_taken_too() {
        var configs = app.appConfigurations();
        configs.create(new CreateStatusCommand<>(
                        CONFIG_SCOPE,
                        config("Anna's iPad", ComplianceStatus.COMPLIANT, 0),
                        Option.some(new StatusId("shared"))))
                .get();

        var other = configs.create(new CreateStatusCommand<>(
                OTHER_CONFIG_SCOPE,
                config("Anna's iPad", ComplianceStatus.COMPLIANT, 0),
                Option.some(new StatusId("shared"))));

        assertThat(other.getLeft()).isInstanceOf(ApplicationError.Conflict.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\there"})
    void a_blank_or_control_character_id_is_invalid_naming_id_and_nothing_is_stored(String id) {
        var error = ios.create(new CreateStatusCommand<>(
                        TENANT_SCOPE,
                        ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0),
                        Option.some(new StatusId(id))))
                .getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("id");
        assertThat(count()).isZero();
    }

    @Test
    void an_id_over_128_characters_is_invalid_with_every_other_violation_and_128_are_taken() {
        var draft = IosUpdateProperties.draft()
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, "device-1")
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(0))
                .build();

        var error = ios.create(
                        new CreateStatusCommand<>(TENANT_SCOPE, draft, Option.some(new StatusId("x".repeat(129)))))
                .getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactlyInAnyOrder("id", "installStatus");
        assertThat(error.message()).contains("129 characters", "at most 128");
        assertThat(count()).isZero();
        var longest = "😀".repeat(128);
        assertThat(ios.create(new CreateStatusCommand<>(
                                TENANT_SCOPE,
                                ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0),
                                Option.some(new StatusId(longest))))
                        .get()
                        .value()
                        .id()
                        .value())
                .isEqualTo(longest);
    }

    @Test
    void some_null_is_a_missing_id_not_a_minted_one() {
        var error = ios.create(new CreateStatusCommand<>(
                        TENANT_SCOPE, ios("device-1", IosUpdatesInstallStatus.AVAILABLE, 0), Option.some(null)))
                .getLeft();

        assertThat(((ApplicationError.Invalid) error).violations().map(Violation::field))
                .containsExactly("id");
        assertThat(count()).isZero();
    }

    private long count() {
        return ios.list(new ListStatusesQuery<>(TENANT, TENANT_SCOPE, StatusFilter.any(), null, null, true))
                .get()
                .totalCount()
                .get();
    }
}
