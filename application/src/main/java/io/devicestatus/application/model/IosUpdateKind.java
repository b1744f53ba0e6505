package io.devicestatus.application.model;

import static io.devicestatus.application.model.StatusKind.pick;

import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus.Draft;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** {@code iosUpdateDeviceStatus}: tenant-wide, keyed naturally by {@code deviceId}. */
public final class IosUpdateKind extends KindTable<IosUpdateDeviceStatus, TenantScope, Draft, IosUpdateStatusFilter> {

    public static final IosUpdateKind INSTANCE = new IosUpdateKind();

    private IosUpdateKind() {
        super(
                "iosUpdateDeviceStatus",
                List.of(
                        "installStatus",
                        "osVersion",
                        "deviceId",
                        "userId",
                        "deviceDisplayName",
                        "userName",
                        "deviceModel",
                        "platform",
                        "complianceGracePeriodExpirationDateTime",
                        "status",
                        "lastReportedDateTime",
                        "userPrincipalName"),
                List.of(
                        "osVersion",
                        "deviceId",
                        "userId",
                        "deviceDisplayName",
                        "userName",
                        "deviceModel",
                        "userPrincipalName"),
                List.of("deviceId"),
                List.of("installStatus", "status"),
                new Draft(null, null, null, null, null, null, null, null, null, null, null, null),
                IosUpdateStatusFilter.ANY);
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

    @Override
    public Draft merge(Draft stored, Draft changes, Seq<String> cleared) {
        return new Draft(
                pick(cleared, "installStatus", stored.installStatus(), changes.installStatus()),
                pick(cleared, "osVersion", stored.osVersion(), changes.osVersion()),
                pick(cleared, "deviceId", stored.deviceId(), changes.deviceId()),
                pick(cleared, "userId", stored.userId(), changes.userId()),
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
    public Option<NaturalKey<TenantScope>> naturalKey(IosUpdateDeviceStatus status) {
        return status.deviceId().map(device -> new NaturalKey<>(scope(status), List.of(device)));
    }

    @Override
    public Seq<String> missingKeyProperties(IosUpdateDeviceStatus status) {
        return status.deviceId().isEmpty() ? List.of("deviceId") : List.empty();
    }

    @Override
    public Seq<Tuple2<String, String>> stateValues(IosUpdateDeviceStatus status) {
        return List.of(
                Tuple.of("installStatus", status.installStatus().wireName()),
                Tuple.of("status", status.status().wireName()));
    }
}
