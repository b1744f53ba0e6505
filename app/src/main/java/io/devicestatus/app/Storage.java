package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphClientSettings;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.client.TenantTokens;
import io.devicestatus.adapter.graph.http.ReadinessProbe;
import io.devicestatus.adapter.graph.store.GraphStatusStore;
import io.devicestatus.adapter.graph.store.GraphVersions;
import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.adapter.sql.MigrationOptions;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.app.metrics.StoreInstrumentation;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The application wired to one store, and what must be closed with it.
 *
 * @param application the use cases
 * @param description what the store is, for the start-up line (never a password)
 * @param closer      releases the store's resources (the connection pool)
 * @param readiness   whether the store can answer now, for {@code GET /health/ready}: a SQL store while its database
 *                    lends a valid connection (checked within {@link SqlReadiness#DEFAULT_BUDGET}); a store in
 *                    memory always; a Graph store always (see {@link #graph})
 */
public record Storage(
        DeviceStatusApplication application, String description, Runnable closer, ReadinessProbe readiness)
        implements AutoCloseable {

    public Storage {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(closer, "closer");
        Objects.requireNonNull(readiness, "readiness");
    }

    /** A store that is always ready. */
    public Storage(DeviceStatusApplication application, String description, Runnable closer) {
        this(application, description, closer, ReadinessProbe.alwaysReady());
    }

    /** How an operator names the tenant of statuses stored before tenants, as a refused migration tells them. */
    static final String EXISTING_ROWS_TENANT_OPTION = "--existing-rows-tenant GUID";

    /** What opening a SQL store does with its schema. */
    public enum Schema {
        /** Migrate it to this release's version first (the default of {@code serve}). */
        MIGRATE,
        /** Leave it alone, and refuse a schema that is not at this release's version ({@code serve --no-migrate}). */
        REQUIRE_CURRENT
    }

    /** The JDBC URL of the embedded H2 database in files under {@code dataDir}. */
    static String h2Url(Path dataDir) {
        // H2 would close the database from its own shutdown hook, racing serve's: requests still in flight on a
        // SIGTERM would fail; the pool's close (after the server drained) closes it instead
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("device-status")
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The embedded default: an H2 database in files under {@code dataDir}, migrated. */
    public static Either<String, Storage> h2Files(Path dataDir, Clock clock) {
        return h2Files(dataDir, Option.none(), clock);
    }

    /**
     * The embedded default, migrated; statuses stored before tenants (schema version 2 or older) move to
     * {@code existingRowsTenant}.
     */
    public static Either<String, Storage> h2Files(Path dataDir, Option<TenantId> existingRowsTenant, Clock clock) {
        return sql(h2Url(dataDir), "sa", "", existingRowsTenant, Schema.MIGRATE, clock);
    }

    /** A SQL database by JDBC URL (PostgreSQL, MariaDB or H2), migrated; or why it cannot be used. */
    public static Either<String, Storage> sql(String jdbcUrl, String user, String password, Clock clock) {
        return sql(jdbcUrl, user, password, Option.none(), Schema.MIGRATE, clock);
    }

    /**
     * A SQL database by JDBC URL, its schema migrated (statuses stored before tenants moving to
     * {@code existingRowsTenant}) or required to be current; or why it cannot be used (a database holding such
     * statuses and no tenant named for them, or a schema behind this release, among the reasons).
     */
    public static Either<String, Storage> sql(
            String jdbcUrl,
            String user,
            String password,
            Option<TenantId> existingRowsTenant,
            Schema schema,
            Clock clock) {
        return sql(
                jdbcUrl,
                user,
                password,
                existingRowsTenant,
                schema,
                PoolSettings.batch(),
                SqlStoreOptions.defaults(),
                clock,
                StoreInstrumentation.NONE);
    }

    /**
     * {@link #sql(String, String, String, Option, Schema, Clock)} with a pool waiting as {@code pool} says, the
     * tables and their history where {@code storeOptions} say, the pool and every port call measured by
     * {@code measured}.
     */
    static Either<String, Storage> sql(
            String jdbcUrl,
            String user,
            String password,
            Option<TenantId> existingRowsTenant,
            Schema schema,
            PoolSettings pool,
            SqlStoreOptions storeOptions,
            Clock clock,
            StoreInstrumentation measured) {
        return SqlDatabase.open(jdbcUrl, user, password, pool, storeOptions, measured::pool)
                .flatMap(database -> {
                    try {
                        String version = schema == Schema.MIGRATE
                                ? database.store()
                                        .migrate(new MigrationOptions(existingRowsTenant, EXISTING_ROWS_TENANT_OPTION))
                                        .to()
                                : current(database);
                        var application = application(measured.observed(database.store()), clock);
                        var readiness = new SqlReadiness(database.pool(), SqlReadiness.DEFAULT_BUDGET);
                        return Either.right(new Storage(
                                application,
                                database.description() + " (schema version " + version + ")",
                                () -> {
                                    readiness.close();
                                    database.close();
                                },
                                readiness));
                    } catch (RuntimeException e) {
                        database.close();
                        return Either.left("cannot use the database at " + database.printableUrl() + ": "
                                + SqlDatabase.rootMessage(e));
                    }
                });
    }

    /** The schema version, when it is the one this release needs; a refusal naming both versions otherwise. */
    private static String current(SqlDatabase database) {
        var status = database.store().schemaStatus();
        if (!status.newer().isEmpty()) {
            throw new IllegalStateException("its schema was migrated by a newer release ("
                    + status.newer().mkString(", ") + "); this release knows versions up to " + status.latest());
        }
        if (!status.pending().isEmpty()) {
            throw new IllegalStateException("its schema is at version " + status.currentText() + ", this release"
                    + " needs " + status.latest() + " (pending: "
                    + status.pending().mkString(", ") + "); run"
                    + " 'device-status migrate' with the same database options, or serve without --no-migrate");
        }
        return status.latest();
    }

    /** Everything in memory, gone at exit: for demonstrations and tests. */
    public static Storage memory(Clock clock) {
        var application = application(new InMemoryStatusStore(), clock);
        return new Storage(application, "in memory (nothing is kept at exit)", () -> {});
    }

    /**
     * A remote Graph service (Microsoft's, or another device-status server) as the store of {@code tenant}'s
     * statuses: the same use cases, proxied. {@code tokens} is asked before every request; a token naming another
     * tenant is refused before it is sent. {@code retry} says how long a throttled request is retried (the commands'
     * {@code --graph-retry-budget}).
     *
     * <p>It is always ready: this instance holds nothing that could be unready, and Graph being away is shared by
     * every instance alike, so taking them all out of a load balancer would turn Graph's passing 503 (which callers
     * get, with its Retry-After) into no answer at all; a probe would also spend Graph's throttling budget and a
     * token on every health check.
     */
    public static Storage graph(
            GraphBaseUrl url,
            AccessTokenProvider tokens,
            String tokenSource,
            TenantId tenant,
            RetryPolicy retry,
            Clock clock) {
        var client = new GraphClient(
                GraphClientSettings.defaults(url).withRetry(retry), TenantTokens.boundTo(tenant, tokens));
        // beta upstream for every type: the served API takes beta members in both versions (see superset())
        var store = GraphStatusStore.of(client, tenant, GraphVersions.superset());
        var application = application(store, clock);
        return new Storage(
                application,
                "graph " + url.root() + " for tenant " + tenant + " (token from " + tokenSource
                        + "; retries within " + PoolOptions.DurationConverter.show(retry.maxTotal())
                        + "; writes are not atomic)",
                client::close);
    }

    /** The use cases over one adapter's store, with random GUID ids and the default settings. */
    static DeviceStatusApplication application(StatusStore store, Clock clock) {
        return new DeviceStatusApplication(
                store,
                IdGeneratorPort.randomUuids(),
                CommandValidator.withDefaultProvider(),
                DeviceStatusSettings.defaults(clock));
    }

    /** Releases the store's resources. */
    @Override
    public void close() {
        closer.run();
    }
}
