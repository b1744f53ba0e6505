package io.devicestatus.app.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL the integration test runs on, as adapter-sql's {@code TestServers} has it: when it does not
 * answer the test is skipped with one line saying so, or fails where {@code DEVICE_STATUS_REQUIRE_DATABASES=true}.
 */
final class PostgresServer {

    static final String REQUIRE = "DEVICE_STATUS_REQUIRE_DATABASES";
    static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private PostgresServer() {}

    /** The JDBC URL of schema {@code name} in the {@code test} database. */
    static String url(String schema) {
        return ADMIN_URL + "&currentSchema=" + schema;
    }

    static Connection admin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL);
    }

    /** Skips (or, where required, fails) the calling test class unless the server answers. */
    static void requireReachable() {
        DriverManager.setLoginTimeout(3);
        try (var connection = admin()) {
            if (connection.isValid(3)) {
                return;
            }
            unreachable("connection not valid");
        } catch (SQLException e) {
            unreachable(e.getMessage());
        }
    }

    private static void unreachable(String problem) {
        String message = "POSTGRESQL at " + ADMIN_URL + " does not answer (" + problem + ")";
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new AssertionError(message + ", and " + REQUIRE + "=true: start it (see README, 'Databases')");
        }
        System.err.println("[device-status] " + message + ": its tests are skipped");
        Assumptions.abort(message + ": its tests are skipped; .ci/run starts it and runs them");
    }
}
