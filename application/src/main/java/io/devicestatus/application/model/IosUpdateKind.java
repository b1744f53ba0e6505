package io.devicestatus.application.model;

import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus.Draft;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** {@code iosUpdateDeviceStatus}: tenant-wide, keyed naturally by {@code deviceId}. */
public final class IosUpdateKind extends KindTable<IosUpdateDeviceStatus, TenantScope, Draft> {

    public static final IosUpdateKind INSTANCE = new IosUpdateKind();

    private IosUpdateKind() {
        super(
                "iosUpdateDeviceStatus",
                IosUpdateProperties.TABLE,
                List.of(IosUpdateProperties.DEVICE_ID),
                List.of(IosUpdateProperties.INSTALL_STATUS, IosUpdateProperties.STATUS),
                IosUpdateProperties.LAST_REPORTED_DATE_TIME);
    }

    @Override
    public Either<DomainError, TenantScope> checkScope(TenantScope scope) {
        return Either.right(scope);
    }

    @Override
    public Either<DomainError, IosUpdateDeviceStatus> create(
            String id, TenantScope scope, Draft draft, ReportTimePolicy policy) {
        return IosUpdateDeviceStatus.create(id, scope.tenant(), draft, policy);
    }

    @Override
    public Either<DomainError, IosUpdateDeviceStatus> advance(
            IosUpdateDeviceStatus current, Draft draft, ReportTimePolicy policy) {
        return current.advance(draft, policy);
    }

    @Override
    public String id(IosUpdateDeviceStatus status) {
        return status.id().value();
    }

    @Override
    public TenantScope scope(IosUpdateDeviceStatus status) {
        return TenantScope.of(status.tenant());
    }

    @Override
    public Draft toDraft(IosUpdateDeviceStatus status) {
        return status.toDraft();
    }

    @Override
    public GraphDateTime reportTime(IosUpdateDeviceStatus status) {
        return status.lastReportedDateTime();
    }
}
