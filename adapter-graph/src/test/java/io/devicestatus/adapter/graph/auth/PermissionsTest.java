package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.Access.READ;
import static io.devicestatus.adapter.graph.auth.Access.WRITE;
import static io.devicestatus.adapter.graph.auth.Resource.APP_STATUSES;
import static io.devicestatus.adapter.graph.auth.Resource.IOS_UPDATE_STATUSES;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.TenantId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission table, written out here independently of the production table, over every combination. */
class PermissionsTest {

    private static final String TENANT = "3f2b7c1e-8d4a-4e6b-9c0d-1a2b3c4d5e6f";
    private static final String PERSONAL_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

    /** What a caller holds, relative to the resource asked for. */
    enum Grant {
        READ_PERMISSION,
        READ_WRITE_PERMISSION,
        NONE,
        OTHER_FAMILYS_READ_WRITE
    }

    private static final Map<Resource, String> READ_ALL = HashMap.of(
            IOS_UPDATE_STATUSES, "DeviceManagementConfiguration.Read.All",
            APP_STATUSES, "DeviceManagementApps.Read.All");
    private static final Map<Resource, String> READ_WRITE_ALL = HashMap.of(
            IOS_UPDATE_STATUSES, "DeviceManagementConfiguration.ReadWrite.All",
            APP_STATUSES, "DeviceManagementApps.ReadWrite.All");
    private static final Map<Resource, String> OTHER_FAMILY = HashMap.of(
            IOS_UPDATE_STATUSES, "DeviceManagementApps.ReadWrite.All",
            APP_STATUSES, "DeviceManagementConfiguration.ReadWrite.All");

    private static final Map<Tuple2<Resource, Access>, String> NEEDS = HashMap.of(
            Tuple.of(IOS_UPDATE_STATUSES, READ),
            "reading iOS update statuses needs one of "
                    + "DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All",
            Tuple.of(IOS_UPDATE_STATUSES, WRITE),
            "writing iOS update statuses needs one of DeviceManagementConfiguration.ReadWrite.All",
            Tuple.of(APP_STATUSES, READ),
            "reading app statuses needs one of DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All",
            Tuple.of(APP_STATUSES, WRITE),
            "writing app statuses needs one of DeviceManagementApps.ReadWrite.All");

    static Stream<Arguments> matrix() {
        return List.of(Resource.values())
                .flatMap(resource -> List.of(Access.values())
                        .flatMap(access -> List.of(Grant.values())
                                .flatMap(grant -> List.of(true, false)
                                        .map(delegated -> Arguments.of(resource, access, grant, delegated)))))
                .toJavaStream();
    }

    @ParameterizedTest(name = "{0} {1} with {2}, delegated {3}")
    @MethodSource("matrix")
    void every_resource_access_and_grant(Resource resource, Access access, Grant grant, boolean delegated) {
        var held = switch (grant) {
            case READ_PERMISSION -> HashSet.of(READ_ALL.get(resource).get());
            case READ_WRITE_PERMISSION ->
                HashSet.of(READ_WRITE_ALL.get(resource).get());
            case NONE -> HashSet.<String>empty();
            case OTHER_FAMILYS_READ_WRITE ->
                HashSet.of(OTHER_FAMILY.get(resource).get());
        };
        // A delegated token always has an scp; here one that grants nothing, so that NONE stays delegated.
        var caller = delegated ? caller(held.add("User.Read"), HashSet.empty()) : caller(HashSet.empty(), held);
        var allowed = grant == Grant.READ_WRITE_PERMISSION || grant == Grant.READ_PERMISSION && access == READ;

        var checked = Permissions.check(caller, resource, access);

        if (allowed) {
            assertThat(checked.isRight()).as("%s", checked).isTrue();
            assertThat(checked.get()).isSameAs(caller);
        } else {
            assertThat(checked.isLeft()).as("%s", checked).isTrue();
            assertThat(checked.getLeft().message())
                    .isEqualTo(NEEDS.get(Tuple.of(resource, access)).get()
                            + (delegated ? " in the token's scp (delegated)" : " in the token's roles (application)"));
        }
    }

    @Test
    void the_message_reads_as_the_table_says() {
        var denied = Permissions.check(caller(HashSet.of("User.Read"), HashSet.empty()), IOS_UPDATE_STATUSES, READ);

        assertThat(denied.getLeft())
                .isEqualTo(new PermissionDenied("reading iOS update statuses needs one of "
                        + "DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All in the token's "
                        + "scp (delegated)"));
    }

    @Test
    void a_delegated_caller_is_judged_on_scopes_not_roles() {
        var caller = caller(HashSet.of("User.Read"), HashSet.of("DeviceManagementApps.ReadWrite.All"));

        assertThat(Permissions.check(caller, APP_STATUSES, READ).isLeft()).isTrue();
    }

    @Test
    void personal_microsoft_accounts_are_refused_everything() {
        var everything = READ_WRITE_ALL.values().toSet();
        for (var tenant : List.of(PERSONAL_TENANT, PERSONAL_TENANT.toUpperCase(Locale.ROOT))) {
            for (var resource : Resource.values()) {
                for (var access : Access.values()) {
                    var delegated = new Caller("user", TenantId.fromString(tenant), everything, HashSet.empty());
                    var application = new Caller("app", TenantId.fromString(tenant), HashSet.empty(), everything);

                    for (var caller : List.of(delegated, application)) {
                        var checked = Permissions.check(caller, resource, access);
                        assertThat(checked.isLeft())
                                .as("%s %s %s", caller, resource, access)
                                .isTrue();
                        assertThat(checked.getLeft().message())
                                .startsWith("personal Microsoft accounts are not supported");
                    }
                }
            }
        }
    }

    @Test
    void permission_names_are_case_sensitive() {
        var caller = caller(HashSet.empty(), HashSet.of("devicemanagementapps.read.all"));

        assertThat(Permissions.check(caller, APP_STATUSES, READ).isLeft()).isTrue();
    }

    @Test
    void accepted_lists_the_narrowest_permission_first() {
        assertThat(Permissions.accepted(IOS_UPDATE_STATUSES, READ))
                .containsExactly(
                        "DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All");
        assertThat(Permissions.accepted(APP_STATUSES, WRITE)).containsExactly("DeviceManagementApps.ReadWrite.All");
    }

    private static Caller caller(Set<String> scopes, Set<String> roles) {
        return new Caller("someone", TenantId.fromString(TENANT), scopes, roles);
    }
}
