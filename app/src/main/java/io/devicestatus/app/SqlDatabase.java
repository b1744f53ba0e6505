package io.devicestatus.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.devicestatus.adapter.sql.SqlStore;
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
record SqlDatabase(SqlStore store, HikariDataSource pool, String printableUrl, SqlVendor vendor)
        implements AutoCloseable {

    SqlDatabase {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(printableUrl, "printableUrl");
        Objects.requireNonNull(vendor, "vendor");
    }

    /** Opens a pool of up to 10 connections to {@code jdbcUrl}; or why it cannot be opened. */
    static Either<String, SqlDatabase> open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, config -> { });
    }

    /** As {@link #open(String, String, String)}, the pool's configuration completed by {@code poolSettings} (its metrics). */
    static Either<String, SqlDatabase> open(String jdbcUrl, String user, String password,
                                            Consumer<HikariConfig> poolSettings) {
        return vendorOf(jdbcUrl).flatMap(vendor -> {
            var config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setPoolName("device-status");
            config.setMaximumPoolSize(10);
            poolSettings.accept(config);
            try {
                var pool = new HikariDataSource(config);
                return Either.right(new SqlDatabase(SqlStore.of(pool, vendor), pool, withoutPassword(jdbcUrl), vendor));
            } catch (RuntimeException e) {
                return Either.left("cannot connect to " + withoutPassword(jdbcUrl) + ": " + rootMessage(e));
            }
        });
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

    /** The innermost cause's message: what went wrong, without the wrapping layers. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
    }
}
