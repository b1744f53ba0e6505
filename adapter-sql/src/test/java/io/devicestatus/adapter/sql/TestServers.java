package io.devicestatus.adapter.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers the tests use, and what happens when one does not answer: on a developer's machine its tests
 * are skipped with one line saying so; where {@code DEVICE_STATUS_REQUIRE_DATABASES=true} (as {@code .ci/run} sets
 * it) they fail instead.
 */
final class TestServers {

    static final String REQUIRE = "DEVICE_STATUS_REQUIRE_DATABASES";

    private static final Map<SqlVendor, String> PROBLEMS = new EnumMap<>(SqlVendor.class);

    private TestServers() {}

    /** The JDBC URL of the server's administrative database ({@code test}), where schemas are created. */
    static String adminUrl(SqlVendor vendor) {
        return switch (vendor) {
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/test?user=root";
            case H2 -> "jdbc:h2:mem:admin";
        };
    }

    /** The JDBC URL of schema (PostgreSQL), database (MariaDB) or in-memory database (H2) {@code name}. */
    static String url(SqlVendor vendor, String name) {
        return switch (vendor) {
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + name;
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root";
            case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        };
    }

    static Connection admin(SqlVendor vendor) throws SQLException {
        return DriverManager.getConnection(adminUrl(vendor));
    }

    /** Skips (or, where required, fails) the calling test class unless {@code vendor}'s server answers. */
    static synchronized void requireReachable(SqlVendor vendor) {
        if (vendor == SqlVendor.H2) {
            return;
        }
        String problem = PROBLEMS.computeIfAbsent(vendor, TestServers::probe);
        if (problem.isEmpty()) {
            return;
        }
        String message = vendor + " at " + adminUrl(vendor) + " does not answer (" + problem + ")";
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new AssertionError(message + ", and " + REQUIRE + "=true: start it (see README, 'Databases')");
        }
        Assumptions.abort(message + ": its tests are skipped; .ci/run starts it and runs them");
    }

    private static String probe(SqlVendor vendor) {
        DriverManager.setLoginTimeout(3);
        try (var connection = admin(vendor)) {
            return connection.isValid(3) ? "" : "connection not valid";
        } catch (SQLException e) {
            System.err.println("[device-status] " + vendor + " at " + adminUrl(vendor) + " does not answer ("
                    + e.getMessage() + "): its tests are "
                    + (Boolean.parseBoolean(System.getenv(REQUIRE)) ? "failing, as " + REQUIRE + "=true" : "skipped"));
            return e.getMessage();
        }
    }
}
