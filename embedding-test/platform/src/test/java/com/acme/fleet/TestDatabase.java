package com.acme.fleet;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * A schema of its own on the PostgreSQL server that embedding-test/pom.xml names (FLEET_PG_URL, FLEET_PG_USER,
 * FLEET_PG_PASSWORD), and a pool on it; dropped on close. Without a server the test is skipped, or fails when
 * DEVICE_STATUS_REQUIRE_DATABASES=true, as in the library's own build.
 */
final class TestDatabase implements AutoCloseable {

    private static final String URL = env("FLEET_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("FLEET_PG_USER", "postgres");
    private static final String PASSWORD = env("FLEET_PG_PASSWORD", "");

    private final String schema;
    private final HikariDataSource dataSource;

    private TestDatabase(String schema, HikariDataSource dataSource) {
        this.schema = schema;
        this.dataSource = dataSource;
    }

    static TestDatabase create() {
        String schema = "fleet_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (var admin = admin()) {
            admin.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String why = "PostgreSQL at " + URL + " does not answer (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("DEVICE_STATUS_REQUIRE_DATABASES"))) {
                fail(why + ", and DEVICE_STATUS_REQUIRE_DATABASES=true");
            }
            abort(why + ": skipped");
        }
        var config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        return new TestDatabase(schema, new HikariDataSource(config));
    }

    String schema() {
        return schema;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        dataSource.close();
        try (var admin = admin()) {
            admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
