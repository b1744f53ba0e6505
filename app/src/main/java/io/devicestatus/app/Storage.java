package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphClientSettings;
import io.devicestatus.adapter.graph.client.TenantTokens;
import io.devicestatus.adapter.graph.store.GraphStore;
import io.devicestatus.adapter.graph.store.GraphVersions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.devicestatus.adapter.memory.InMemoryStore;
import io.devicestatus.adapter.sql.MigrationOptions;
import io.devicestatus.adapter.sql.SqlStore;
import io.devicestatus.adapter.sql.SqlVendor;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * The application wired to one store, and what must be closed with it.
 *
 * @param application the use cases
 * @param description what the store is, for the start-up line (never a password)
 * @param closer      releases the store's resources (the connection pool)
 */
public record Storage(DeviceStatusApplication application, String description, Runnable closer)
        implements AutoCloseable {

    public Storage {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(closer, "closer");
    }

    /** How an operator names the tenant of statuses stored before tenants, as a refused migration tells them. */
    static final String EXISTING_ROWS_TENANT_OPTION = "serve --existing-rows-tenant GUID";

    /** The embedded default: an H2 database in files under {@code dataDir}, migrated. */
    public static Either<String, Storage> h2Files(Path dataDir, Clock clock) {
        return h2Files(dataDir, Option.none(), clock);
    }

    /**
     * The embedded default, migrated; statuses stored before tenants (schema version 2 or older) move to
     * {@code existingRowsTenant}.
     */
    public static Either<String, Storage> h2Files(Path dataDir, Option<TenantId> existingRowsTenant, Clock clock) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("device-status");
        return sql(url, "sa", "", existingRowsTenant, clock);
    }

    /** A SQL database by JDBC URL (PostgreSQL, MariaDB or H2), migrated; or why it cannot be used. */
    public static Either<String, Storage> sql(String jdbcUrl, String user, String password, Clock clock) {
        return sql(jdbcUrl, user, password, Option.none(), clock);
    }

    /**
     * A SQL database by JDBC URL, migrated, statuses stored before tenants moving to {@code existingRowsTenant}; or
     * why it cannot be used (a database holding such statuses and no tenant named for them among the reasons).
     */
    public static Either<String, Storage> sql(String jdbcUrl, String user, String password,
                                              Option<TenantId> existingRowsTenant, Clock clock) {
        var vendor = vendorOf(jdbcUrl);
        if (vendor.isLeft()) {
            return Either.left(vendor.getLeft());
        }
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("device-status");
        config.setMaximumPoolSize(10);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            return Either.left("cannot connect to " + withoutPassword(jdbcUrl) + ": " + rootMessage(e));
        }
        try {
            var store = SqlStore.of(pool, vendor.get());
            var migrated = store.migrate(new MigrationOptions(existingRowsTenant, EXISTING_ROWS_TENANT_OPTION));
            var application = application(store.iosUpdateStatuses(), store.appConfigurationStatuses(),
                    store.appInstallStatuses(), store.transactions(), clock);
            return Either.right(new Storage(application, vendor.get().name().toLowerCase(Locale.ROOT) + " "
                    + withoutPassword(jdbcUrl) + " (schema version " + migrated.to() + ")", pool::close));
        } catch (RuntimeException e) {
            pool.close();
            return Either.left("cannot use the database at " + withoutPassword(jdbcUrl) + ": " + rootMessage(e));
        }
    }

    /** Everything in memory, gone at exit: for demonstrations and tests. */
    public static Storage memory(Clock clock) {
        var store = new InMemoryStore();
        var application = application(store.iosUpdateStatuses(), store.appConfigurationStatuses(),
                store.appInstallStatuses(), store.transactions(), clock);
        return new Storage(application, "in memory (nothing is kept at exit)", () -> { });
    }

    /**
     * A remote Graph service (Microsoft's, or another device-status server) as the store of {@code tenant}'s
     * statuses: the same use cases, proxied. {@code tokens} is asked before every request; a token naming another
     * tenant is refused before it is sent.
     */
    public static Storage graph(GraphBaseUrl url, AccessTokenProvider tokens, String tokenSource, TenantId tenant,
                                Clock clock) {
        var client = new GraphClient(GraphClientSettings.defaults(url), TenantTokens.boundTo(tenant, tokens));
        // beta upstream for every type: the served API takes beta members in both versions (see superset())
        var store = GraphStore.of(client, tenant, GraphVersions.superset());
        var application = application(store.iosUpdateStatuses(), store.appConfigurationStatuses(),
                store.appInstallStatuses(), store.transactions(), clock);
        return new Storage(application, "graph " + url.root() + " for tenant " + tenant + " (token from "
                + tokenSource + "; writes are not atomic)", client::close);
    }

    /** The use cases over one adapter's ports, with random GUID ids and the default settings. */
    static DeviceStatusApplication application(IosUpdateStatusRepository iosUpdates,
                                               AppConfigurationStatusRepository appConfigurations,
                                               AppInstallStatusRepository appInstalls, TransactionPort transactions,
                                               Clock clock) {
        return new DeviceStatusApplication(iosUpdates, appConfigurations, appInstalls, transactions,
                IdGeneratorPort.randomUuids(), CommandValidator.withDefaultProvider(), DeviceStatusSettings.defaults(clock));
    }

    static Either<String, SqlVendor> vendorOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Either.right(SqlVendor.POSTGRESQL);
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) {
            return Either.right(SqlVendor.MARIADB);
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Either.right(SqlVendor.H2);
        }
        return Either.left("unsupported JDBC URL '" + jdbcUrl + "': use jdbc:postgresql:, jdbc:mariadb: or jdbc:h2:");
    }

    /** The URL as it may be printed: a {@code password=} parameter is masked. */
    static String withoutPassword(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
    }

    @Override
    public void close() {
        closer.run();
    }
}
