package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness per store: SQL asks its pool, within a budget even when the database hangs; memory and Graph are ready. */
class SqlReadinessTest {

    private static final Duration BUDGET = Duration.ofMillis(200);

    @TempDir
    Path dataDir;

    @Test
    void an_embedded_database_that_answers_is_ready() {
        try (var storage = Storage.h2Files(dataDir, Clock.systemUTC()).get()) {
            assertThat(storage.readiness().problem()).isEmpty();
        }
    }

    @Test
    void a_pool_that_refuses_is_not_ready_and_says_why() {
        try (var probe = new SqlReadiness(
                dataSource(() -> {
                    throw new SQLTransientConnectionException(
                            "device-status - Connection is not available",
                            "08001",
                            new java.net.ConnectException("Connection refused"));
                }),
                BUDGET)) {
            assertThat(probe.problem()).contains("the database cannot be reached: Connection refused");
        }
    }

    @Test
    void a_hanging_database_is_not_ready_within_the_budget_and_probes_share_the_one_check_waiting() {
        var release = new CountDownLatch(1);
        var borrowed = new AtomicInteger();
        try (var probe = new SqlReadiness(
                dataSource(() -> {
                    borrowed.incrementAndGet();
                    release.await();
                    throw new SQLTransientConnectionException("gone");
                }),
                BUDGET)) {
            assertThat(probe.problem()).contains("the database did not answer within 200 ms");
            assertThat(probe.problem()).contains("the database did not answer within 200 ms");
            assertThat(borrowed)
                    .as("checks started against the hanging database")
                    .hasValue(1);
            release.countDown();
        }
    }

    @Test
    void memory_and_graph_stores_are_always_ready() {
        assertThat(Storage.memory(Clock.systemUTC()).readiness().problem()).isEmpty();
        var graph = Storage.graph(
                GraphBaseUrl.of(URI.create("http://127.0.0.1:1")).get(),
                () -> "token",
                "a test",
                TenantId.parse(ServerUnderTest.TENANT).get(),
                RetryPolicy.defaults(),
                Clock.systemUTC());
        try (graph) {
            assertThat(graph.readiness().problem()).isEqualTo(Option.none());
        }
    }

    /** Borrowing a connection runs {@code borrow}. */
    @FunctionalInterface
    private interface Borrow {
        Connection get() throws Exception;
    }

    private static DataSource dataSource(Borrow borrow) {
        return (DataSource) Proxy.newProxyInstance(
                SqlReadinessTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return borrow.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
