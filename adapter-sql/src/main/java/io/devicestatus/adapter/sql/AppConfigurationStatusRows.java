package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.StatusRows.member;
import static io.devicestatus.adapter.sql.StatusRows.textOrNull;
import static io.devicestatus.adapter.sql.schema.Tables.APP_CONFIGURATION_STATUS;

import io.devicestatus.adapter.sql.schema.AppConfigurationStatus;
import io.devicestatus.adapter.sql.schema.AppConfigurationStatusRecord;
import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.UserPrincipalName;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * {@code managedDeviceMobileAppConfigurationDeviceStatus} rows: table {@code app_configuration_status}, scoped by
 * tenant, configuration collection (its URL path segment) and configuration id, keyed by device display name and UPN.
 */
final class AppConfigurationStatusRows
        extends StatusRows<
                AppConfigurationDeviceStatus,
                ConfigurationScope,
                AppConfigurationDeviceStatus.Draft,
                AppConfigurationStatusRecord> {

    private static final AppConfigurationStatus T = APP_CONFIGURATION_STATUS;

    private static final StatusColumns<AppConfigurationStatusRecord> COLUMNS = new StatusColumns<>(
            T,
            T.ID,
            T.TENANT_ID,
            T.VERSION,
            T.UPDATED_AT,
            T.LAST_REPORTED_TICKS,
            List.of(T.CONFIGURATION_COLLECTION, T.CONFIGURATION_ID),
            List.of(T.DEVICE_DISPLAY_NAME, T.USER_PRINCIPAL_NAME),
            List.of(Tuple.of("status", T.STATUS)));

    AppConfigurationStatusRows() {
        super(AppConfigurationKind.INSTANCE, COLUMNS, List.of(Tuple.of(AppConfigurationProperties.STATUS, T.STATUS)));
    }

    @Override
    public List<String> scopeValues(ConfigurationScope scope) {
        return List.of(scope.collection().pathSegment(), scope.configurationId());
    }

    @Override
    public ConfigurationScope scope(TenantId tenant, Seq<String> scopeValues) {
        return new ConfigurationScope(tenant, collection(scopeValues.get(0)), scopeValues.get(1));
    }

    @Override
    public AppConfigurationStatusRecord toRecord(AppConfigurationDeviceStatus status) {
        var record = new AppConfigurationStatusRecord();
        record.setId(status.id().value());
        record.setTenantId(status.scope().tenant());
        record.setConfigurationCollection(status.scope().collection().pathSegment());
        record.setConfigurationId(status.scope().configurationId());
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
    public AppConfigurationDeviceStatus fromRecord(AppConfigurationStatusRecord record) {
        return new AppConfigurationDeviceStatus(
                new StatusId(record.getId()),
                new ConfigurationScope(
                        record.getTenantId(),
                        collection(record.getConfigurationCollection()),
                        record.getConfigurationId()),
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

    private static ConfigurationCollection collection(String pathSegment) {
        return List.of(ConfigurationCollection.values())
                .find(c -> c.pathSegment().equals(pathSegment))
                .getOrElseThrow(() -> new IllegalStateException(
                        "the database holds a configuration collection the domain does not know: " + pathSegment));
    }
}
