package io.devicestatus.app;

import io.devicestatus.adapter.graph.http.ReadinessProbe;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SQL store is ready while a connection can be borrowed from its pool and proves valid. The check runs on a thread
 * of its own and is waited for at most {@code budget}, so a database that hangs (rather than refuses) never holds a
 * request thread longer than that; while one check is still waiting on the database, later probes wait on the same
 * one instead of starting more. Changes of state are logged once, not every probe.
 */
final class SqlReadiness implements ReadinessProbe, AutoCloseable {

    /** The most a probe waits: a load balancer's health check usually allows 2 s or more. */
    static final Duration DEFAULT_BUDGET = Duration.ofMillis(1500);

    private static final Logger LOG = LoggerFactory.getLogger(SqlReadiness.class);

    private final DataSource pool;
    private final Duration budget;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "device-status-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Option<String>> running;
    private Option<String> lastProblem = Option.none();

    SqlReadiness(DataSource pool, Duration budget) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public Option<String> problem() {
        Option<String> problem;
        try {
            problem = check().get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            problem = Option.some("the database did not answer within " + budget.toMillis() + " ms");
        } catch (ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            problem = Option.some("the database could not be checked: " + SqlDatabase.rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = Option.some("the readiness check was interrupted");
        }
        changed(problem);
        return problem;
    }

    /** The check under way, or a new one when none is. */
    private synchronized Future<Option<String>> check() {
        if (running == null || running.isDone()) {
            running = checker.submit(this::borrowAndValidate);
        }
        return running;
    }

    private Option<String> borrowAndValidate() {
        try (Connection connection = pool.getConnection()) {
            int seconds = (int) Math.max(1, (budget.toMillis() + 999) / 1000);
            return connection.isValid(seconds)
                    ? Option.none()
                    : Option.some("a database connection did not prove valid within " + seconds + " s");
        } catch (SQLException | RuntimeException e) {
            return Option.some("the database cannot be reached: " + SqlDatabase.rootMessage(e));
        }
    }

    private synchronized void changed(Option<String> problem) {
        if (problem.isDefined() && lastProblem.isEmpty()) {
            LOG.warn("not ready: {}", problem.get());
        } else if (problem.isEmpty() && lastProblem.isDefined()) {
            LOG.info("ready again: the database answers");
        }
        lastProblem = problem;
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
