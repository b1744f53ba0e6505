package io.devicestatus.application.service;

import static io.devicestatus.application.model.IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME;
import static io.devicestatus.application.model.IosUpdateProperties.DEVICE_ID;
import static io.devicestatus.application.model.IosUpdateProperties.INSTALL_STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.LAST_REPORTED_DATE_TIME;
import static io.devicestatus.application.model.IosUpdateProperties.OS_VERSION;
import static io.devicestatus.application.model.IosUpdateProperties.STATUS;
import static io.devicestatus.application.model.IosUpdateProperties.USER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.CreateStatusUseCase;
import io.devicestatus.application.port.in.ReportResult;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Either;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The README's "The application in five minutes", as written there (but for the fixed clock and ids), so it stays true. */
class ReadmeExampleTest {

    @Test
    void the_application_in_five_minutes() {
        var store = new InMemoryStatusStore();
        var app = new DeviceStatusApplication(
                store, IdGeneratorPort.randomUuids(), CommandValidator.withDefaultProvider(), UseCaseFixtures.SETTINGS);
        var statuses = app.iosUpdates(); // the eight use cases of iosUpdateDeviceStatus

        TenantId tenant = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47"); // the caller's tid
        var scope = TenantScope.of(tenant);
        IosUpdateDeviceStatus.Draft draft = IosUpdateProperties.draft() // by property, type-checked; the rest absent
                .set(INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                .set(DEVICE_ID, "device-1")
                .set(USER_NAME, "Anna")
                .set(COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at("2026-12-31T00:00:00Z"))
                .set(STATUS, ComplianceStatus.COMPLIANT)
                .set(LAST_REPORTED_DATE_TIME, at("2026-11-23T10:00:00.1234567+01:00"))
                .build();

        Either<ApplicationError, ReportResult<IosUpdateDeviceStatus>> reported =
                statuses.report(new ReportStatusCommand<>(scope, draft));
        StatusId id = reported.get().status().value().id();

        var patched = statuses.update(UpdateStatusCommand.of(
                        scope,
                        id,
                        IosUpdateProperties.draft().set(OS_VERSION, "18.0").clear(USER_NAME))
                .ifVersion(1));

        long available = statuses.summarize(new SummarizeStatusesQuery<>(tenant, scope))
                .get()
                .count(scope, INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE);
        CreateStatusUseCase<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> creator = statuses;

        assertThat(reported.get().outcome()).isEqualTo(ReportResult.Outcome.CREATED);
        assertThat(patched.get().version()).isEqualTo(2);
        assertThat(patched.get().value().osVersion()).contains("18.0");
        assertThat(patched.get().value().userName()).isEmpty();
        assertThat(available).isEqualTo(1);
        assertThat(creator).isSameAs(statuses);
        assertThat(reported.get().toString())
                .startsWith("CREATED to version 1 of IosUpdateDeviceStatus[id=" + id + ", tenant=" + tenant
                        + ", installStatus=AVAILABLE, deviceId=device-1, userName=Anna, platform=0")
                .doesNotContain("Some(")
                .doesNotContain("None");
    }

    private static GraphDateTime at(String text) {
        return new GraphDateTime(OffsetDateTime.parse(text));
    }
}
