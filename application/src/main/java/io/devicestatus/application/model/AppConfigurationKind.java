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
public final class AppConfigurationKind implements
        StatusKind<AppConfigurationDeviceStatus, ConfigurationScope, Draft, AppConfigurationStatusFilter> {

    public static final AppConfigurationKind INSTANCE = new AppConfigurationKind();

    private static final Seq<String> PROPERTIES = List.of("deviceDisplayName", "userName", "deviceModel", "platform",
            "complianceGracePeriodExpirationDateTime", "status", "lastReportedDateTime", "userPrincipalName");
    private static final Seq<String> NULLABLE =
            List.of("deviceDisplayName", "userName", "deviceModel", "userPrincipalName");
    private static final Draft EMPTY = new Draft(null, null, null, null, null, null, null, null);

    private AppConfigurationKind() {
    }

    @Override
    public String graphType() {
        return "managedDeviceMobileAppConfigurationDeviceStatus";
    }

    @Override
    public Either<DomainError, ConfigurationScope> checkScope(ConfigurationScope scope) {
        return ConfigurationScope.of(scope.collection(), scope.configurationId());
    }

    @Override
    public Either<DomainError, AppConfigurationDeviceStatus> create(String id, ConfigurationScope scope, Draft draft,
                                                                    ReportTimePolicy policy) {
        return AppConfigurationDeviceStatus.create(id, scope, draft, policy);
    }

    @Override
    public Either<DomainError, AppConfigurationDeviceStatus> advance(AppConfigurationDeviceStatus current, Draft draft,
                                                                     ReportTimePolicy policy) {
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
    public Seq<String> properties() {
        return PROPERTIES;
    }

    @Override
    public Seq<String> nullableProperties() {
        return NULLABLE;
    }

    @Override
    public Draft merge(Draft stored, Draft changes, Seq<String> cleared) {
        return new Draft(
                pick(cleared, "deviceDisplayName", stored.deviceDisplayName(), changes.deviceDisplayName()),
                pick(cleared, "userName", stored.userName(), changes.userName()),
                pick(cleared, "deviceModel", stored.deviceModel(), changes.deviceModel()),
                pick(cleared, "platform", stored.platform(), changes.platform()),
                pick(cleared, "complianceGracePeriodExpirationDateTime",
                        stored.complianceGracePeriodExpirationDateTime(),
                        changes.complianceGracePeriodExpirationDateTime()),
                pick(cleared, "status", stored.status(), changes.status()),
                pick(cleared, "lastReportedDateTime", stored.lastReportedDateTime(), changes.lastReportedDateTime()),
                pick(cleared, "userPrincipalName", stored.userPrincipalName(), changes.userPrincipalName()));
    }

    @Override
    public Draft emptyDraft() {
        return EMPTY;
    }

    @Override
    public Seq<String> naturalKeyProperties() {
        return List.of("deviceDisplayName", "userPrincipalName");
    }

    @Override
    public Option<NaturalKey<ConfigurationScope>> naturalKey(AppConfigurationDeviceStatus status) {
        return status.deviceDisplayName().flatMap(device -> status.userPrincipalName()
                .map(UserPrincipalName::value)
                .map(upn -> new NaturalKey<>(status.scope(), List.of(device, upn))));
    }

    @Override
    public Seq<String> missingKeyProperties(AppConfigurationDeviceStatus status) {
        return List.of(
                status.deviceDisplayName().isEmpty() ? "deviceDisplayName" : null,
                status.userPrincipalName().isEmpty() ? "userPrincipalName" : null).filter(p -> p != null);
    }

    @Override
    public Seq<String> stateProperties() {
        return List.of("status");
    }

    @Override
    public Seq<Tuple2<String, String>> stateValues(AppConfigurationDeviceStatus status) {
        return List.of(Tuple.of("status", status.status().wireName()));
    }

    @Override
    public AppConfigurationStatusFilter anyFilter() {
        return AppConfigurationStatusFilter.ANY;
    }

    @Override
    public String toString() {
        return graphType();
    }
}
