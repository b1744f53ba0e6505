package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.TestSchema.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.ListRequest;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Upgrading a database from before tenants (schema version 2) to version 3, on one vendor: rows move to the tenant
 * the operator names, every key then leads with tenant_id, a database with rows and no tenant named is refused and
 * left as it was, and an empty one needs no tenant. Each test works in a fresh schema built by Flyway up to V2.
 */
abstract class MigrationChecks {

    private static final TenantId OTHER_TENANT = StatusRepositoryContract.OTHER_TENANT;

    protected abstract SqlVendor vendor();

    private TestSchema schema;

    @BeforeEach
    void versionTwoSchema(TestInfo test) throws SQLException {
        schema = TestSchema.scratch(
                vendor(), "mig_" + test.getTestMethod().orElseThrow().getName().substring(0, 12));
        flyway().target("2").load().migrate();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try {
            schema.assertAuditClean();
        } finally {
            schema.close();
        }
    }

    @Test
    void an_empty_version_2_database_migrates_without_a_tenant() {
        var result = schema.store().migrate();

        assertThat(result.from()).isEqualTo(Option.some("2"));
        assertThat(result.to()).isEqualTo("3");
        assertThat(result.applied()).isEqualTo(1);
        assertKeysLeadWithTenant();
    }

    @Test
    void rows_of_a_version_2_database_move_to_the_named_tenant_and_keep_their_ids_and_versions() throws SQLException {
        insertVersion2Rows();

        var result = schema.store().migrate(MigrationOptions.existingRowsIn(TENANT));

        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.to()).isEqualTo("3");
        var store = schema.store();
        var ios = store.iosUpdateStatuses()
                .findById(TenantScope.of(TENANT), "ios-1")
                .get()
                .get();
        assertThat(ios.value().tenant()).isEqualTo(TENANT);
        assertThat(ios.value().deviceId()).isEqualTo(Option.some("device-1"));
        assertThat(ios.version()).isEqualTo(4);
        var configScope = new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-1");
        assertThat(store.appConfigurationStatuses()
                        .findById(configScope, "cfg-1")
                        .get()
                        .get()
                        .value()
                        .scope())
                .isEqualTo(configScope);
        var installScope = new AppInstallScope(TENANT, "app-1", Option.none());
        assertThat(store.appInstallStatuses()
                        .findById(installScope, "inst-1")
                        .get()
                        .get()
                        .value()
                        .scope())
                .isEqualTo(installScope);
        assertThat(store.iosUpdateStatuses()
                        .list(new ListRequest<>(OTHER_TENANT, Option.none(), StatusFilter.any(), Option.none(), 10))
                        .get())
                .as("another tenant's list")
                .isEmpty();
        assertKeysLeadWithTenant();

