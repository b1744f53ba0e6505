package io.devicestatus.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.devicestatus.adapter.sql.SqlStatusStore;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.adapter.sql.SqlVendor;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A SQL database by JDBC URL, opened: its connection pool and the SQL store over it, its schema untouched. Closing
 * it closes the pool.
 *
 * @param store       the SQL adapter over the pool
 * @param pool        the connections
 * @param printableUrl the URL as it may be printed (a {@code password=} parameter masked)
 * @param vendor      which server it is
 */
record SqlDatabase(SqlStatusStore store, HikariDataSource pool, String printableUrl, SqlVendor vendor)
        implements AutoCloseable {

    SqlDatabase {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(printableUrl, "printableUrl");
        Objects.requireNonNull(vendor, "vendor");
    }

    /**
     * Opens a pool as the batch commands use it ({@link PoolSettings#batch()}), the store's tables where
     * {@code storeOptions} say; or why it cannot be opened.
     */
    static Either<String, SqlDatabase> open(
            String jdbcUrl, String user, String password, SqlStoreOptions storeOptions) {
        return open(jdbcUrl, user, password, PoolSettings.batch(), storeOptions, config -> {});
    }

    /**
     * Opens a pool to {@code jdbcUrl} waiting on it as {@code settings} say, its configuration completed by
     * {@code instrumentation} (its metrics), the store's tables where {@code storeOptions} say; or why it cannot be
     * opened.
     */
    static Either<String, SqlDatabase> open(
            String jdbcUrl,
            String user,
            String password,
            PoolSettings settings,
            SqlStoreOptions storeOptions,
            Consumer<HikariConfig> instrumentation) {
        return vendorOf(jdbcUrl).flatMap(vendor -> {
            var config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setPoolName("device-status");
            config.setMaximumPoolSize(settings.size());
            config.setConnectionTimeout(settings.connectTimeout().toMillis());
            config.setValidationTimeout(settings.validationTimeout().toMillis());
            driverTimeouts(vendor, settings).forEach(config::addDataSourceProperty);
            instrumentation.accept(config);
            try {
                var pool = new HikariDataSource(config);
                var store = SqlStatusStore.of(
                        pool,
                        vendor,
                        storeOptions.withStatementTimeout(
                                settings.statementTimeout().getOrNull()));
                return Either.right(new SqlDatabase(store, pool, withoutPassword(jdbcUrl), vendor));
            } catch (RuntimeException e) {
                return Either.left("cannot connect to " + withoutPassword(jdbcUrl) + ": " + rootMessage(e));
            }
        });
    }

    /**
     * The driver's own timeouts, which the pool's cannot replace: how long opening a connection may take, and how
     * long a read may wait on a database that stopped answering (without it a request would wait for TCP to give
     * up, minutes). PostgreSQL counts in seconds, MariaDB in milliseconds; embedded H2 has no network to wait on.
     */
    static java.util.Map<String, String> driverTimeouts(SqlVendor vendor, PoolSettings settings) {
        var properties = new java.util.LinkedHashMap<String, String>();
        switch (vendor) {
            case POSTGRESQL -> {
                properties.put("connectTimeout", Long.toString(ceilSeconds(settings.connectTimeout())));
                settings.socketTimeout().forEach(t -> properties.put("socketTimeout", Long.toString(ceilSeconds(t))));
            }
            case MARIADB -> {
                properties.put(
                        "connectTimeout",
                        Long.toString(settings.connectTimeout().toMillis()));
                settings.socketTimeout().forEach(t -> properties.put("socketTimeout", Long.toString(t.toMillis())));
            }
            default -> {}
        }
        return properties;
    }

    private static long ceilSeconds(java.time.Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    /** {@code postgresql jdbc:postgresql://...}, for start-up lines. */
    String description() {
        return vendor.name().toLowerCase(Locale.ROOT) + " " + printableUrl;
    }

    @Override
    public void close() {
        pool.close();
    }

    static Either<String, SqlVendor> vendorOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Either.right(SqlVendor.POSTGRESQL);
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            return Either.right(SqlVendor.MARIADB);
        }
        if (jdbcUrl.startsWith("jdbc:mysql:")) {
            // MariaDB Connector/J 3 takes jdbc:mysql: only with permitMysqlScheme, and then as MySQL, not MariaDB
            return Either.left("unsupported JDBC URL scheme 'jdbc:mysql:': the MariaDB driver needs 'jdbc:mariadb:'"
                    + " (e.g. " + withoutPassword("jdbc:mariadb:" + jdbcUrl.substring("jdbc:mysql:".length())) + ")");
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

    /** The innermost cause's message: what went wrong, without the wrapping layers. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
    }
}
