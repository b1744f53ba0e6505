package io.devicestatus.adapter.sql;

import io.devicestatus.adapter.sql.schema.AppConfigurationStatusRecord;
import io.devicestatus.adapter.sql.schema.AppInstallStatusRecord;
import io.devicestatus.adapter.sql.schema.IosUpdateStatusRecord;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.ExecuteListenerProvider;

/**
 * The SQL adapter over one database: a repository per status type and the transactions over them, on a {@link DataSource}
 * the platform owns (and pools). Call {@link #migrate(MigrationOptions)} once at start, before the first repository
 * call; it is never run implicitly. Where the tables live, which Flyway history table records them and whether this
 * library migrates at all are {@link SqlStoreOptions}.
 *
 * <p>Every status belongs to one tenant, and every statement the repositories send names it: rows of different
 * tenants share the tables and never meet (see {@link JooqStatusRepository}).
 *
 * <pre>{@code
 * var store = SqlStatusStore.of(dataSource, SqlVendor.POSTGRESQL);
 * store.migrate(MigrationOptions.defaults()); // or existingRowsIn(tenant) for a database from before tenants
 * var app = new DeviceStatusApplication(store, IdGeneratorPort.randomUuids(), CommandValidator.withDefaultProvider(),
 *         DeviceStatusSettings.defaults(Clock.systemUTC()));
 * }</pre>
 */
public final class SqlStatusStore implements StatusStore {

    private final SqlSchema schema;
    private final JooqTransaction transactions;
    private final JooqStatusRepository<
                    IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft, IosUpdateStatusRecord>
            iosUpdateStatuses;
    private final JooqStatusRepository<
                    AppConfigurationDeviceStatus,
                    ConfigurationScope,
                    AppConfigurationDeviceStatus.Draft,
                    AppConfigurationStatusRecord>
            appConfigurationStatuses;
    private final JooqStatusRepository<
                    MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft, AppInstallStatusRecord>
            appInstallStatuses;

    private SqlStatusStore(
            DataSource dataSource, SqlVendor vendor, SqlStoreOptions options, ExecuteListenerProvider... listeners) {
        this.schema = new SqlSchema(dataSource, vendor, options);
        this.transactions = new JooqTransaction(dataSource, vendor, JooqSettings.of(vendor, options), listeners);
        this.iosUpdateStatuses = new JooqStatusRepository<>(new IosUpdateStatusRows(), transactions);
        this.appConfigurationStatuses = new JooqStatusRepository<>(new AppConfigurationStatusRows(), transactions);
        this.appInstallStatuses = new JooqStatusRepository<>(new AppInstallStatusRows(), transactions);
    }

    /**
     * The adapter over {@code dataSource}, a database of {@code vendor}, with {@link SqlStoreOptions#defaults()}.
     * Every connection it lends is used by one thread at a time; units of work run at READ COMMITTED.
     */
    public static SqlStatusStore of(DataSource dataSource, SqlVendor vendor) {
        return of(dataSource, vendor, SqlStoreOptions.defaults());
    }

    /**
     * The adapter with every statement the repositories send bounded to {@code statementTimeout} (JDBC's query
     * timeout, whole seconds): a server answering requests cannot wait on a stuck query forever. Migrations are not
     * bounded (they may take long, once).
     *
     * @throws IllegalArgumentException when {@code statementTimeout} is under one second
     */
    public static SqlStatusStore of(DataSource dataSource, SqlVendor vendor, Duration statementTimeout) {
        return of(dataSource, vendor, SqlStoreOptions.defaults().withStatementTimeout(statementTimeout));
    }

    /**
     * The adapter over {@code dataSource} as {@code options} say: which history table Flyway keeps, which schema
     * holds the tables, whether {@link #migrate()} migrates or only checks, how long a statement may take. See
     * {@link SqlStoreOptions} and the README's "Embedding: sharing a database".
     */
    public static SqlStatusStore of(DataSource dataSource, SqlVendor vendor, SqlStoreOptions options) {
        return new SqlStatusStore(
                Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(vendor, "vendor"),
                Objects.requireNonNull(options, "options"));
    }

    /** The adapter with {@code listeners} shown every statement it sends through jOOQ, and every COPY. */
    static SqlStatusStore withListeners(DataSource dataSource, SqlVendor vendor, ExecuteListenerProvider... listeners) {
        return withListeners(dataSource, vendor, SqlStoreOptions.defaults(), listeners);
    }

    /** {@link #withListeners(DataSource, SqlVendor, ExecuteListenerProvider...)} with {@code options}. */
    static SqlStatusStore withListeners(
            DataSource dataSource, SqlVendor vendor, SqlStoreOptions options, ExecuteListenerProvider... listeners) {
        return new SqlStatusStore(
                Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(vendor, "vendor"),
                Objects.requireNonNull(options, "options"),
                listeners);
    }

    /**
     * Brings the database's schema up to the newest version this library knows, with Flyway; a schema already there
     * is left alone. With {@link SqlStoreOptions#migrate()} off it changes nothing: it checks that the schema is
     * current and otherwise refuses, saying how the platform's own Flyway runs the migrations.
     *
     * <p>A database from before tenants (schema version 1 or 2) that holds statuses needs
     * {@link MigrationOptions#existingRowsTenant() the tenant they belong to}; without one it is refused and left
     * unchanged. Once at version 3 the option is not read again (naming it then, or leaving it out, changes nothing).
     *
     * @throws SchemaMigrationException when the schema is newer than this library (a newer release migrated it),
     *                                  holds statuses from before tenants and no tenant was named for them, holds
     *                                  status tables without any history, is not current while migrating is off, or
     *                                  the migration fails; the message says which
     */
    public MigrationResult migrate(MigrationOptions options) {
        return schema.migrate(Objects.requireNonNull(options, "options"));
    }

    /**
     * {@link #migrate(MigrationOptions)} naming no tenant for statuses from before tenants: for a new database, or
     * one at version 3 already.
     */
    public MigrationResult migrate() {
        return migrate(MigrationOptions.defaults());
    }

    /**
     * The Flyway history table this store reads and writes: {@link SqlStoreOptions#historyTable()}, or
     * {@value SqlStoreOptions#LEGACY_HISTORY_TABLE} in a database an earlier release migrated (see the README).
     *
     * @throws SchemaMigrationException when the database cannot be read
     */
    public String historyTable() {
        return schema.historyTable();
    }

    /** Where the schema stands against this library's migrations, read without changing anything. */
    public SchemaStatus schemaStatus() {
        return schema.status();
    }

    /**
     * Each way the migrations applied to the database differ from the ones this library ships (an edited or missing
     * migration, a failed one); empty when they match. Pending migrations are no difference: see
     * {@link #schemaStatus()}.
     *
     * @throws SchemaMigrationException when the database cannot be read
     */
    public Seq<String> validateSchema() {
        return schema.validate();
    }

    @Override
    public StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdateStatuses() {
        return iosUpdateStatuses;
    }

    @Override
    public StatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurationStatuses() {
        return appConfigurationStatuses;
    }

    @Override
    public StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
            appInstallStatuses() {
        return appInstallStatuses;
    }

    @Override
    public TransactionPort transactions() {
        return transactions;
    }
}
