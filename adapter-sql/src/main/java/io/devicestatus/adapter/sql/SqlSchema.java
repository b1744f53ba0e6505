package io.devicestatus.adapter.sql;

import io.vavr.collection.List;
import io.vavr.control.Option;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** The tables, owned by Flyway: one set of migrations per vendor, under {@code db/migration/<vendor>}. */
final class SqlSchema {

    private final Flyway flyway;

    SqlSchema(DataSource dataSource, SqlVendor vendor) {
        this.flyway = Flyway.configure(SqlSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(vendor.migrationLocation())
                .failOnMissingLocations(true)
                .load();
    }

    MigrationResult migrate() {
        try {
            refuseNewerSchema();
            var result = flyway.migrate();
            // Flyway names no target version when nothing ran: the current one is then where the schema stands.
            String now = Option.of(result.targetSchemaVersion)
                    .orElse(() -> Option.of(flyway.info().current()).map(current -> current.getVersion().toString()))
                    .getOrElseThrow(() -> new SchemaMigrationException("no schema version after migrating", null));
            return new MigrationResult(Option.of(result.initialSchemaVersion), now, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new SchemaMigrationException("migrating the device-status schema failed: " + e.getMessage(), e);
        }
    }

    /**
     * Flyway ignores migrations it does not know by default; running against a schema a newer release has changed
     * could read or write it wrongly, so that is refused here, naming both versions.
     */
    private void refuseNewerSchema() {
        var info = flyway.info();
        var unknown = List.of(info.applied()).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (unknown.nonEmpty()) {
            String newest = List.of(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion).filter(v -> v != null).map(Object::toString).lastOption()
                    .getOrElse("none");
            throw new SchemaMigrationException("the database schema is at version " + unknown.last().getVersion()
                    + ", newer than this library knows (newest: " + newest + "; unknown migrations: "
                    + unknown.map(m -> m.getVersion() + " " + m.getDescription()).mkString(", ")
                    + "). Use the device-status release that migrated it, or a newer one.", null);
        }
    }
}
