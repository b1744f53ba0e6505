package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.StatusRows.member;
import static io.devicestatus.adapter.sql.StatusRows.textOrNull;
import static io.devicestatus.adapter.sql.schema.Tables.APP_INSTALL_STATUS;

import io.devicestatus.adapter.sql.schema.AppInstallStatus;
import io.devicestatus.adapter.sql.schema.AppInstallStatusRecord;
import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.UserPrincipalName;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * {@code mobileAppInstallStatus} rows: table {@code app_install_status}, scoped by tenant, app and user-install status
 * ({@code ''} when the status is listed directly under the app), keyed by {@code device_id}.
 */
final class AppInstallStatusRows
        extends StatusRows<
                MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft, AppInstallStatusRecord> {

    private static final AppInstallStatus T = APP_INSTALL_STATUS;
    /** The stored {@code user_status_id} of a status without one: ids are never blank, so it cannot be mistaken. */
    private static final String NO_USER_STATUS = "";

    private static final StatusColumns<AppInstallStatusRecord> COLUMNS = new StatusColumns<>(
            T,
            T.ID,
            T.TENANT_ID,
            T.VERSION,
            T.UPDATED_AT,
            T.LAST_SYNC_TICKS,
            List.of(T.MOBILE_APP_ID, T.USER_STATUS_ID),
            List.of(T.DEVICE_ID),
            List.of(Tuple.of("installState", T.INSTALL_STATE)));

    AppInstallStatusRows() {
        super(
                AppInstallKind.INSTANCE,
                COLUMNS,
                List.of(
                        Tuple.of(AppInstallProperties.INSTALL_STATE, T.INSTALL_STATE),
                        Tuple.of(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, T.INSTALL_STATE),
                        Tuple.of(AppInstallProperties.DEVICE_ID, T.DEVICE_ID)));
    }

    @Override
    public List<String> scopeValues(AppInstallScope scope) {
        return List.of(scope.mobileAppId(), scope.userStatusId().getOrElse(NO_USER_STATUS));
    }

    @Override
    public AppInstallScope scope(TenantId tenant, Seq<String> scopeValues) {
        return scope(tenant, scopeValues.get(0), scopeValues.get(1));
    }

    @Override
    public AppInstallStatusRecord toRecord(MobileAppInstallStatus status) {
        var record = new AppInstallStatusRecord();
        record.setId(status.id().value());
        record.setTenantId(status.scope().tenant());
        record.setMobileAppId(status.scope().mobileAppId());
        record.setUserStatusId(status.scope().userStatusId().getOrElse(NO_USER_STATUS));
        record.setDeviceName(status.deviceName().getOrNull());
        record.setDeviceId(status.deviceId().getOrNull());
        record.setLastSyncTicks(SqlTime.ticks(status.lastSyncDateTime()));
        record.setLastSyncOffset(SqlTime.offsetSeconds(status.lastSyncDateTime()));
        record.setInstallState(status.installState().wireName());
        record.setInstallStateDetail(status.installStateDetail().wireName());
        record.setErrorCode(status.errorCode());
        record.setOsVersion(status.osVersion().getOrNull());
        record.setOsDescription(status.osDescription().getOrNull());
        record.setUserName(status.userName().getOrNull());
        record.setUserPrincipalName(textOrNull(status.userPrincipalName()));
        record.setDisplayVersion(status.displayVersion().getOrNull());
        return record;
    }

    @Override
    public MobileAppInstallStatus fromRecord(AppInstallStatusRecord record) {
        return new MobileAppInstallStatus(
                new StatusId(record.getId()),
                scope(record.getTenantId(), record.getMobileAppId(), record.getUserStatusId()),
                Option.of(record.getDeviceName()),
                Option.of(record.getDeviceId()),
                SqlTime.time(record.getLastSyncTicks(), record.getLastSyncOffset()),
                member(ResultantAppState.TYPE, "install_state", record.getInstallState()),
                member(ResultantAppStateDetail.TYPE, "install_state_detail", record.getInstallStateDetail()),
                record.getErrorCode(),
                Option.of(record.getOsVersion()),
                Option.of(record.getOsDescription()),
                Option.of(record.getUserName()),
                Option.of(record.getUserPrincipalName()).map(UserPrincipalName::new),
                Option.of(record.getDisplayVersion()));
    }

    private static AppInstallScope scope(TenantId tenant, String mobileAppId, String userStatusId) {
        return new AppInstallScope(
                tenant, mobileAppId, NO_USER_STATUS.equals(userStatusId) ? Option.none() : Option.some(userStatusId));
    }
}
