package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded database from before tenants (schema version 2, holding a status) is migrated only once the operator
 * names the tenant its statuses belong to, and then keeps them in that tenant.
 */
class PreTenantDatabaseTest {

    private static final TenantId TENANT = TenantId.fromString(ServerUnderTest.TENANT);
    private static final TenantId OTHER = TenantId.fromString(TenantsEndToEndContract.TENANT_B);

    @TempDir
    Path dataDir;

    @BeforeEach
    void aVersion2DatabaseHoldingOneStatus() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("device-status");
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/device-status/h2")
                .target("2")
                .load()
                .migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ios_update_status (id, install_status, device_id, platform,"
                    + " compliance_grace_period_expiration_ticks, compliance_grace_period_expiration_offset, status,"
                    + " last_reported_ticks, last_reported_offset, version) VALUES ('old-1', 'success', 'device-1', 0,"
                    + " 17000000000000000, 0, 'compliant', 17000000000000000, 3600, 4)");
        }
    }

    @Test
    void serve_refuses_to_guess_the_tenant_and_says_which_option_names_it_changing_nothing() {
        var refused = CommandLineTest.run("serve", "--data-dir", dataDir.toString(), "--port", "0");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("from before tenants")
                .contains("--existing-rows-tenant")
                .contains("Nothing was changed")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");

        var again = Storage.h2Files(dataDir, Option.some(TENANT), Clock.systemUTC());
        assertThat(again.isRight())
                .as("the refusal left the database migratable: %s", again)
                .isTrue();
        again.get().close();
    }

    @Test
    void with_the_tenant_named_the_statuses_are_kept_in_that_tenant_only_at_their_version() {
        try (var storage =
                Storage.h2Files(dataDir, Option.some(TENANT), Clock.systemUTC()).get()) {
            var ios = storage.application().iosUpdates();

            var kept = ios.get(new GetStatusQuery<>(TenantScope.of(TENANT), new StatusId("old-1")))
                    .get();
            assertThat(kept.version()).isEqualTo(4);
            assertThat(kept.value().tenant()).isEqualTo(TENANT);
            assertThat(kept.value().deviceId()).contains("device-1");
            assertThat(ios.get(new GetStatusQuery<>(TenantScope.of(OTHER), new StatusId("old-1")))
                            .getLeft())
                    .isInstanceOf(ApplicationError.NotFound.class);
            assertThat(storage.description()).contains("schema version 3");
        }
    }

    @Test
    void the_tenant_option_is_checked_as_a_guid() {
        var refused =
                CommandLineTest.run("serve", "--data-dir", dataDir.toString(), "--existing-rows-tenant", "contoso");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--existing-rows-tenant 'contoso' is not a tenant id");
    }
}
