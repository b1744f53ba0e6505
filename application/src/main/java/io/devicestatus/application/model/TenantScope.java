package io.devicestatus.application.model;

import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.common.Tenanted;
import java.util.Objects;

/**
 * The scope of iOS update statuses: they belong to the tenant ({@code /deviceManagement/iosUpdateStatuses}), not to a
 * parent entity, so the tenant is their whole scope.
 *
 * @param tenant the tenant
 */
public record TenantScope(TenantId tenant) implements Tenanted {

    public TenantScope {
        Objects.requireNonNull(tenant, "tenant");
    }

    /** The scope of {@code tenant}'s iOS update statuses. */
    public static TenantScope of(TenantId tenant) {
        return new TenantScope(tenant);
    }

    /** {@code tenant <GUID>}, as errors name the scope. */
    @Override
    public String toString() {
        return "tenant " + tenant;
    }
}
