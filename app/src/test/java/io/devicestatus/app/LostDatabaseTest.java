package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.app.metrics.StoreInstrumentation;
import io.vavr.control.Option;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The server over PostgreSQL through a TCP proxy whose connections the test cuts, as a network outage or a database
 * restart would: readiness turns 503 within seconds, an API call is a Graph-shaped 503 within seconds (logged as one
 * line), liveness stays 200, and both come back when the database does.
 */
class LostDatabaseTest {

    private static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";
    /** Generous bounds on real sockets: the defaults aim at about 1.5 s (readiness) and 3 s (a request). */
    private static final Duration NOT_READY_WITHIN = Duration.ofSeconds(10);

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

    private final String schema =
            "lost_db_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private CuttableTcpProxy proxy;
    private ServerUnderTest server;
    private String token;

    @BeforeEach
    void start() throws Exception {
        DatabaseServers.requireReachable(DatabaseServers.POSTGRESQL);
        try (var admin = DriverManager.getConnection(DatabaseServers.POSTGRESQL);
                var statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        proxy = new CuttableTcpProxy("127.0.0.1", 5432);
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?currentSchema=" + schema;
        var storage = Storage.sql(
                url,
                "postgres",
                "",
                Option.none(),
                Storage.Schema.MIGRATE,
                PoolSettings.server(),
                SqlStoreOptions.defaults(),
                Clock.systemUTC(),
                StoreInstrumentation.NONE);
        assertThat(storage.isRight()).as(storage.toString()).isTrue();
        server = ServerUnderTest.over(storage.get());
        token = server.admin();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
            try (var admin = DriverManager.getConnection(DatabaseServers.POSTGRESQL);
                    var statement = admin.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void a_lost_database_is_503_within_seconds_and_the_server_recovers_when_it_returns() {
        assertThat(server.get("/health/ready", null).status()).isEqualTo(200);
        assertThat(server.post(IOS, token, device("before the cut")).status()).isEqualTo(201);

        proxy.cut();
        long cut = System.nanoTime();
        var notReady = awaitReady(status -> status == 503, NOT_READY_WITHIN);
        long toNotReady = millisSince(cut);
        assertGraphUnavailable(notReady);
        assertThat(notReady.json().path("error").path("message").asText())
                .startsWith("The service is not ready: ")
                .contains("database");
        assertThat(server.get("/health/live", null).status()).isEqualTo(200);

        var log = capture();
        long start = System.nanoTime();
        var listed = server.get(IOS, token);
        long toAnswer = millisSince(start);
        var lines = detach(log);
        assertGraphUnavailable(listed);
        assertThat(Duration.ofMillis(toAnswer)).isLessThan(ANSWERED_WITHIN);
        String requestId = listed.header("request-id");
        assertThat(lines)
                .as("warnings while the request was answered")
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getFormattedMessage()).contains(requestId, "503", "database connection lost"));
        assertThat(lines).as("log lines with a stack trace").noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(server.get("/health/live", null).status()).isEqualTo(200);
        System.out.printf(
                "[lost database] /health/ready 503 %d ms after the cut (%s); GET %s answered 503 in %d ms,"
                        + " logging: %s%n",
                toNotReady,
                notReady.json().path("error").path("message").asText(),
                IOS,
                toAnswer,
                lines.stream()
                        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                        .map(e -> e.getLevel() + " " + e.getFormattedMessage())
                        .toList());

        proxy.restore();
        long restored = System.nanoTime();
        awaitReady(status -> status == 200, NOT_READY_WITHIN);
        System.out.printf("[lost database] /health/ready 200 again %d ms after restoring%n", millisSince(restored));
        var again = server.get(IOS, token);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("before the cut");
        assertThat(server.post(IOS, token, device("after the restore")).status())
                .isEqualTo(201);
    }

    /** The seed example as the status of device {@code deviceId}. */
    static String device(String deviceId) {
        return seed("001-request.json").replace("Device Id value", deviceId);
    }

    private ServerUnderTest.Reply awaitReady(IntPredicate wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            var reply = server.get("/health/ready", null);
            if (wanted.test(reply.status()) || System.nanoTime() > deadline) {
                assertThat(wanted.test(reply.status()))
                        .as("/health/ready within " + within + ": " + reply)
                        .isTrue();
                return reply;
            }
            sleep(100);
        }
    }

    private static void assertGraphUnavailable(ServerUnderTest.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isNotBlank();
        var error = reply.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("ServiceUnavailable");
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("innerError").path("request-id").asText()).isEqualTo(reply.header("request-id"));
    }

    private static ListAppender<ILoggingEvent> capture() {
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        root().addAppender(appender);
        return appender;
    }

    private static java.util.List<ILoggingEvent> detach(ListAppender<ILoggingEvent> appender) {
        root().detachAppender(appender);
        return java.util.List.copyOf(appender.list);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
