package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.TestSchema.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.adapter.sql.schema.DefaultSchema;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.GraphEnum;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.UserPrincipalName;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the schema itself promises, on one vendor: Flyway's real migrations on a fresh database match the classes
 * jOOQ generated offline from the PostgreSQL scripts, the CHECK constraints hold exactly the domain's enum names,
 * every key and index leads with tenant_id, the seed examples' 7-digit timestamps survive, and a schema newer than
 * the library is refused. {@link MigrationChecks} covers upgrades.
 */
abstract class SchemaChecks {

    /** Timestamps exactly as the seed pages (spec 000, 001, 003) write them. */
    private static final List<String> SEED_TIMES = List.of(
            "2016-12-31T23:59:17.6121771+00:00",
            "2017-01-01T00:02:16.0971046+00:00",
            "2017-01-01T00:00:17.7769392-08:00",
            "2016-12-31T23:57:41.6559639+03:00",
            "2016-12-31T23:59:04.0371883+03:00");

    /** The version of the newest migration, which every test schema is at. */
    private static final String CURRENT_VERSION = "3";

    protected abstract TestSchema schema();

    private SqlStatusStore store;
    private DSLContext dsl;

    @BeforeEach
    void emptyStore() {
        store = schema().emptyStore();
        dsl = DSL.using(
                schema().dataSource(),
                schema().vendor().dialect(),
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
    }

    @Test
    void migrating_a_current_schema_again_applies_nothing() {
        var again = store.migrate();

        assertThat(again.from()).isEqualTo(Option.some(CURRENT_VERSION));
        assertThat(again.to()).isEqualTo(CURRENT_VERSION);
        assertThat(again.applied()).isZero();
    }

    @Test
    void the_real_tables_have_exactly_the_columns_of_the_generated_classes() {
        for (Table<?> generated : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var real = realTable(generated);
            assertThat(List.of(real.fields()).map(field -> field.getName().toLowerCase(Locale.ROOT)))
                    .as(generated.getName())
                    .containsExactlyElementsOf(List.of(generated.fields()).map(field -> field.getName()));
            // And the generated classes can read every column of a real row.
            assertThat(dsl.selectFrom(generated).limit(1).fetch()).isEmpty();
        }
    }

    @Test
    void the_real_tables_have_the_indexes_of_the_generated_classes_the_report_time_ones_included() {
        var reportTimeIndexes = 0;
        for (Table<?> generated : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var real = List.ofAll(realTable(generated).getIndexes()).map(RealTables::nameAndColumns);
            var expected = List.ofAll(generated.getIndexes()).map(RealTables::nameAndColumns);

            assertThat(real).as(generated.getName()).containsAll(expected);
            reportTimeIndexes += expected.count(index -> index._1.endsWith("_report_time_ix"));
        }
        assertThat(reportTimeIndexes).as("one report-time index per table").isEqualTo(3);
    }

    @Test
    void tenant_id_leads_the_primary_key_every_unique_key_and_every_index_as_in_the_generated_classes() {
        for (Table<?> generated : RealTables.generated()) {
            var real = realTable(generated);
            assertThat(RealTables.columns(real.getPrimaryKey()))
                    .as(generated.getName())
                    .isEqualTo(RealTables.columns(generated.getPrimaryKey()))
                    .startsWith("tenant_id", "id");
            for (var key : generated.getUniqueKeys()) {
                assertThat(List.ofAll(real.getUniqueKeys()).map(RealTables::columns))
                        .as(key.getName())
                        .contains(RealTables.columns(key));
            }
            for (var keyOrIndex : RealTables.keysAndIndexes(real)) {
                assertThat(keyOrIndex._2)
                        .as(generated.getName() + " " + keyOrIndex._1)
                        .startsWith("tenant_id");
            }
        }
    }

    @Test
    void a_tenant_id_is_a_lower_case_guid_and_an_insert_without_one_fails() {
        insertRow("ios_update_status", "status", "compliant");
        assertThatThrownBy(() -> insertRow(
                        "ios_update_status", "tenant_id", TENANT.toString().toUpperCase(Locale.ROOT)))
                .extracting(e -> e.getMessage().toLowerCase(Locale.ROOT))
                .asString()
                .contains("ios_update_status_tenant_id_ck");
        assertThatThrownBy(() -> insertRow("app_install_status", "tenant_id", "not-a-guid"))
                .extracting(e -> e.getMessage().toLowerCase(Locale.ROOT))
                .asString()
                .contains("app_install_status_tenant_id_ck");
        // No default: a row without a tenant is refused rather than given one.
        assertThatThrownBy(() -> insertRow("app_configuration_status", "tenant_id", null))
                .isInstanceOf(DataAccessException.class);
    }

    static Stream<Arguments> enumColumns() {
        return Stream.of(
                Arguments.of("ios_update_status", "install_status", List.of(IosUpdatesInstallStatus.values())),
                Arguments.of("ios_update_status", "status", List.of(ComplianceStatus.values())),
                Arguments.of("app_configuration_status", "status", List.of(ComplianceStatus.values())),
                Arguments.of("app_install_status", "install_state", List.of(ResultantAppState.values())),
                Arguments.of("app_install_status", "install_state_detail", List.of(ResultantAppStateDetail.values())));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("enumColumns")
    void an_enum_column_takes_every_wire_name_of_the_domain_and_nothing_else(
            String table, String column, List<? extends GraphEnum> members) {
        for (GraphEnum member : members) {
            insertRow(table, column, member.wireName());
        }
        for (String unknown : List.of("notAWireName", members.head().wireName().toUpperCase(Locale.ROOT), "")) {
            assertThatThrownBy(() -> insertRow(table, column, unknown))
                    .as("%s.%s = '%s'", table, column, unknown)
                    .isInstanceOf(DataAccessException.class)
                    .extracting(e -> e.getMessage().toLowerCase(Locale.ROOT))
                    .asString()
                    .contains(table + "_" + column + "_ck");
        }
        assertThat(dsl.fetchCount(DSL.table(table))).isEqualTo(members.size());
    }

    @Test
    void the_configuration_collection_column_takes_the_two_path_segments_only() {
        for (var collection : ConfigurationCollection.values()) {
            insertRow("app_configuration_status", "configuration_collection", collection.pathSegment());
        }
        assertThatThrownBy(() -> insertRow("app_configuration_status", "configuration_collection", "mobileApps"))
                .extracting(e -> e.getMessage().toLowerCase(Locale.ROOT))
                .asString()
                .contains("app_configuration_status_configuration_collection_ck");
    }

    @Test
    void the_seed_examples_timestamps_keep_all_seven_digits_and_their_offset() {
        var statuses = SEED_TIMES
                .zipWithIndex()
                .map(seed -> new AppConfigurationDeviceStatus(
                        new StatusId("seed-" + seed._2),
                        new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-1"),
                        Option.some("device " + seed._2),
                        Option.none(),
                        Option.none(),
                        0,
                        time(seed._1),
                        ComplianceStatus.COMPLIANT,
                        time(seed._1),
                        Option.some(new UserPrincipalName("user@contoso.com"))));
        for (var status : statuses) {
            assertThat(store.appConfigurationStatuses().insert(status).isRight())
                    .isTrue();
        }

        for (var status : statuses) {
            var read = store.appConfigurationStatuses()
                    .findById(status.scope(), status.id().value())
                    .get()
                    .get();
            assertThat(read).isEqualTo(new Versioned<>(status, 1));
            // OffsetDateTime.equals: the same local date-time to the nanosecond and the same offset.
            assertThat(read.value().lastReportedDateTime().value())
                    .isEqualTo(OffsetDateTime.parse(SEED_TIMES.get(statuses.indexOf(status))));
        }
    }

    @Test
    void an_ios_status_with_a_seed_time_round_trips_through_its_table() {
        var status = iosStatus("seed-ios");

        store.iosUpdateStatuses().insert(status);

        var read = store.iosUpdateStatuses()
                .findById(TenantScope.of(TENANT), "seed-ios")
                .get()
                .get()
                .value();
        assertThat(read).isEqualTo(status);
        assertThat(read.lastReportedDateTime().toString()).isEqualTo(SEED_TIMES.get(2));
    }

    @Test
    void the_tenant_audit_sees_the_stores_reads_and_writes_the_copy_on_postgresql_included() {
        long before = schema().auditedStatements();

        assertThat(store.iosUpdateStatuses().insert(iosStatus("audited")).isRight())
                .isTrue();
        assertThat(store.iosUpdateStatuses()
                        .findById(TenantScope.of(TENANT), "audited")
                        .get())
                .isNotEmpty();

        assertThat(schema().auditedStatements() - before)
                .as("the insert (a COPY on PostgreSQL) and the read")
                .isEqualTo(2);
    }

    @Test
    void a_schema_newer_than_the_library_is_refused_naming_both_versions() {
        // Our Flyway history table, with names quoted as Flyway creates them (jOOQ's default quoting).
        var flyway = DSL.using(schema().dataSource(), schema().vendor().dialect());
        var history = DSL.table(DSL.name(SqlStoreOptions.DEFAULT_HISTORY_TABLE));
        var rank = DSL.field(DSL.name("installed_rank"), Integer.class);
        flyway.insertInto(history)
                .set(rank, 99)
                .set(DSL.field(DSL.name("version"), String.class), "4")
                .set(DSL.field(DSL.name("description"), String.class), "from a newer release")
                .set(DSL.field(DSL.name("type"), String.class), "SQL")
                .set(DSL.field(DSL.name("script"), String.class), "V4__from_a_newer_release.sql")
                .set(DSL.field(DSL.name("checksum"), Integer.class), 0)
                .set(DSL.field(DSL.name("installed_by"), String.class), "test")
                .set(DSL.field(DSL.name("execution_time"), Integer.class), 0)
                .set(DSL.field(DSL.name("success"), Boolean.class), true)
                .execute();
        try {
            assertThatThrownBy(store::migrate)
                    .isInstanceOf(SchemaMigrationException.class)
                    .hasMessageContaining("schema is at version 4")
                    .hasMessageContaining("newest: " + CURRENT_VERSION)
                    .hasMessageContaining("from a newer release");
        } finally {
            flyway.deleteFrom(history).where(rank.eq(99)).execute();
        }
        assertThat(store.migrate().applied()).isZero();
    }

    private Table<?> realTable(Table<?> generated) {
        return new RealTables(schema().dataSource(), schema().vendor(), schema().name()).table(generated);
    }

    private void insertRow(String table, String column, String value) {
        var row = new java.util.LinkedHashMap<String, Object>();
        row.put("id", "row-" + value + "-" + System.nanoTime());
        row.put("tenant_id", TENANT.toString());
        row.put("version", 1L);
        switch (table) {
            case "ios_update_status" -> {
                row.put("install_status", "idle");
                row.put("status", "compliant");
                ticks(row, "compliance_grace_period_expiration");
                ticks(row, "last_reported");
                row.put("platform", 0);
            }
            case "app_configuration_status" -> {
                row.put("configuration_collection", "mobileAppConfigurations");
                row.put("configuration_id", "config-1");
                row.put("status", "compliant");
                ticks(row, "compliance_grace_period_expiration");
                ticks(row, "last_reported");
                row.put("platform", 0);
            }
            default -> {
                row.put("mobile_app_id", "app-1");
                row.put("user_status_id", "");
                row.put("install_state", "installed");
                row.put("install_state_detail", "noAdditionalDetails");
                ticks(row, "last_sync");
                row.put("error_code", 0);
            }
        }
        if (value == null) {
            row.remove(column);
        } else {
            row.put(column, value);
        }
        dsl.insertInto(DSL.table(table))
                .columns(row.keySet().stream().map(DSL::field).toList())
                .values(row.values())
                .execute();
    }

    private static void ticks(java.util.Map<String, Object> row, String prefix) {
        row.put(prefix + "_ticks", 0L);
        row.put(prefix + "_offset", 0);
    }

    /** An iOS update status reported at the third seed time. */
    private static IosUpdateDeviceStatus iosStatus(String id) {
        return new IosUpdateDeviceStatus(
                new StatusId(id),
                TENANT,
                IosUpdatesInstallStatus.INSTALL_INSUFFICIENT_SPACE,
                Option.some("17.1"),
                Option.some("device-1"),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                0,
                time(SEED_TIMES.get(0)),
                ComplianceStatus.NOT_APPLICABLE,
                time(SEED_TIMES.get(2)),
                Option.none());
    }

    private static GraphDateTime time(String text) {
        return new GraphDateTime(OffsetDateTime.parse(text));
    }
}
