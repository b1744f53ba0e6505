package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.StatusRows.member;
import static io.devicestatus.adapter.sql.StatusRows.textOrNull;
import static io.devicestatus.adapter.sql.schema.Tables.IOS_UPDATE_STATUS;

import io.devicestatus.adapter.sql.schema.IosUpdateStatus;
import io.devicestatus.adapter.sql.schema.IosUpdateStatusRecord;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.UserPrincipalName;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * {@code iosUpdateDeviceStatus} rows: table {@code ios_update_status}; the tenant is the whole scope, keyed by
 * {@code device_id} within it.
 */
final class IosUpdateStatusRows
        extends StatusRows<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft, IosUpdateStatusRecord> {

    private static final IosUpdateStatus T = IOS_UPDATE_STATUS;

    private static final StatusColumns<IosUpdateStatusRecord> COLUMNS = new StatusColumns<>(
            T,
            T.ID,
            T.TENANT_ID,
            T.VERSION,
            T.UPDATED_AT,
            T.LAST_REPORTED_TICKS,
            List.empty(),
            List.of(T.DEVICE_ID),
            List.of(Tuple.of("installStatus", T.INSTALL_STATUS), Tuple.of("status", T.STATUS)));

    IosUpdateStatusRows() {
        super(
                IosUpdateKind.INSTANCE,
                COLUMNS,
                List.of(
                        Tuple.of(IosUpdateProperties.INSTALL_STATUS, T.INSTALL_STATUS),
                        Tuple.of(IosUpdateProperties.STATUS, T.STATUS),
                        Tuple.of(IosUpdateProperties.DEVICE_ID, T.DEVICE_ID)));
    }

    @Override
    public List<String> scopeValues(TenantScope scope) {
        return List.empty();
    }

    @Override
    public TenantScope scope(TenantId tenant, Seq<String> scopeValues) {
        return TenantScope.of(tenant);
    }

    @Override
    public IosUpdateStatusRecord toRecord(IosUpdateDeviceStatus status) {
        var record = new IosUpdateStatusRecord();
        record.setId(status.id().value());
        record.setTenantId(status.tenant());
        record.setInstallStatus(status.installStatus().wireName());
        record.setOsVersion(status.osVersion().getOrNull());
        record.setDeviceId(status.deviceId().getOrNull());
        record.setUserId(status.userId().getOrNull());
        record.setDeviceDisplayName(status.deviceDisplayName().getOrNull());
        record.setUserName(status.userName().getOrNull());
        record.setDeviceModel(status.deviceModel().getOrNull());
        record.setPlatform(status.platform());
        record.setComplianceGracePeriodExpirationTicks(SqlTime.ticks(status.complianceGracePeriodExpirationDateTime()));
        record.setComplianceGracePeriodExpirationOffset(
                SqlTime.offsetSeconds(status.complianceGracePeriodExpirationDateTime()));
        record.setStatus(status.status().wireName());
        record.setLastReportedTicks(SqlTime.ticks(status.lastReportedDateTime()));
        record.setLastReportedOffset(SqlTime.offsetSeconds(status.lastReportedDateTime()));
        record.setUserPrincipalName(textOrNull(status.userPrincipalName()));
        return record;
    }

    @Override
    public IosUpdateDeviceStatus fromRecord(IosUpdateStatusRecord record) {
        return new IosUpdateDeviceStatus(
                new StatusId(record.getId()),
                record.getTenantId(),
                member(IosUpdatesInstallStatus.TYPE, "install_status", record.getInstallStatus()),
                Option.of(record.getOsVersion()),
                Option.of(record.getDeviceId()),
                Option.of(record.getUserId()),
                Option.of(record.getDeviceDisplayName()),
                Option.of(record.getUserName()),
                Option.of(record.getDeviceModel()),
                record.getPlatform(),
                SqlTime.time(
                        record.getComplianceGracePeriodExpirationTicks(),
                        record.getComplianceGracePeriodExpirationOffset()),
                member(ComplianceStatus.TYPE, "status", record.getStatus()),
                SqlTime.time(record.getLastReportedTicks(), record.getLastReportedOffset()),
                Option.of(record.getUserPrincipalName()).map(UserPrincipalName::new));
    }
}
