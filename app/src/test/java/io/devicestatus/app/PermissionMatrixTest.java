package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.APPS_READ;
import static io.devicestatus.app.ServerUnderTest.APPS_WRITE;
import static io.devicestatus.app.ServerUnderTest.CONFIG_READ;
import static io.devicestatus.app.ServerUnderTest.CONFIG_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation on every collection, with a delegated and an application token holding the read permission, the
 * write permission, the other family's write permission, or nothing: allowed exactly as the spec's permission table
 * says, 403 otherwise; and personal Microsoft accounts are refused everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    /** A collection with its permission family. */
    enum Collection {
        IOS_UPDATES("/v1.0/deviceManagement/iosUpdateStatuses", CONFIG_READ, CONFIG_WRITE, APPS_WRITE),
        APP_CONFIGURATIONS(
                "/beta/deviceAppManagement/mobileAppConfigurations/cfg/deviceStatuses",
                APPS_READ,
                APPS_WRITE,
                CONFIG_WRITE),
        APP_INSTALLS("/beta/deviceAppManagement/mobileApps/app/deviceStatuses", APPS_READ, APPS_WRITE, CONFIG_WRITE);

        final String path;
        final String read;
        final String write;
        final String otherFamily;

        Collection(String path, String read, String write, String otherFamily) {
            this.path = path;
            this.read = read;
            this.write = write;
            this.otherFamily = otherFamily;
        }

        String body() {
            String device = UUID.randomUUID().toString();
            return switch (this) {
                case IOS_UPDATES -> """
                        {"installStatus": "available", "status": "compliant", "deviceId": "%s",
                         "complianceGracePeriodExpirationDateTime": "2026-12-31T00:00:00Z",
                         "lastReportedDateTime": "2026-01-01T00:00:00Z"}""".formatted(device);
                case APP_CONFIGURATIONS -> GraphApiEndToEndContract.configuration(device, "compliant");
                case APP_INSTALLS -> GraphApiEndToEndContract.install(device, "installed");
            };
        }
    }

    enum Operation {
        LIST(false, 200),
        GET(false, 200),
        CREATE(true, 201),
        UPDATE(true, 200),
        DELETE(true, 204);

        final boolean writes;
        final int success;

        Operation(boolean writes, int success) {
            this.writes = writes;
            this.success = success;
        }
    }

    enum Grant {
        NOTHING,
        READ,
        WRITE,
        OTHER_FAMILY
    }

    private ServerUnderTest server;

    @BeforeAll
    void start() throws Exception {
        server = ServerUnderTest.inMemory();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    Stream<Arguments> matrix() {
        return List.of(Collection.values())
                .flatMap(collection -> List.of(Operation.values())
                        .flatMap(operation -> List.of(Grant.values())
                                .flatMap(grant -> List.of(true, false)
                                        .map(delegated -> Arguments.of(collection, operation, grant, delegated)))))
                .toJavaStream();
    }

    @ParameterizedTest(name = "{0} {1} with {2}, delegated={3}")
    @MethodSource("matrix")
    void each_operation_needs_its_permission(
            Collection collection, Operation operation, Grant grant, boolean delegated) {
        String permission = switch (grant) {
            case NOTHING -> "User.Read";
            case READ -> collection.read;
            case WRITE -> collection.write;
            case OTHER_FAMILY -> collection.otherFamily;
        };
        String token = delegated ? server.delegated(permission) : server.application(permission);
        boolean allowed = grant == Grant.WRITE || grant == Grant.READ && !operation.writes;

        var reply = perform(collection, operation, token);

        if (allowed) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(operation.success);
        } else {
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("Forbidden");
            assertThat(reply.message())
                    .contains(
                            collection.read.contains("Apps") ? "DeviceManagementApps" : "DeviceManagementConfiguration")
                    .contains(delegated ? "scp" : "roles");
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void personal_microsoft_accounts_are_not_supported(Operation operation) {
        String token =
                server.sign(List.of(CONFIG_WRITE, APPS_WRITE), List.empty(), "9188040d-6c67-4c5b-b112-36a304b66dad");

        var reply = perform(Collection.IOS_UPDATES, operation, token);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.message())
                .containsIgnoringCase("personal Microsoft account")
                .contains("not supported");
    }

    private ServerUnderTest.Reply perform(Collection collection, Operation operation, String token) {
        return switch (operation) {
            case LIST -> server.get(collection.path, token);
            case CREATE -> server.post(collection.path, token, collection.body());
            case GET -> server.get(entity(collection), token);
            case UPDATE -> server.patch(entity(collection), token, "{\"userName\": \"changed\"}");
            case DELETE -> server.delete(entity(collection), token);
        };
    }

    /** A new entity of the collection, made with full rights. */
    private String entity(Collection collection) {
        var created = server.post(collection.path, server.admin(), collection.body());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.header("Location");
    }
}
