package io.devicestatus.domain.iosupdate;

import io.devicestatus.domain.common.Checks;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.Records;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.common.UserPrincipalName;
import io.devicestatus.domain.error.DomainError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Graph's {@code iosUpdateDeviceStatus}: where one iOS software update stands on one device. The collection
 * ({@code /deviceManagement/iosUpdateStatuses}) belongs to the tenant, so the tenant is its only scope.
 *
 * <p>Create with {@link #create}, move forward with {@link #advance}. The canonical constructor is for
 * reconstitution from a trusted store: it checks only that nothing is {@code null}.
 *
 * @param id                                      Graph's key, unique within the tenant
 * @param tenant                                  the tenant the status belongs to; never changes
 * @param installStatus                           where the update stands; its moves follow {@link IosUpdateLifecycle}
 * @param osVersion                               the OS version reported; a new one starts a new update cycle
 * @param deviceId                                the reporting device
 * @param userId                                  the device's user
 * @param deviceDisplayName                       the device's name
 * @param userName                                the user's display name
 * @param deviceModel                             the device model
 * @param platform                                beta only; Int32, 0 when not reported
 * @param complianceGracePeriodExpirationDateTime when the compliance grace period ends
 * @param status                                  compliance of the device with the policy; any value may follow any
 * @param lastReportedDateTime                    when the device reported this; never moves back
 * @param userPrincipalName                       the user's UPN (any text; Entra's have the form {@code name@domain})
 */
