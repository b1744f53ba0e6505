package io.devicestatus.adapter.sql;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The tables, owned by Flyway: one set of migrations per vendor, under {@code db/device-status/<vendor>}, recorded in a
 * history table of their own ({@link SqlStoreOptions#historyTable()}) so that a platform's own Flyway in the same
 * schema never sees them (see {@link HistoryTable} for where it is found).
 */
final class SqlSchema {

    /**
     * Where Flyway starts a history in a schema that already holds tables (the platform's): below every migration of
     * ours, so all of them run, and never reported as a schema version.
     */
    static final MigrationVersion BASELINE = MigrationVersion.fromVersion("0");

    /** The migration that gives every status a tenant, and so needs one for the rows stored before it. */
    static final MigrationVersion TENANTS = MigrationVersion.fromVersion("3");

    static final List<String> TABLES = List.of("ios_update_status", "app_configuration_status", "app_install_status");

    private final DataSource dataSource;
    private final SqlVendor vendor;
    private final SqlStoreOptions options;
    private final HistoryTable history;

    SqlSchema(DataSource dataSource, SqlVendor vendor, SqlStoreOptions options) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.options = options;
        this.history = new HistoryTable(dataSource, vendor, options);
    }

    /** Flyway over this library's migrations; validation checks applied migrations only, pending ones are expected. */
    private Flyway flyway(MigrationOptions migration) {
        return configure(vendor, options.schema(), history.name(), migration.placeholderValue())
                .dataSource(dataSource)
                .load();
    }

    /**
     * Flyway as this library runs its migrations: the configuration a platform's own Flyway needs to run them too
     * (location, history table, schema, placeholder), which is what a refusal with migrating off spells out.
     */
    static FluentConfiguration configure(
            SqlVendor vendor, Option<String> schema, String historyTable, String existingRowsTenant) {
        var configuration = Flyway.configure(SqlSchema.class.getClassLoader())
                .locations(vendor.migrationLocation())
                .failOnMissingLocations(true)
                .table(historyTable)
                .placeholders(Map.of(MigrationOptions.PLACEHOLDER, existingRowsTenant))
                .ignoreMigrationPatterns("*:pending")
                // A schema holding the platform's tables (and no history of ours) is started at BASELINE.
                .baselineOnMigrate(true)
                .baselineVersion(BASELINE)
                .baselineDescription("device-status: schema shared with other tables");
        return schema.map(name -> JooqSettings.databaseName(vendor, name))
                .map(name -> configuration.schemas(name).defaultSchema(name))
                .getOrElse(configuration);
    }

    /** Where the schema stands; reads Flyway's history only. */
    SchemaStatus status() {
        try {
            var info = flyway(MigrationOptions.defaults()).info();
            var known = List.of(info.all()).filter(m -> !isFuture(m) && m.getVersion() != null);
            return new SchemaStatus(
                    currentVersion(info.current()),
                    known.last().getVersion().toString(),
                    List.of(info.pending()).map(SqlSchema::describe),
                    List.of(info.applied()).filter(SqlSchema::isFuture).map(SqlSchema::describe));
        } catch (FlywayException e) {
            throw new SchemaMigrationException(
                    "reading the device-status schema's history failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the migrations applied to the database are the ones this library ships (same versions, descriptions
     * and checksums; none missing, none failed); answers each difference Flyway found, or none. Pending migrations are
     * not a difference.
     */
    Seq<String> validate() {
        try {
            var result = flyway(MigrationOptions.defaults()).validateWithResult();
            if (result.validationSuccessful) {
                return List.empty();
            }
            var invalid = List.ofAll(result.invalidMigrations)
                    .map(m -> m.version + " " + m.description + ": " + m.errorDetails.errorMessage);
            return invalid.isEmpty() ? List.of(result.getAllErrorMessages()) : invalid;
        } catch (FlywayException e) {
            throw new SchemaMigrationException("validating the device-status schema failed: " + e.getMessage(), e);
        }
    }

    /** The version applied, unless it is none or Flyway's {@link #BASELINE}, which is no schema version of ours. */
    private static Option<String> currentVersion(MigrationInfo current) {
        return Option.of(current)
                .map(MigrationInfo::getVersion)
                .filter(v -> !BASELINE.equals(v))
                .map(Object::toString);
    }

    /** Which history table this store reads and writes: ours, or the legacy one of an existing install. */
    String historyTable() {
        return history.name();
    }

    private static boolean isFuture(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS
                || migration.getState() == MigrationState.FUTURE_FAILED;
    }

    private static String describe(MigrationInfo migration) {
        return migration.getVersion() + " " + migration.getDescription();
    }

    MigrationResult migrate(MigrationOptions migration) {
        history.refuseTablesWithoutHistory();
        var flyway = flyway(migration);
        try {
            refuseNewerSchema(flyway);
            if (!options.migrate()) {
                return checkOnly(flyway, migration);
            }
            refuseRowsWithoutTenant(flyway, migration);
            var result = flyway.migrate();
            // Flyway names no target version when nothing ran: the current one is then where the schema stands.
            String now = Option.of(result.targetSchemaVersion)
                    .orElse(() -> currentVersion(flyway.info().current()))
                    .getOrElseThrow(() -> new SchemaMigrationException("no schema version after migrating", null));
            return new MigrationResult(
                    Option.of(result.initialSchemaVersion)
                            .map(MigrationVersion::fromVersion)
                            .flatMap(v -> BASELINE.equals(v) ? Option.none() : Option.some(v.toString())),
                    now,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new SchemaMigrationException("migrating the device-status schema failed: " + e.getMessage(), e);
        }
    }

    /**
     * With migrating off the schema is only read: current, it is used as is; otherwise refused, naming everything a
     * platform's own Flyway needs to run the migrations.
     */
    private MigrationResult checkOnly(Flyway flyway, MigrationOptions migration) {
        var info = flyway.info();
        var current = currentVersion(info.current());
        var pending = List.of(info.pending()).map(SqlSchema::describe);
        var failed = List.of(info.all()).filter(m -> m.getState().isFailed()).map(SqlSchema::describe);
        if (current.isDefined() && pending.isEmpty() && failed.isEmpty()) {
            return new MigrationResult(current, current.get(), 0);
        }
        var schema = options.schema().map(name -> JooqSettings.databaseName(vendor, name));
        throw new SchemaMigrationException(
                "the device-status schema is at version " + current.getOrElse("none") + " in "
                        + schema.map(name -> "schema " + name).getOrElse("the connection's schema")
                        + (pending.isEmpty() ? "" : ", " + pending.mkString("pending: ", ", ", ""))
                        + (failed.isEmpty() ? "" : ", " + failed.mkString("failed: ", ", ", ""))
                        + ", and migrating is off (SqlStoreOptions.migrate false), so nothing was changed. Run this"
                        + " library's migrations with your own Flyway: locations " + vendor.migrationLocation()
                        + ", table " + history.name()
                        + schema.map(name -> ", schemas " + name).getOrElse("")
                        + ", placeholder " + MigrationOptions.PLACEHOLDER + " = '"
                        + migration.placeholderValue() + "' (the tenant of statuses stored before version "
                        + TENANTS + ", or empty), baselineOnMigrate true with baselineVersion " + BASELINE
                        + " when the schema holds other tables; or turn migrating on.",
                null);
    }

    /**
     * Flyway ignores migrations it does not know by default; running against a schema a newer release has changed
     * could read or write it wrongly, so that is refused here, naming both versions.
     */
    private static void refuseNewerSchema(Flyway flyway) {
        var info = flyway.info();
        var unknown = List.of(info.applied())
                .filter(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (unknown.nonEmpty()) {
            String newest = List.of(info.all())
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v != null)
                    .map(Object::toString)
                    .lastOption()
                    .getOrElse("none");
            throw new SchemaMigrationException(
                    "the database schema is at version " + unknown.last().getVersion()
                            + ", newer than this library knows (newest: " + newest + "; unknown migrations: "
                            + unknown.map(m -> m.getVersion() + " " + m.getDescription())
                                    .mkString(", ")
                            + "). Use the device-status release that migrated it, or a newer one.",
                    null);
        }
    }

    /**
     * Rows stored before {@link #TENANTS} belong to a tenant only the operator knows. The V3 scripts refuse them
     * without one too, but only in words a SQL error allows; checking here first gives the whole message, and
     * changes nothing (MariaDB and H2 commit each DDL statement, so a script failing half-way could not be undone).
     */
    private void refuseRowsWithoutTenant(Flyway flyway, MigrationOptions options) {
        var info = flyway.info();
        boolean tenantsPending = List.of(info.pending()).exists(m -> TENANTS.equals(m.getVersion()));
        if (options.existingRowsTenant().isDefined() || !tenantsPending || info.current() == null) {
            return;
        }
        var holding = TABLES.filter(this::holdsRows);
        if (holding.nonEmpty()) {
            throw new SchemaMigrationException(
                    "the database (schema version " + info.current().getVersion()
                            + ") holds device statuses from before tenants, in " + holding.mkString(", ")
                            + ", and schema version " + TENANTS
                            + " gives every status a tenant; no tenant was named for"
                            + " them. Name the tenant (its GUID) they belong to with " + options.tenantSetting()
                            + " (Flyway placeholder " + MigrationOptions.PLACEHOLDER + " when running the scripts with"
                            + " your own Flyway). Nothing was changed.",
                    null);
        }
    }

    private boolean holdsRows(String table) {
        String qualified = options.schema().map(schema -> schema + "." + table).getOrElse(table);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT 1 FROM " + qualified + " LIMIT 1")) {
            return rows.next();
        } catch (SQLException e) {
            throw new SchemaMigrationException("looking for rows in " + table + " failed: " + e.getMessage(), e);
        }
    }
}
