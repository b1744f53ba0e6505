package io.devicestatus.app;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers the machines that test this project run (PostgreSQL on 5432, MariaDB on 3306): a test that
 * needs one is skipped with a line saying so when it does not answer, or fails where
 * {@code DEVICE_STATUS_REQUIRE_DATABASES=true} (as {@code .ci/run} sets it), as adapter-sql's vendor tests are.
 */
final class DatabaseServers {

    static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    private DatabaseServers() {}

    /** Skips (or, where required, fails) the calling test unless the server at {@code url} answers. */
    static void requireReachable(String url) {
        DriverManager.setLoginTimeout(3);
        try (var connection = DriverManager.getConnection(url)) {
            if (connection.isValid(3)) {
                return;
            }
        } catch (SQLException e) {
            String message = url + " does not answer (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("DEVICE_STATUS_REQUIRE_DATABASES"))) {
                throw new AssertionError(message + ", and DEVICE_STATUS_REQUIRE_DATABASES=true: start it");
            }
            Assumptions.abort(message + ": skipped; .ci/run starts it");
        }
    }
}
