package io.devicestatus.domain.appconfig;

import io.devicestatus.domain.common.Checks;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.Records;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.common.UserPrincipalName;
import io.devicestatus.domain.error.DomainError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Graph's {@code managedDeviceMobileAppConfigurationDeviceStatus}: how one device stands with one app
 * configuration. Graph gives it no device id; it is identified by its {@link ConfigurationScope} and its own id.
 *
 * <p>Create with {@link #create}, move forward with {@link #advance}. The canonical constructor is for
 * reconstitution from a trusted store: it checks only that nothing is {@code null}.
 *
 * @param id                                      Graph's key
 * @param scope                                   the configuration this status belongs to; never changes
 * @param deviceDisplayName                       the device's name
 * @param userName                                the user's display name
 * @param deviceModel                             the device model
 * @param platform                                beta only; Int32, 0 when not reported
 * @param complianceGracePeriodExpirationDateTime when the compliance grace period ends
 * @param status                                  compliance of the device with the configuration; any value may
 *                                                follow any
 * @param lastReportedDateTime                    when the device reported this; never moves back
 * @param userPrincipalName                       the user's UPN (any text; Entra's have the form {@code name@domain})
 */
public record AppConfigurationDeviceStatus(
        StatusId id,
        ConfigurationScope scope,
        Option<String> deviceDisplayName,
        Option<String> userName,
        Option<String> deviceModel,
        int platform,
        GraphDateTime complianceGracePeriodExpirationDateTime,
        ComplianceStatus status,
        GraphDateTime lastReportedDateTime,
        Option<UserPrincipalName> userPrincipalName) {

    /** The OData type name, without the leading {@code #}. */
    public static final String GRAPH_TYPE = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";

    private static final String LAST_REPORTED_DATE_TIME = "lastReportedDateTime";

    public AppConfigurationDeviceStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
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
     * {@code complianceGracePeriodExpirationDateTime}, {@code status}, {@code lastReportedDateTime}.
     * {@code platform} defaults to 0.
     */
    public record Draft(
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
     * @param scope  the configuration it belongs to (validated by {@link ConfigurationScope#of})
     * @param draft  the properties
     * @param policy the time rules for {@code lastReportedDateTime}
     */
    public static Either<DomainError, AppConfigurationDeviceStatus> create(
            String id, ConfigurationScope scope, Draft draft, ReportTimePolicy policy) {
        Objects.requireNonNull(scope, "scope");
        var key = StatusId.of(id);
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
                key, deviceDisplayName, userName, deviceModel, gracePeriod, status, lastReported, upn);
        return Checks.result(
                violations,
                () -> new AppConfigurationDeviceStatus(
                        key.get(),
                        scope,
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
     * this one ({@link DomainError.Stale}). Compliance status has no order, so any value may follow any. This status
     * is never changed; on success the result is the new one.
     */
    public Either<DomainError, AppConfigurationDeviceStatus> advance(Draft draft, ReportTimePolicy policy) {
        return create(id.value(), scope, draft, policy).flatMap(this::advanceTo);
    }

    /** As {@link #advance}, for a status already validated. Its id and scope must be this one's. */
    public Either<DomainError, AppConfigurationDeviceStatus> advanceTo(AppConfigurationDeviceStatus next) {
        var violations = Checks.unchanged("id", id, next.id).appendAll(Checks.unchanged("scope", scope, next.scope));
        return Checks.result(violations, () -> next)
                .flatMap(ok -> ReportTimePolicy.notStale(
                        LAST_REPORTED_DATE_TIME, lastReportedDateTime, next.lastReportedDateTime))
                .map(time -> next);
    }

    /** The properties as a draft, e.g. to merge a partial update into. */
    public Draft toDraft() {
        return new Draft(
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