        var again = store.migrate();
        assertThat(again.applied())
                .as("the placeholder's value is not part of the checksum")
                .isZero();
    }

    @Test
    void a_version_2_database_with_rows_and_no_tenant_is_refused_naming_the_setting_and_left_unchanged()
            throws SQLException {
        insertVersion2Rows();

        assertThatThrownBy(() -> schema.store().migrate(new MigrationOptions(Option.none(), "--existing-rows-tenant")))
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageContaining("--existing-rows-tenant")
                .hasMessageContaining("ios_update_status, app_configuration_status, app_install_status")
                .hasMessageContaining("Flyway placeholder existing_rows_tenant")
                .hasMessageContaining("Nothing was changed");
        assertUnchangedVersion2();

        assertThat(schema.store()
                        .migrate(MigrationOptions.existingRowsIn(TENANT))
                        .applied())
                .isEqualTo(1);
    }

    /** What a platform running the scripts with its own Flyway sees when it names no tenant (placeholder ''). */
    @Test
    void the_scripts_themselves_refuse_rows_without_a_tenant() throws SQLException {
        insertVersion2Rows();

        assertThatThrownBy(() -> flyway().placeholders(Map.of(MigrationOptions.PLACEHOLDER, ""))
                        .load()
                        .migrate())
                .isInstanceOf(FlywayException.class)
                .extracting(e -> e.getMessage().toLowerCase(Locale.ROOT))
                .asString()
                .contains("existing_rows_tenant");
        assertThat(columns("ios_update_status"))
                .as("the guard runs before any status table changes")
                .doesNotContain("tenant_id");
        assertThat(rowCount()).isEqualTo(3);
        if (vendor() == SqlVendor.POSTGRESQL) {
            assertUnchangedVersion2();
            return;
        }
        // Without transactional DDL, Flyway records V3 as failed (the guard changed nothing): repair, then migrate.
        var current = flyway().load().info().current();
        assertThat(current.getVersion().toString()).isEqualTo("3");
        assertThat(current.getState()).isEqualTo(MigrationState.FAILED);
        flyway().load().repair();
        assertThat(flyway().placeholders(Map.of(MigrationOptions.PLACEHOLDER, TENANT.toString()))
                        .load()
                        .migrate()
                        .migrationsExecuted)
                .isEqualTo(1);
        assertThat(schema.store()
                        .iosUpdateStatuses()
                        .findById(TenantScope.of(TENANT), "ios-1")
                        .get())
                .isNotEmpty();
    }

    /** ... and when it does not define the placeholder at all: Flyway's own message names it, even with no rows. */
    @Test
    void the_scripts_need_the_placeholder_defined() {
        assertThatThrownBy(() -> flyway().load().migrate())
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("existing_rows_tenant");
    }

    private FluentConfiguration flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(schema.dataSource())
                .locations(vendor().migrationLocation());
    }

    private void assertKeysLeadWithTenant() {
        var tables = new RealTables(schema.dataSource(), vendor(), schema.name());
        for (var generated : RealTables.generated()) {
            var real = tables.table(generated);
            assertThat(RealTables.columns(real.getPrimaryKey()))
                    .as(generated.getName())
                    .isEqualTo(RealTables.columns(generated.getPrimaryKey()));
            for (var keyOrIndex : RealTables.keysAndIndexes(real)) {
                assertThat(keyOrIndex._2)
                        .as(generated.getName() + " " + keyOrIndex._1)
                        .startsWith("tenant_id");
            }
        }
    }

    private void assertUnchangedVersion2() throws SQLException {
        assertThat(flyway().load().info().current().getVersion().toString()).isEqualTo("2");
        for (String table : SqlSchema.TABLES) {
            assertThat(columns(table)).as(table).doesNotContain("tenant_id");
        }
        assertThat(rowCount()).isEqualTo(3);
    }

    private List<String> columns(String table) throws SQLException {
        try (var connection = schema.dataSource().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            var meta = rows.getMetaData();
            return List.range(1, meta.getColumnCount() + 1).map(column -> {
                try {
                    return meta.getColumnName(column).toLowerCase(Locale.ROOT);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private long rowCount() throws SQLException {
        long count = 0;
        try (var connection = schema.dataSource().getConnection();
                var statement = connection.createStatement()) {
            for (String table : SqlSchema.TABLES) {
                try (var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    count += rows.getLong(1);
                }
            }
        }
        return count;
    }

    /** One row per table, as version 2 stores them (no tenant), at version 4. */
    private void insertVersion2Rows() throws SQLException {
        try (var connection = schema.dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ios_update_status (id, install_status, device_id, platform,"
                    + " compliance_grace_period_expiration_ticks, compliance_grace_period_expiration_offset, status,"
                    + " last_reported_ticks, last_reported_offset, version)"
                    + " VALUES ('ios-1', 'idle', 'device-1', 0, 0, 0, 'compliant', 0, 3600, 4)");
            statement.executeUpdate("INSERT INTO app_configuration_status (id, configuration_collection,"
                    + " configuration_id, device_display_name, platform, compliance_grace_period_expiration_ticks,"
                    + " compliance_grace_period_expiration_offset, status, last_reported_ticks, last_reported_offset,"
                    + " user_principal_name, version) VALUES ('cfg-1', 'mobileAppConfigurations', 'config-1',"
                    + " 'iPad 1', 0, 0, 0, 'compliant', 0, 0, 'user@contoso.com', 1)");
            statement.executeUpdate("INSERT INTO app_install_status (id, mobile_app_id, user_status_id, device_id,"
                    + " last_sync_ticks, last_sync_offset, install_state, install_state_detail, error_code, version)"
                    + " VALUES ('inst-1', 'app-1', '', 'device-1', 0, 0, 'installed', 'noAdditionalDetails', 0, 1)");
        }
    }
}
