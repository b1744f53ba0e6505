package io.devicestatus.application.model;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus.Draft;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * {@code managedDeviceMobileAppConfigurationDeviceStatus}: scoped by configuration. Graph gives it no device id, so
 * its natural key is the scope plus {@code deviceDisplayName} and {@code userPrincipalName}: one device's standing
 * for one user. A status lacking either has no natural key, so it cannot be reported, only created.
 */
public final class AppConfigurationKind extends KindTable<AppConfigurationDeviceStatus, ConfigurationScope, Draft> {

    public static final AppConfigurationKind INSTANCE = new AppConfigurationKind();

    private AppConfigurationKind() {
        super(
                "managedDeviceMobileAppConfigurationDeviceStatus",
                AppConfigurationProperties.TABLE,
                List.of(AppConfigurationProperties.DEVICE_DISPLAY_NAME, AppConfigurationProperties.USER_PRINCIPAL_NAME),
                List.of(AppConfigurationProperties.STATUS),
                AppConfigurationProperties.LAST_REPORTED_DATE_TIME);
    }

    @Override
    public Either<DomainError, ConfigurationScope> checkScope(ConfigurationScope scope) {
        return ConfigurationScope.of(scope.tenant(), scope.collection(), scope.configurationId());
    }

    @Override
    public Either<DomainError, AppConfigurationDeviceStatus> create(
            String id, ConfigurationScope scope, Draft draft, ReportTimePolicy policy) {
        return AppConfigurationDeviceStatus.create(id, scope, draft, policy);
    }

    @Override
    public Either<DomainError, AppConfigurationDeviceStatus> advance(
            AppConfigurationDeviceStatus current, Draft draft, ReportTimePolicy policy) {
        return current.advance(draft, policy);
    }

    @Override
    public String id(AppConfigurationDeviceStatus status) {
        return status.id().value();
    }

    @Override
    public ConfigurationScope scope(AppConfigurationDeviceStatus status) {
        return status.scope();
    }

    @Override
    public Draft toDraft(AppConfigurationDeviceStatus status) {
        return status.toDraft();
    }

    @Override
    public GraphDateTime reportTime(AppConfigurationDeviceStatus status) {
        return status.lastReportedDateTime();
    }
}
