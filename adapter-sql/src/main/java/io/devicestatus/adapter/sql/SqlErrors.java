package io.devicestatus.adapter.sql;

import io.devicestatus.application.error.ApplicationError;
import io.vavr.control.Either;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database failures as port errors, so that nothing like a {@code DataAccessException} crosses a port. The SQLStates
 * are the standard ones plus each vendor's own: PostgreSQL's, MariaDB's error codes, H2's.
 *
 * <table>
 *   <caption>what becomes what</caption>
 *   <tr><th>failure</th><th>recognised by</th><th>port error</th></tr>
 *   <tr><td>unique violation</td><td>23505; MariaDB 1062</td><td>Conflict (by the repository, naming the key)</td></tr>
 *   <tr><td>serialization failure, deadlock, lock timeout</td><td>40001, 40P01, 55P03; MariaDB 1205, 1213;
 *       H2 HYT00</td><td>Unavailable, retry</td></tr>
 *   <tr><td>connection lost or refused</td><td>class 08, 57P01-57P03; H2 90067</td><td>Unavailable, its cause
 *       logged at DEBUG only (the caller reports it)</td></tr>
 *   <tr><td>statement timeout</td><td>SQLTimeoutException, 57014; MariaDB 1969, 70100</td><td>Unavailable, logged
 *       at DEBUG only</td></tr>
 *   <tr><td>anything else</td><td></td><td>Unavailable, logged as an error: it is likely a bug</td></tr>
 * </table>
 */
final class SqlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01", "55P03", "HYT00");
    private static final Set<Integer> MARIADB_CONCURRENCY_CODES = Set.of(1205, 1213);
    private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03", "90067");
    private static final int MARIADB_DUPLICATE_KEY = 1062;
    private static final int MARIADB_QUERY_INTERRUPTED = 1969;

    private SqlErrors() {}

    /** Whether {@code failure} is a unique-constraint violation (an id or a natural key taken). */
    static boolean isUniqueViolation(Throwable failure) {
        return causes(failure).stream()
                .anyMatch(e -> "23505".equals(e.getSQLState())
                        || ("23000".equals(e.getSQLState()) && e.getErrorCode() == MARIADB_DUPLICATE_KEY));
    }

    /** Whether {@code failure} is a deadlock, lock timeout or serialization failure: the same work may succeed. */
    static boolean isConcurrencyFailure(Throwable failure) {
        return causes(failure).stream().anyMatch(SqlErrors::isConcurrencyFailure);
    }

    /** {@code work}'s answer, or {@code Unavailable} for {@code operation} when the database failed it. */
    static <X> Either<ApplicationError, X> guard(String operation, Supplier<Either<ApplicationError, X>> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            return Either.left(unavailable(operation, e));
        }
    }

    /** {@code failure} of {@code operation} as the port's {@code Unavailable}, logged with its cause. */
    static ApplicationError unavailable(String operation, RuntimeException failure) {
        var causes = causes(failure);
        String reason;
        if (causes.stream().anyMatch(SqlErrors::isConnectionLoss)) {
            reason = "database connection lost";
            // an outage, not a bug: the caller reports the port error once (the server with its request id); the
            // stack trace, ~100 lines a request while the database is away, is for DEBUG only
            LOG.debug("{} failed: {}", operation, reason, failure);
        } else if (causes.stream().anyMatch(SqlErrors::isConcurrencyFailure)) {
            reason = "a concurrent transaction got in the way (deadlock, lock timeout or serialization failure); retry";
            LOG.info("{} failed: {}", operation, reason, failure);
        } else if (causes.stream().anyMatch(SqlErrors::isTimeout)) {
            reason = "a statement took longer than the statement timeout allows";
            LOG.debug("{} failed: {}", operation, reason, failure);
        } else {
            reason = "database error";
            LOG.error("{} failed with an unexpected database error", operation, failure);
        }
        return new ApplicationError.Unavailable(operation + ": " + reason);
    }

    private static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException
                || (state != null && (state.startsWith("08") || CONNECTION_STATES.contains(state)));
    }

    /** A statement cancelled by its query timeout: JDBC's exception, PostgreSQL's 57014, MariaDB's 1969 (70100). */
    private static boolean isTimeout(SQLException e) {
        return e instanceof SQLTimeoutException
                || "57014".equals(e.getSQLState())
                || "70100".equals(e.getSQLState())
                || e.getErrorCode() == MARIADB_QUERY_INTERRUPTED;
    }

    private static boolean isConcurrencyFailure(SQLException e) {
        // Set.of(...).contains(null) throws, and many drivers' exceptions have no SQLState
        return e instanceof SQLTransactionRollbackException
                || (e.getSQLState() != null && CONCURRENCY_STATES.contains(e.getSQLState()))
                || MARIADB_CONCURRENCY_CODES.contains(e.getErrorCode());
    }

    /** The SQL exceptions in {@code failure}'s cause chain, and the next exceptions a batch chains to them. */
    private static List<SQLException> causes(Throwable failure) {
        var found = new ArrayList<SQLException>();
        for (Throwable t = failure; t != null && found.size() < 16; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found.add(sql);
                if (sql instanceof BatchUpdateException) {
                    for (SQLException next = sql.getNextException();
                            next != null && found.size() < 16;
                            next = next.getNextException()) {
                        found.add(next);
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return found;
    }
}
