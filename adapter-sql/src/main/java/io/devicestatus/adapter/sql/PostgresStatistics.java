package io.devicestatus.adapter.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code ANALYZE} on a status table this store has grown by half since PostgreSQL last had its statistics (at
 * least {@value #MIN_ROWS} rows), after the unit of work that crossed the line has committed.
 *
 * <p>Why: a write unit looks its rows up by {@code tenant_id = ? AND key IN (...)}. Where PostgreSQL has no statistics
 * of a tenant (a table just loaded, before autovacuum has analysed it, or with autovacuum off), the planner takes the
 * tenant for a few rows, reads all of them through any index that starts with {@code tenant_id} and filters them by
 * the list: every import batch reads the whole tenant, and a bulk import slows with the square of its size (10.6 ms
 * per 500 keys at 100,000 rows, 250 ms at 1,000,000; with statistics 2 to 5 ms, whatever the size). Autovacuum
 * analyses only after its naptime and 10 % growth, and not at all where it is off; a bulk load is when statistics go
 * stale, so the loader refreshes them, as PostgreSQL's documentation advises after loading data.
 *
 * <p>Only the columns lookups are planned on are sampled ({@code tenant_id}, {@code id} and the natural key's): a
 * quarter of the time of the whole table's 17 columns (27 against 100 ms at 100,000 rows), and what is left to
 * autovacuum is what it did before.
 *
 * <p>Counted per store, of the rows it inserted (a rolled-back unit's rows too: an early ANALYZE is harmless). One
 * ANALYZE at a time per store; it waits at most {@link #LOCK_TIMEOUT} for its lock (held by a running VACUUM or
 * ANALYZE, which refreshes the statistics anyway), and a failure is logged and never fails the write before it.
 */
final class PostgresStatistics {

    /** The fewest inserted rows that make a table due: fewer cost little to read whole. */
    static final long MIN_ROWS = 10_000;

    private static final double GROWTH = 0.5;
    private static final String LOCK_TIMEOUT = "1s";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresStatistics.class);

    /** By table, as jOOQ renders its name (with the store's schema, if any). */
    private final ConcurrentHashMap<String, Counts> tables = new ConcurrentHashMap<>();

    private final AtomicBoolean analysing = new AtomicBoolean();

    /**
     * One table's ANALYZE target ({@code table (columns)}), the rows inserted and not yet analysed, and the rows the
     * statistics knew of at the last ANALYZE (-1: not read yet).
     */
    static final class Counts {
        private final String table;
        private final String target;
        private final AtomicLong inserted = new AtomicLong();
        private volatile double analysedRows = -1;

        private Counts(String table, String columns) {
            this.table = table;
            this.target = table + " (" + columns + ")";
        }

        /** Counts {@code rows} inserted into the table. */
        void inserted(int rows) {
            inserted.addAndGet(rows);
        }
    }

    /**
     * The counts of {@code table}, as jOOQ renders its name; {@code columns} are those its ANALYZE samples: the ones
     * lookups are planned on. Asked once per table, when the store is made.
     */
    Counts of(String table, String columns) {
        return tables.computeIfAbsent(table, name -> new Counts(name, columns));
    }

    /**
     * Analyses each table that has become due, on {@code connection}: out of auto-commit, between units (the unit
     * before has committed), and left so (committed).
     */
    void analyseDue(Connection connection) {
        if (tables.isEmpty() || !analysing.compareAndSet(false, true)) {
            return;
        }
        try {
            tables.values().forEach(counts -> analyseIfDue(connection, counts));
        } finally {
            analysing.set(false);
        }
    }

    private static void analyseIfDue(Connection connection, Counts counts) {
        String table = counts.table;
        long inserted = counts.inserted.get();
        if (inserted < MIN_ROWS) {
            return;
        }
        try {
            if (counts.analysedRows < 0) {
                counts.analysedRows = knownRows(connection, table);
            }
            if (inserted < GROWTH * counts.analysedRows) {
                return;
            }
            long start = System.nanoTime();
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'; ANALYZE " + counts.target);
            }
            counts.analysedRows = knownRows(connection, table);
            connection.commit();
            LOG.debug(
                    "analysed {} after {} rows inserted: {} rows known now, in {} ms",
                    table,
                    inserted,
                    (long) counts.analysedRows,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            rollback(connection);
            LOG.warn(
                    "ANALYZE {} failed ({}); lookups in it may read more rows than they need until PostgreSQL's"
                            + " statistics are refreshed",
                    table,
                    e.getMessage());
        }
        // Done or failed, counted again from here: a failure is not tried after every unit.
        counts.inserted.addAndGet(-inserted);
    }

    /** The rows PostgreSQL's statistics know {@code table} to hold: 0 when it has never been analysed. */
    private static double knownRows(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = ?::regclass")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                return result.next() ? Math.max(0, result.getDouble(1)) : 0;
            }
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after a failed ANALYZE failed; the connection is probably gone", e);
        }
    }
}
