package io.devicestatus.adapter.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.domain.common.TenantId;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated schema of its own for one test class, dropped after it: a PostgreSQL schema, a MariaDB database or an H2
 * in-memory database, named after the class plus a random suffix, so that runs cannot interfere. Register it as a
 * static {@code @RegisterExtension} field.
 *
 * <p>Its stores are audited ({@link TenantAudit}): a test whose repository calls sent a statement without a tenant
 * fails. {@link #scratch} makes an unmigrated one for a single test (the migration tests).
 */
final class TestSchema implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** The tenant the adapter's own tests write as: the contract kit's. */
    static final TenantId TENANT = StatusRepositoryContract.TENANT;

    private final SqlVendor vendor;
    /** Whether the store's tables go in a second schema, not the connection's ({@link SqlStoreOptions#schema()}). */
    private final boolean secondSchema;

    private final TenantAudit audit = new TenantAudit();
    private String name;
    private HikariDataSource dataSource;
    private SqlStatusStore store;
    /** The test class whose {@code beforeAll} opened this schema; its {@code @Nested} classes share the schema. */
    private String openedFor;

    private TestSchema(SqlVendor vendor, boolean secondSchema) {
        this.vendor = vendor;
        this.secondSchema = secondSchema;
    }

    static TestSchema on(SqlVendor vendor) {
        return new TestSchema(vendor, false);
    }

    /**
     * Like {@link #on}, but the store keeps its tables in a second schema ({@link #tablesSchema()}), named with
     * {@link SqlStoreOptions#withSchema}, while the pool's connections stay in the first: a platform's schema.
     */
    static TestSchema inSecondSchema(SqlVendor vendor) {
        return new TestSchema(vendor, true);
    }

    /** An empty, unmigrated schema named after {@code label}, for one test; {@link #close()} drops it. */
    static TestSchema scratch(SqlVendor vendor, String label) throws SQLException {
        var schema = new TestSchema(vendor, false);
        schema.open(label);
        return schema;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (openedFor != null) {
            return; // a @Nested class (the contract kit's concerns): JUnit calls the enclosing class's extension again
        }
        openedFor = context.getUniqueId();
        open(context.getRequiredTestClass().getSimpleName());
        store.migrate();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertAuditClean();
    }

    /** How many statements on status tables the stores of this schema have sent (all checked by the audit). */
    long auditedStatements() {
        return audit.checked();
    }

    /** Fails when a store of this schema sent a statement without a tenant since the last check. */
    void assertAuditClean() {
        audit.assertClean();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (context.getUniqueId().equals(openedFor)) {
            openedFor = null;
            close();
        }
    }

    private void open(String label) throws SQLException {
        TestServers.requireReachable(vendor);
        String lower = label.toLowerCase(Locale.ROOT);
        name = "ds_" + lower.substring(0, Math.min(40, lower.length())) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        execute("CREATE " + container() + " " + name);
        dataSource = pool(TestServers.url(vendor, name), 10, "device-status-test");
        store = auditedStore(dataSource);
    }

    /** Drops the schema (and the second one, if any) and closes its pool. */
    void close() throws SQLException {
        if (dataSource != null) {
            dataSource.close();
        }
        if (secondSchema && name != null && vendor != SqlVendor.H2) {
            execute("DROP " + container() + " IF EXISTS " + tablesSchema()
                    + (vendor == SqlVendor.POSTGRESQL ? " CASCADE" : ""));
        }
        if (name != null && vendor != SqlVendor.H2) {
            execute("DROP " + container() + " " + name + (vendor == SqlVendor.POSTGRESQL ? " CASCADE" : ""));
        } else if (name != null) {
            try (var connection = java.sql.DriverManager.getConnection(TestServers.url(vendor, name))) {
                connection.createStatement().execute("SHUTDOWN");
            }
        }
    }

    SqlVendor vendor() {
        return vendor;
    }

    String name() {
        return name;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The schema holding the store's tables: the second one, or the connection's ({@link #name()}). */
    String tablesSchema() {
        return secondSchema ? name + "_t" : name;
    }

    /** The options of this schema's stores. */
    SqlStoreOptions options() {
        return secondSchema ? SqlStoreOptions.defaults().withSchema(tablesSchema()) : SqlStoreOptions.defaults();
    }

    /** The (audited) store over this schema, as it is. */
    SqlStatusStore store() {
        return store;
    }

    /** A store over {@code pool}, a pool on this schema, whose statements {@link TenantAudit} checks. */
    SqlStatusStore auditedStore(DataSource pool) {
        return auditedStore(pool, options());
    }

    /** An audited store over {@code pool} with {@code storeOptions}. */
    SqlStatusStore auditedStore(DataSource pool, SqlStoreOptions storeOptions) {
        return SqlStatusStore.withListeners(pool, vendor, storeOptions, new DefaultExecuteListenerProvider(audit));
    }

    /** The store over this schema, emptied of every status. */
    SqlStatusStore emptyStore() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            for (String table : SqlSchema.TABLES) {
                statement.executeUpdate("DELETE FROM " + (secondSchema ? tablesSchema() + "." : "") + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("emptying " + name + " failed", e);
        }
        return store;
    }

    /** A new pool on this schema, which the caller closes. */
    HikariDataSource newPool(int size, String applicationName) {
        return pool(TestServers.url(vendor, name), size, applicationName);
    }

    private String container() {
        return switch (vendor) {
            case POSTGRESQL -> "SCHEMA";
            case MARIADB -> "DATABASE";
            case H2 -> "SCHEMA";
        };
    }

    private void execute(String sql) throws SQLException {
        if (vendor == SqlVendor.H2) {
            return;
        }
        try (var connection = TestServers.admin(vendor);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static HikariDataSource pool(String url, int size, String applicationName) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setPoolName(applicationName);
        if (url.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("ApplicationName", applicationName);
        }
        return new HikariDataSource(config);
    }
}