public record IosUpdateDeviceStatus(
        StatusId id,
        TenantId tenant,
        IosUpdatesInstallStatus installStatus,
        Option<String> osVersion,
        Option<String> deviceId,
        Option<String> userId,
        Option<String> deviceDisplayName,
        Option<String> userName,
        Option<String> deviceModel,
        int platform,
        GraphDateTime complianceGracePeriodExpirationDateTime,
        ComplianceStatus status,
        GraphDateTime lastReportedDateTime,
        Option<UserPrincipalName> userPrincipalName) {

    /** The OData type name, without the leading {@code #}. */
    public static final String GRAPH_TYPE = "microsoft.graph.iosUpdateDeviceStatus";

    static final String INSTALL_STATUS = "installStatus";
    static final String LAST_REPORTED_DATE_TIME = "lastReportedDateTime";

    public IosUpdateDeviceStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(installStatus, INSTALL_STATUS);
        Objects.requireNonNull(osVersion, "osVersion");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(deviceDisplayName, "deviceDisplayName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(complianceGracePeriodExpirationDateTime, "complianceGracePeriodExpirationDateTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastReportedDateTime, LAST_REPORTED_DATE_TIME);
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
    }

    /**
     * The properties of a status as a caller supplies them; {@code null} means absent. Required:
     * {@code installStatus}, {@code complianceGracePeriodExpirationDateTime}, {@code status},
     * {@code lastReportedDateTime}. {@code platform} defaults to 0.
     */
    public record Draft(
            IosUpdatesInstallStatus installStatus,
            String osVersion,
            String deviceId,
            String userId,
            String deviceDisplayName,
            String userName,
            String deviceModel,
            Integer platform,
            GraphDateTime complianceGracePeriodExpirationDateTime,
            ComplianceStatus status,
            GraphDateTime lastReportedDateTime,
            String userPrincipalName) {}

    /**
     * Validates a new status. Every violation is reported, each naming its property.
     *
     * @param id     the key to give it (the application's id generator mints one)
     * @param tenant the tenant it belongs to
     * @param draft  the properties
     * @param policy the time rules for {@code lastReportedDateTime}
     */
    public static Either<DomainError, IosUpdateDeviceStatus> create(
            String id, TenantId tenant, Draft draft, ReportTimePolicy policy) {
        var key = StatusId.of(id);
        var owner = Checks.required("tenant", tenant);
        var installStatus = Checks.required(INSTALL_STATUS, draft.installStatus());
        var osVersion = Text.optional("osVersion", draft.osVersion(), TextLimit.IDENTIFIER);
        var deviceId = Text.optional("deviceId", draft.deviceId(), TextLimit.IDENTIFIER);
        var userId = Text.optional("userId", draft.userId(), TextLimit.IDENTIFIER);
        var deviceDisplayName = Text.optional("deviceDisplayName", draft.deviceDisplayName(), TextLimit.NAME);
        var userName = Text.optional("userName", draft.userName(), TextLimit.NAME);
        var deviceModel = Text.optional("deviceModel", draft.deviceModel(), TextLimit.NAME);
        var gracePeriod = Checks.required(
                "complianceGracePeriodExpirationDateTime", draft.complianceGracePeriodExpirationDateTime());
        var status = Checks.required("status", draft.status());
        var lastReported = Checks.required(LAST_REPORTED_DATE_TIME, draft.lastReportedDateTime())
                .flatMap(t -> policy.notInFuture(LAST_REPORTED_DATE_TIME, t));
        var upn = UserPrincipalName.optional("userPrincipalName", draft.userPrincipalName());

        var violations = Checks.violations(
                key,
                owner,
                installStatus,
                osVersion,
                deviceId,
                userId,
                deviceDisplayName,
                userName,
                deviceModel,
                gracePeriod,
                status,
                lastReported,
                upn);
        return Checks.result(
                violations,
                () -> new IosUpdateDeviceStatus(
                        key.get(),
                        owner.get(),
                        installStatus.get(),
                        osVersion.get(),
                        deviceId.get(),
                        userId.get(),
                        deviceDisplayName.get(),
                        userName.get(),
                        deviceModel.get(),
                        Option.of(draft.platform()).getOrElse(0),
                        gracePeriod.get(),
                        status.get(),
                        lastReported.get(),
                        upn.get()));
    }

    /**
     * Applies a new report for this status: validates it as {@link #create} does, then refuses it if it is older than
     * this one ({@link DomainError.Stale}) or if {@code installStatus} may not move that way
     * ({@link DomainError.IllegalTransition}). This status is never changed; on success the result is the new one.
     */
    public Either<DomainError, IosUpdateDeviceStatus> advance(Draft draft, ReportTimePolicy policy) {
        return create(id.value(), tenant, draft, policy).flatMap(this::advanceTo);
    }

    /** As {@link #advance}, for a status already validated. Its id and tenant must be this one's. */
    public Either<DomainError, IosUpdateDeviceStatus> advanceTo(IosUpdateDeviceStatus next) {
        return Checks.result(
                        Checks.unchanged("id", id, next.id).appendAll(Checks.unchanged("tenant", tenant, next.tenant)),
                        () -> next)
                .flatMap(ok -> ReportTimePolicy.notStale(
                        LAST_REPORTED_DATE_TIME, lastReportedDateTime, next.lastReportedDateTime))
                .flatMap(ok -> startsNewCycle(next)
                        ? Either.right(next.installStatus)
                        : IosUpdateLifecycle.check(installStatus, next.installStatus))
                .map(ok -> next);
    }

    /** A report about a different OS version is a new update cycle, judged without regard to the old status. */
    private boolean startsNewCycle(IosUpdateDeviceStatus next) {
        return next.osVersion.isDefined() && !next.osVersion.equals(osVersion);
    }

    /** The properties as a draft, e.g. to merge a partial update into. */
    public Draft toDraft() {
        return new Draft(
                installStatus,
                osVersion.getOrNull(),
                deviceId.getOrNull(),
                userId.getOrNull(),
                deviceDisplayName.getOrNull(),
                userName.getOrNull(),
                deviceModel.getOrNull(),
                platform,
                complianceGracePeriodExpirationDateTime,
                status,
                lastReportedDateTime,
                userPrincipalName.map(UserPrincipalName::value).getOrNull());
    }

    /** Its components, a present optional one as its value and an absent one left out (no vavr wrappers). */
    @Override
    public String toString() {
        return Records.toString(this);
    }
}
