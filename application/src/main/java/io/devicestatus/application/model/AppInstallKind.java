package io.devicestatus.application.model;

import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus.Draft;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** {@code mobileAppInstallStatus} (beta): scoped by app (and user-install status), keyed naturally by {@code deviceId}. */
public final class AppInstallKind extends KindTable<MobileAppInstallStatus, AppInstallScope, Draft> {

    public static final AppInstallKind INSTANCE = new AppInstallKind();

    private AppInstallKind() {
        super(
                "mobileAppInstallStatus",
                AppInstallProperties.TABLE,
                List.of(AppInstallProperties.DEVICE_ID),
                List.of(AppInstallProperties.INSTALL_STATE),
                AppInstallProperties.LAST_SYNC_DATE_TIME);
    }

    @Override
    public Either<DomainError, AppInstallScope> checkScope(AppInstallScope scope) {
        return AppInstallScope.of(
                scope.tenant(), scope.mobileAppId(), scope.userStatusId().getOrNull());
    }

    @Override
    public Either<DomainError, MobileAppInstallStatus> create(
            String id, AppInstallScope scope, Draft draft, ReportTimePolicy policy) {
        return MobileAppInstallStatus.create(id, scope, draft, policy);
    }

    @Override
    public Either<DomainError, MobileAppInstallStatus> advance(
            MobileAppInstallStatus current, Draft draft, ReportTimePolicy policy) {
        return current.advance(draft, policy);
    }

    @Override
    public String id(MobileAppInstallStatus status) {
        return status.id().value();
    }

    @Override
    public AppInstallScope scope(MobileAppInstallStatus status) {
        return status.scope();
    }

    @Override
    public Draft toDraft(MobileAppInstallStatus status) {
        return status.toDraft();
    }

    @Override
    public GraphDateTime reportTime(MobileAppInstallStatus status) {
        return status.lastSyncDateTime();
    }
}
