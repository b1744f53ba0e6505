package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.Access.READ;
import static io.devicestatus.adapter.graph.auth.Access.WRITE;
import static io.devicestatus.adapter.graph.auth.Resource.APP_STATUSES;
import static io.devicestatus.adapter.graph.auth.Resource.IOS_UPDATE_STATUSES;

import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Graph's permissions for the status collections, as one table: which scopes (delegated callers) or roles
 * (application callers) allow which {@link Access} to which {@link Resource}. A ReadWrite permission allows reading
 * too, as in Graph.
 */
public final class Permissions {

    /** The tenant of personal Microsoft accounts, which have no Intune data. */
    static final TenantId PERSONAL_ACCOUNT_TENANT = TenantId.fromString("9188040d-6c67-4c5b-b112-36a304b66dad");

    private record Rule(Resource resource, Access access, Seq<String> accepted) {}

    private static final Seq<Rule> TABLE = List.of(
            new Rule(
                    IOS_UPDATE_STATUSES,
                    READ,
                    List.of("DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All")),
            new Rule(IOS_UPDATE_STATUSES, WRITE, List.of("DeviceManagementConfiguration.ReadWrite.All")),
            new Rule(
                    APP_STATUSES, READ, List.of("DeviceManagementApps.Read.All", "DeviceManagementApps.ReadWrite.All")),
            new Rule(APP_STATUSES, WRITE, List.of("DeviceManagementApps.ReadWrite.All")));

    private Permissions() {}

    /**
     * The caller, if it may have {@code access} to {@code resource}: a delegated caller needs one of the accepted
     * permissions among its scopes, an application caller among its roles. A personal Microsoft account is refused
     * everything.
     */
    public static Either<PermissionDenied, Caller> check(Caller caller, Resource resource, Access access) {
        Objects.requireNonNull(caller, "caller");
        var accepted = accepted(resource, access);
        if (caller.tenant().equals(PERSONAL_ACCOUNT_TENANT)) {
            return Either.left(new PermissionDenied(
                    "personal Microsoft accounts are not supported; sign in with a work or school account"));
        }
        var held = caller.delegated() ? caller.scopes() : caller.roles();
        if (accepted.exists(held::contains)) {
            return Either.right(caller);
        }
        return Either.left(new PermissionDenied(access.gerund() + " " + resource.description() + " needs one of "
                + accepted.mkString(", ") + " in the token's "
                + (caller.delegated() ? "scp (delegated)" : "roles (application)")));
    }

    /**
     * The permissions that allow {@code access} to {@code resource}, the narrowest first (e.g. for the
     * {@code scope} of an {@code insufficient_scope} challenge).
     */
    public static Seq<String> accepted(Resource resource, Access access) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(access, "access");
        return TABLE.find(rule -> rule.resource() == resource && rule.access() == access)
                .getOrElseThrow(() -> new IllegalStateException("no permission rule for " + access + " " + resource))
                .accepted();
    }
}
