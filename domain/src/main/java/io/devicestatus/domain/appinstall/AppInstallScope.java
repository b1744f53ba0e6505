package io.devicestatus.domain.appinstall;

import io.devicestatus.domain.common.Checks;
import io.devicestatus.domain.common.Records;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.Tenanted;
import io.devicestatus.domain.common.Text;
import io.devicestatus.domain.error.DomainError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where an app-install device status belongs: a mobile app, and within it a user-install status. Graph also lists
 * device statuses directly under the app ({@code /mobileApps/{mobileAppId}/deviceStatuses}); those have no
 * user-install status.
 *
 * @param tenant       the tenant the app belongs to
 * @param mobileAppId  the app; not blank
 * @param userStatusId the user-install status ({@code userStatuses/{id}}), when the status is listed under one
 */
public record AppInstallScope(TenantId tenant, String mobileAppId, Option<String> userStatusId) implements Tenanted {

    public AppInstallScope {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(mobileAppId, "mobileAppId");
        Objects.requireNonNull(userStatusId, "userStatusId");
    }

    /** Validates a scope taken from input, e.g. a URL; {@code userStatusId} may be {@code null}. */
    public static Either<DomainError, AppInstallScope> of(TenantId tenant, String mobileAppId, String userStatusId) {
        var owner = Checks.required("scope.tenant", tenant);
        var app = Text.identifier("scope.mobileAppId", mobileAppId);
        var user = Text.optionalIdentifier("scope.userStatusId", userStatusId);
        return Checks.result(
                Checks.violations(owner, app, user), () -> new AppInstallScope(owner.get(), app.get(), user.get()));
    }

    /** Its components, a present optional one as its value and an absent one left out (no vavr wrappers). */
    @Override
    public String toString() {
        return Records.toString(this);
    }
}
