package io.devicestatus.application.model;

import static io.devicestatus.application.model.StatusKind.pick;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus.Draft;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.UserPrincipalName;
import io.devicestatus.domain.error.DomainError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@code managedDeviceMobileAppConfigurationDeviceStatus}: scoped by configuration. Graph gives it no device id, so
 * its natural key is the scope plus {@code deviceDisplayName} and {@code userPrincipalName}: one device's standing
 * for one user. A status lacking either has no natural key, so it cannot be reported, only created.
 */
public final class AppConfigurationKind
        extends KindTable<AppConfigurationDeviceStatus, ConfigurationScope, Draft, AppConfigurationStatusFilter> {

    public static final AppConfigurationKind INSTANCE = new AppConfigurationKind();

    private AppConfigurationKind() {
        super(
                "managedDeviceMobileAppConfigurationDeviceStatus",
                List.of(
                        "deviceDisplayName",
                        "userName",
                        "deviceModel",
                        "platform",
                        "complianceGracePeriodExpirationDateTime",
                        "status",
                        "lastReportedDateTime",
                        "userPrincipalName"),
                List.of("deviceDisplayName", "userName", "deviceModel", "userPrincipalName"),
                List.of("deviceDisplayName", "userPrincipalName"),
                List.of("status"),
                new Draft(null, null, null, null, null, null, null, null),
                AppConfigurationStatusFilter.ANY);
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

    @Override
    public Draft merge(Draft stored, Draft changes, Seq<String> cleared) {
        return new Draft(
                pick(cleared, "deviceDisplayName", stored.deviceDisplayName(), changes.deviceDisplayName()),
                pick(cleared, "userName", stored.userName(), changes.userName()),
                pick(cleared, "deviceModel", stored.deviceModel(), changes.deviceModel()),
                pick(cleared, "platform", stored.platform(), changes.platform()),
                pick(
                        cleared,
                        "complianceGracePeriodExpirationDateTime",
                        stored.complianceGracePeriodExpirationDateTime(),
                        changes.complianceGracePeriodExpirationDateTime()),
                pick(cleared, "status", stored.status(), changes.status()),
                pick(cleared, "lastReportedDateTime", stored.lastReportedDateTime(), changes.lastReportedDateTime()),
                pick(cleared, "userPrincipalName", stored.userPrincipalName(), changes.userPrincipalName()));
    }

    @Override
    public Option<NaturalKey<ConfigurationScope>> naturalKey(AppConfigurationDeviceStatus status) {
        return status.deviceDisplayName()
                .flatMap(device -> status.userPrincipalName()
                        .map(UserPrincipalName::value)
                        .map(upn -> new NaturalKey<>(status.scope(), List.of(device, upn))));
    }

    @Override
    public Seq<String> missingKeyProperties(AppConfigurationDeviceStatus status) {
        return List.of(
                        status.deviceDisplayName().isEmpty() ? "deviceDisplayName" : null,
                        status.userPrincipalName().isEmpty() ? "userPrincipalName" : null)
                .filter(p -> p != null);
    }

    @Override
    public Seq<Tuple2<String, String>> stateValues(AppConfigurationDeviceStatus status) {
        return List.of(Tuple.of("status", status.status().wireName()));
    }
}
