package io.devicestatus.adapter.sql;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.port.out.TransactionPort;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work over one {@link DataSource}: a unit holds one connection for its thread, at READ COMMITTED, and every
 * repository call on that thread runs in it. A nested call joins the unit; each repository write inside a unit runs
 * in a savepoint, so a refused write changes nothing and leaves the unit usable.
 *
 * <p>Written against JDBC rather than jOOQ's transaction API because the port's rules differ from jOOQ's: a
 * {@code Left} answer rolls back (jOOQ rolls back on exceptions), and a nested call joins the outer unit (jOOQ makes
 * it a savepoint).
 */
final class JooqTransaction implements TransactionPort {

    private static final Logger LOG = LoggerFactory.getLogger(JooqTransaction.class);

    private final DataSource dataSource;
    private final SqlVendor vendor;
    private final Settings settings;
    /** Shown every statement of every repository call (the tests' tenant audit); none in production. */
    private final ExecuteListenerProvider[] listeners;

    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** PostgreSQL only: the planner statistics this store's inserts make stale. */
    private final PostgresStatistics statistics;

    JooqTransaction(DataSource dataSource, SqlVendor vendor, Settings settings, ExecuteListenerProvider... listeners) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listeners = listeners.clone();
        this.statistics = vendor == SqlVendor.POSTGRESQL ? new PostgresStatistics() : null;
    }

    @Override
    public <R> Either<ApplicationError, R> inTransaction(Supplier<Either<ApplicationError, R>> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            return Either.left(SqlErrors.unavailable("opening a transaction", asDataAccess(e)));
        }
        var restore = Restore.begin(connection, vendor);
        if (restore.isLeft()) {
            close(connection);
            return Either.left(restore.getLeft());
        }
        current.set(connection);
        try {
            Either<ApplicationError, R> answer = work.get();
            if (answer.isLeft()) {
                rollbackQuietly(connection);
                return answer;
            }
            connection.commit();
            if (statistics != null) {
                statistics.analyseDue(connection);
            }
            return answer;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            return Either.left(SqlErrors.unavailable("committing a transaction", asDataAccess(e)));
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            current.remove();
            restore.get().apply(connection);
            close(connection);
        }
    }

    /**
     * Runs {@code work} atomically: in a savepoint of the current unit, or in a unit of its own. A {@code Left} or an
     * exception undoes what {@code work} wrote; the exception goes on.
     */
    <R> Either<ApplicationError, R> atomically(Function<DSLContext, Either<ApplicationError, R>> work) {
        Connection connection = current.get();
        if (connection == null) {
            return inTransaction(() -> work.apply(dsl(current.get())));
        }
        Savepoint savepoint = savepoint(connection);
        try {
            Either<ApplicationError, R> answer = work.apply(dsl(connection));
            if (answer.isLeft()) {
                connection.rollback(savepoint);
            } else {
                connection.releaseSavepoint(savepoint);
            }
            return answer;
        } catch (SQLException e) {
            throw asDataAccess(e);
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /**
     * What counts the rows inserted into {@code table}, whose planner statistics of {@code columns} they make stale:
     * on PostgreSQL its {@link PostgresStatistics} counts, elsewhere nothing. Asked once per table, not per insert.
     */
    IntConsumer insertCounter(Table<?> table, Seq<? extends Field<?>> columns) {
        if (statistics == null) {
            return rows -> {};
        }
        String name = DSL.using(vendor.dialect(), settings).render(table);
        return statistics.of(name, columns.map(Field::getName).mkString(", "))::inserted;
    }

    /** Whether the calling thread is inside a unit of work. */
    boolean inUnit() {
        return current.get() != null;
    }

    /** Runs {@code query} in the current unit, or on a connection of its own that commits each statement. */
    <R> R read(Function<DSLContext, R> query) {
        Connection connection = current.get();
        return query.apply(
                connection != null ? dsl(connection) : DSL.using(configuration().set(dataSource)));
    }

    private DSLContext dsl(Connection connection) {
        return DSL.using(configuration().set(connection));
    }

    private DefaultConfiguration configuration() {
        var configuration = new DefaultConfiguration();
        configuration.set(vendor.dialect()).set(settings).set(listeners);
        return configuration;
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw asDataAccess(e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("rollback failed; the connection is probably gone", e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing a connection failed", e);
        }
    }

    private static DataAccessException asDataAccess(Exception e) {
        return e instanceof DataAccessException dataAccess ? dataAccess : new DataAccessException(e.getMessage(), e);
    }

    /** What a unit changes on its connection for its duration, to give the pool back what it lent. */
    private record Restore(boolean autoCommit) {

        /**
         * Starts a unit: auto-commit off, READ COMMITTED for this transaction only (versions guard every write, and
         * MariaDB's default, REPEATABLE READ, takes gap locks that make concurrent inserts deadlock; H2's default is
         * READ COMMITTED already). One round trip, as it runs once per import batch.
         */
        static Either<ApplicationError, Restore> begin(Connection connection, SqlVendor vendor) {
            try {
                var restore = new Restore(connection.getAutoCommit());
                connection.setAutoCommit(false);
                String setup = switch (vendor) {
                    // A unit reads by id or natural key only. On a table just filled, before autovacuum has
                    // analysed it, PostgreSQL's planner prefers scanning it whole for such lookups: a plan cached
                    // while the table was nearly empty goes on scanning as it grows (0.5k rows/s at 100k rows), and
                    // a 500-key lookup scans 100k rows (6.5 ms) rather than probe the unique index (0.3 ms). So each
                    // statement of a unit is planned afresh, and a whole-table scan is the last resort.
                    case POSTGRESQL ->
                        "SET TRANSACTION ISOLATION LEVEL READ COMMITTED;"
                                + " SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL enable_seqscan = off";
                    case MARIADB -> "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";
                    case H2 -> "";
                };
                if (!setup.isEmpty()) {
                    try (var statement = connection.createStatement()) {
                        statement.execute(setup);
                    }
                }
                return Either.right(restore);
            } catch (SQLException | RuntimeException e) {
                return Either.left(SqlErrors.unavailable("opening a transaction", asDataAccess(e)));
            }
        }

        void apply(Connection connection) {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException | RuntimeException e) {
                LOG.debug("restoring a connection's auto-commit failed; the connection is probably gone", e);
            }
        }
    }
}
