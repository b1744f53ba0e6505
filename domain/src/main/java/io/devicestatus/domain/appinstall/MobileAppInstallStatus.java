package io.devicestatus.domain.appinstall;

import io.devicestatus.domain.common.Checks;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.Records;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.common.TextLimit;
import io.devicestatus.domain.common.TransitionTable;
import io.devicestatus.domain.common.UserPrincipalName;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Graph's {@code mobileAppInstallStatus} (beta only): how one app's installation stands on one device.
 *
 * <p>Rules beyond single properties, all checked by {@link #create}:
 * <ol>
 *   <li>{@code mobileAppInstallStatusValue} and {@code installState} are one value under two names: give either or
 *       both; when both are given they must be equal.</li>
 *   <li>{@code installStateDetail} must be compatible with {@code installState}: see the table in
 *       {@link ResultantAppStateDetail}.</li>
 *   <li>{@code errorCode} is non-zero exactly when {@code installState} is {@code failed} or
 *       {@code uninstallFailed} ({@link ResultantAppState#hasErrorCode()}).</li>
 *   <li>{@code installState} moves as {@link AppInstallLifecycle} says; {@code lastSyncDateTime} never moves back.</li>
 * </ol>
 *
 * <p>The canonical constructor is for reconstitution from a trusted store: it checks only that nothing is
 * {@code null}.
 *
 * @param id                 Graph's key
 * @param scope              the app (and user-install status) it belongs to; never changes
 * @param deviceName         the device's name
 * @param deviceId           the device
 * @param lastSyncDateTime   when the device last synced; never moves back
 * @param installState       the install state (also exposed as {@link #mobileAppInstallStatusValue()})
 * @param installStateDetail why the app is in that state
 * @param errorCode          Int32; the install or uninstall error, 0 when there is none
 * @param osVersion          the device's OS version
 * @param osDescription      the device's OS description
 * @param userName           the user's display name
 * @param userPrincipalName  the user's UPN (any text; Entra's have the form {@code name@domain})
 * @param displayVersion     the app's human-readable version
 */
public record MobileAppInstallStatus(
        StatusId id,
        AppInstallScope scope,
        Option<String> deviceName,
        Option<String> deviceId,
        GraphDateTime lastSyncDateTime,
        ResultantAppState installState,
        ResultantAppStateDetail installStateDetail,
        int errorCode,
        Option<String> osVersion,
        Option<String> osDescription,
        Option<String> userName,
        Option<UserPrincipalName> userPrincipalName,
        Option<String> displayVersion) {

    /** The OData type name, without the leading {@code #}. */
    public static final String GRAPH_TYPE = "microsoft.graph.mobileAppInstallStatus";

    private static final String INSTALL_STATE = "installState";
    private static final String STATUS_VALUE = "mobileAppInstallStatusValue";
    private static final String INSTALL_STATE_DETAIL = "installStateDetail";
    private static final String ERROR_CODE = "errorCode";
    private static final String LAST_SYNC_DATE_TIME = "lastSyncDateTime";

    public MobileAppInstallStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(lastSyncDateTime, LAST_SYNC_DATE_TIME);
        Objects.requireNonNull(installState, INSTALL_STATE);
        Objects.requireNonNull(installStateDetail, INSTALL_STATE_DETAIL);
        Objects.requireNonNull(osVersion, "osVersion");
        Objects.requireNonNull(osDescription, "osDescription");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(displayVersion, "displayVersion");
    }

    /** Graph's second name for {@link #installState()}; always equal to it. */
    public ResultantAppState mobileAppInstallStatusValue() {
        return installState;
    }

    /**
     * The properties of a status as a caller supplies them; {@code null} means absent. Required:
     * {@code lastSyncDateTime} and at least one of {@code installState} and {@code mobileAppInstallStatusValue}.
     * {@code installStateDetail} defaults to {@code noAdditionalDetails}, {@code errorCode} to 0.
     */
    public record Draft(
            String deviceName,
            String deviceId,
            GraphDateTime lastSyncDateTime,
            ResultantAppState mobileAppInstallStatusValue,
            ResultantAppState installState,
            ResultantAppStateDetail installStateDetail,
            Integer errorCode,
            String osVersion,
            String osDescription,
            String userName,
            String userPrincipalName,
            String displayVersion) {}

    /**
     * Validates a new status. Every violation is reported, each naming its property.
     *
     * @param id     the key to give it (the application's id generator mints one)
     * @param scope  the app it belongs to (validated by {@link AppInstallScope#of})
     * @param draft  the properties
     * @param policy the time rules for {@code lastSyncDateTime}
     */
    public static Either<DomainError, MobileAppInstallStatus> create(
            String id, AppInstallScope scope, Draft draft, ReportTimePolicy policy) {
        Objects.requireNonNull(scope, "scope");
        var key = StatusId.of(id);
        var deviceName = Text.optional("deviceName", draft.deviceName(), TextLimit.NAME);
        var deviceId = Text.optional("deviceId", draft.deviceId(), TextLimit.IDENTIFIER);
        var lastSync = Checks.required(LAST_SYNC_DATE_TIME, draft.lastSyncDateTime())
                .flatMap(t -> policy.notInFuture(LAST_SYNC_DATE_TIME, t));
        var osVersion = Text.optional("osVersion", draft.osVersion(), TextLimit.IDENTIFIER);
        var osDescription = Text.optional("osDescription", draft.osDescription(), TextLimit.DESCRIPTION);
        var userName = Text.optional("userName", draft.userName(), TextLimit.NAME);
        var upn = UserPrincipalName.optional("userPrincipalName", draft.userPrincipalName());
        var displayVersion = Text.optional("displayVersion", draft.displayVersion(), TextLimit.IDENTIFIER);

        var state = Option.of(draft.installState()).orElse(Option.of(draft.mobileAppInstallStatusValue()));
        var detail = Option.of(draft.installStateDetail()).getOrElse(ResultantAppStateDetail.NO_ADDITIONAL_DETAILS);
        int errorCode = Option.of(draft.errorCode()).getOrElse(0);

        var violations = Checks.violations(
                        key, deviceName, deviceId, lastSync, osVersion, osDescription, userName, upn, displayVersion)
                .appendAll(stateRules(draft, state, detail, errorCode));
        return Checks.result(
                violations,
                () -> new MobileAppInstallStatus(
                        key.get(),
                        scope,
                        deviceName.get(),
                        deviceId.get(),
                        lastSync.get(),
                        state.get(),
                        detail,
                        errorCode,
                        osVersion.get(),
                        osDescription.get(),
                        userName.get(),
                        upn.get(),
                        displayVersion.get()));
    }

    /** Rules 1 to 3 of the class documentation. */
    private static Seq<Violation> stateRules(
            Draft draft, Option<ResultantAppState> state, ResultantAppStateDetail detail, int errorCode) {
        if (state.isEmpty()) {
            return List.of(new Violation(
                    INSTALL_STATE,
                    Option.none(),
                    "is required (as installState, mobileAppInstallStatusValue or both)"));
        }
        var installState = state.get();
        var violations = List.<Violation>empty();
        if (draft.mobileAppInstallStatusValue() != null && draft.mobileAppInstallStatusValue() != installState) {
            violations = violations.append(Violation.of(
                    STATUS_VALUE,
                    draft.mobileAppInstallStatusValue().wireName(),
                    "must equal installState '" + installState.wireName() + "'; they are one value under two names"));
        }
        if (!detail.isCompatibleWith(installState)) {
            violations = violations.append(Violation.of(
                    INSTALL_STATE_DETAIL,
                    detail.wireName(),
                    "does not go with installState '" + installState.wireName() + "'; it goes with: "
                            + List.ofAll(detail.compatibleStates())
                                    .map(ResultantAppState::wireName)
                                    .mkString(", ")));
        }
        if (installState.hasErrorCode() && errorCode == 0) {
            violations = violations.append(Violation.of(
                    ERROR_CODE,
                    errorCode,
                    "must be non-zero when installState is '" + installState.wireName()
                            + "': the error code is the detail to see"));
        } else if (!installState.hasErrorCode() && errorCode != 0) {
            violations = violations.append(Violation.of(
                    ERROR_CODE,
                    errorCode,
                    "must be 0 when installState is '" + installState.wireName()
                            + "'; only failed and uninstallFailed carry an error code"));
        }
        return violations;
    }

    /**
     * Applies a new report for this status: validates it as {@link #create} does, then refuses it if it is older than
     * this one ({@link DomainError.Stale}) or if {@code installState} may not move that way
     * ({@link DomainError.IllegalTransition}). This status is never changed; on success the result is the new one.
     */
    public Either<DomainError, MobileAppInstallStatus> advance(Draft draft, ReportTimePolicy policy) {
        return create(id.value(), scope, draft, policy).flatMap(this::advanceTo);
    }

    /** As {@link #advance}, for a status already validated. Its id and scope must be this one's. */
    public Either<DomainError, MobileAppInstallStatus> advanceTo(MobileAppInstallStatus next) {
        var violations = Checks.unchanged("id", id, next.id).appendAll(Checks.unchanged("scope", scope, next.scope));
        return Checks.result(violations, () -> next)
                .flatMap(ok -> ReportTimePolicy.notStale(LAST_SYNC_DATE_TIME, lastSyncDateTime, next.lastSyncDateTime))
                .flatMap(ok -> TransitionTable.check(
                        AppInstallLifecycle.STATES, INSTALL_STATE, installState, next.installState))
                .map(ok -> next);
    }

    /** The properties as a draft, e.g. to merge a partial update into. */
    public Draft toDraft() {
        return new Draft(
                deviceName.getOrNull(),
                deviceId.getOrNull(),
                lastSyncDateTime,
                installState,
                installState,
                installStateDetail,
                errorCode,
                osVersion.getOrNull(),
                osDescription.getOrNull(),
                userName.getOrNull(),
                userPrincipalName.map(UserPrincipalName::value).getOrNull(),
                displayVersion.getOrNull());
    }

    /** Its components, a present optional one as its value and an absent one left out (no vavr wrappers). */
    @Override
    public String toString() {
        return Records.toString(this);
    }
}
