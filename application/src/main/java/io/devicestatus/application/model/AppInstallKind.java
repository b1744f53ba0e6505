package io.devicestatus.application.model;

import static io.devicestatus.application.model.StatusKind.pick;

import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus.Draft;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.error.DomainError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** {@code mobileAppInstallStatus} (beta): scoped by app (and user-install status), keyed naturally by {@code deviceId}. */
public final class AppInstallKind
        extends KindTable<MobileAppInstallStatus, AppInstallScope, Draft, AppInstallStatusFilter> {

    public static final AppInstallKind INSTANCE = new AppInstallKind();

    private AppInstallKind() {
        super(
                "mobileAppInstallStatus",
                List.of(
                        "deviceName",
                        "deviceId",
                        "lastSyncDateTime",
                        "mobileAppInstallStatusValue",
                        "installState",
                        "installStateDetail",
                        "errorCode",
                        "osVersion",
                        "osDescription",
                        "userName",
                        "userPrincipalName",
                        "displayVersion"),
                List.of(
                        "deviceName",
                        "deviceId",
                        "osVersion",
                        "osDescription",
                        "userName",
                        "userPrincipalName",
                        "displayVersion"),
                List.of("deviceId"),
                List.of("installState"),
                new Draft(null, null, null, null, null, null, null, null, null, null, null, null),
                AppInstallStatusFilter.ANY);
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

    /**
     * As the interface says, with one addition: {@code installState} and {@code mobileAppInstallStatusValue} are one
     * value under two names, so changing either changes both (changing both to different values stays an error).
     */
    @Override
    public Draft merge(Draft stored, Draft changes, Seq<String> cleared) {
        ResultantAppState state =
                changes.installState() != null ? changes.installState() : changes.mobileAppInstallStatusValue();
        ResultantAppState value = changes.mobileAppInstallStatusValue() != null
                ? changes.mobileAppInstallStatusValue()
                : changes.installState();
        return new Draft(
                pick(cleared, "deviceName", stored.deviceName(), changes.deviceName()),
                pick(cleared, "deviceId", stored.deviceId(), changes.deviceId()),
                pick(cleared, "lastSyncDateTime", stored.lastSyncDateTime(), changes.lastSyncDateTime()),
                pick(cleared, "mobileAppInstallStatusValue", stored.mobileAppInstallStatusValue(), value),
                pick(cleared, "installState", stored.installState(), state),
                pick(cleared, "installStateDetail", stored.installStateDetail(), changes.installStateDetail()),
                pick(cleared, "errorCode", stored.errorCode(), changes.errorCode()),
                pick(cleared, "osVersion", stored.osVersion(), changes.osVersion()),
                pick(cleared, "osDescription", stored.osDescription(), changes.osDescription()),
                pick(cleared, "userName", stored.userName(), changes.userName()),
                pick(cleared, "userPrincipalName", stored.userPrincipalName(), changes.userPrincipalName()),
                pick(cleared, "displayVersion", stored.displayVersion(), changes.displayVersion()));
    }

    @Override
    public Option<NaturalKey<AppInstallScope>> naturalKey(MobileAppInstallStatus status) {
        return status.deviceId().map(device -> new NaturalKey<>(status.scope(), List.of(device)));
    }

    @Override
    public Seq<String> missingKeyProperties(MobileAppInstallStatus status) {
        return status.deviceId().isEmpty() ? List.of("deviceId") : List.empty();
    }

    @Override
    public Seq<Tuple2<String, String>> stateValues(MobileAppInstallStatus status) {
        return List.of(Tuple.of("installState", status.installState().wireName()));
    }
}
