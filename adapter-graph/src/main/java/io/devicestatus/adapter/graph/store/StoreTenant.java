package io.devicestatus.adapter.graph.store;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one tenant a Graph store talks to: the one its access token is for. A call naming another is a wiring mistake
 * (the platform picked the wrong tenant's store), refused before anything is sent. It is {@code Invalid} even for
 * lookups, where "none" or {@code NotFound} would hide the mistake: this store cannot know what another tenant holds.
 */
final class StoreTenant {

    private final TenantId tenant;

    StoreTenant(TenantId tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /** {@code value}, when {@code asked} is this store's tenant; otherwise the refusal. */
    <X> Either<ApplicationError, X> owns(TenantId asked, X value) {
        if (asked.equals(tenant)) {
            return Either.right(value);
        }
        return Either.left(ApplicationError.invalid(
                "scope.tenant",
                asked.toString(),
                "is not the tenant of this "
                        + "Graph store, which talks to tenant " + tenant
                        + " (its access token's) only; use a GraphStatusStore "
                        + "made for tenant " + asked));
    }

    /** {@code values}, when each one's tenant is this store's; otherwise the refusal of the first that is not. */
    <X> Either<ApplicationError, Seq<X>> ownsAll(Iterable<X> values, Function<X, TenantId> tenantOf) {
        return Either.traverseRight(values, value -> owns(tenantOf.apply(value), value));
    }
}
