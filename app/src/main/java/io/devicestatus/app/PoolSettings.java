package io.devicestatus.app;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SQL store's connection pool waits on its database.
 *
 * @param size             the most connections open at once
 * @param connectTimeout   the longest a statement waits for a connection (the pool's {@code connectionTimeout}),
 *                         and a new connection for the server's answer (the driver's {@code connectTimeout})
 * @param statementTimeout for a server: the longest one statement runs (JDBC's query timeout); the driver's socket
 *                         timeout is this plus {@code connectTimeout}, so a database that stops answering mid-statement
 *                         is given up on even when cancelling the statement cannot reach it. None for the batch
 *                         commands (import, migrate), whose statements may rightly take long
 */
record PoolSettings(int size, Duration connectTimeout, Option<Duration> statementTimeout) {

    static final int DEFAULT_SIZE = 10;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    /** Hikari refuses shorter waits for a connection and for its validation. */
    static final Duration LEAST_CONNECT_TIMEOUT = Duration.ofMillis(250);

    PoolSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (size < 1) {
            throw new IllegalArgumentException("a pool holds at least 1 connection, not " + size);
        }
        if (connectTimeout.compareTo(LEAST_CONNECT_TIMEOUT) < 0) {
            throw new IllegalArgumentException("a connect timeout must be at least 250ms, not " + connectTimeout);
        }
        if (statementTimeout.exists(t -> t.toSeconds() < 1)) {
            throw new IllegalArgumentException(
                    "a statement timeout must be at least 1s, not " + statementTimeout.get());
        }
    }

    /** For the batch commands: the default pool and connect timeout, statements unbounded. */
    static PoolSettings batch() {
        return new PoolSettings(DEFAULT_SIZE, DEFAULT_CONNECT_TIMEOUT, Option.none());
    }

    /** {@code serve}'s defaults. */
    static PoolSettings server() {
        return new PoolSettings(DEFAULT_SIZE, DEFAULT_CONNECT_TIMEOUT, Option.some(DEFAULT_STATEMENT_TIMEOUT));
    }

    /** How long the pool waits for a borrowed idle connection to prove it is alive; below the connect timeout. */
    Duration validationTimeout() {
        var half = connectTimeout.dividedBy(2);
        return half.compareTo(LEAST_CONNECT_TIMEOUT) < 0 ? LEAST_CONNECT_TIMEOUT : half;
    }

    /** The driver's socket read timeout: none for batch commands, else the statement's with room to cancel it. */
    Option<Duration> socketTimeout() {
        return statementTimeout.map(t -> t.plus(connectTimeout));
    }
}
