package io.devicestatus.adapter.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection killed by the server in the middle of a write leaves nothing of that write behind, and the caller gets
 * {@code Unavailable}. The writer works on a pool of one connection whose server-side id the test learns first; the
 * test then kills that session from an administrative connection ({@code pg_terminate_backend},
 * {@code KILL CONNECTION}).
 */
abstract class ConnectionLossChecks {

    private static final GraphDateTime TIME =
            new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567+01:00"));

    protected abstract TestSchema schema();

    /** The server-side id of the session behind a connection. */
    protected abstract String sessionIdQuery();

    /** Kills session {@code id}. */
    protected abstract String killStatement(String id);

    /** Whether session {@code id} is running a write statement now (a query answering a row when it is). */
    protected abstract String busyWritingQuery(String id);

    private HikariDataSource writerPool;
    private StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> repository;
    private SqlStatusStore store;
    private String session;

    @BeforeEach
    void openWriter() throws SQLException {
        schema().emptyStore();
        writerPool = schema().newPool(1, "device-status-writer");
        store = schema().auditedStore(writerPool);
        repository = store.iosUpdateStatuses();
        try (var connection = writerPool.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sessionIdQuery())) {
            result.next();
            session = result.getString(1);
        }
    }

    @AfterEach
    void closeWriter() {
        writerPool.close();
    }

    @Test
    void a_unit_of_work_whose_connection_is_killed_between_two_writes_leaves_nothing_behind() throws Exception {
        Either<ApplicationError, Object> answer = store.transactions().inTransaction(() -> {
            var first = repository.writeAll(inserts(0, 200));
            assertThat(first.isRight()).as("the first write, before the kill").isTrue();
            try {
                kill();
            } catch (SQLException e) {
                throw new IllegalStateException("killing the writer's session failed", e);
            }
            return repository.writeAll(inserts(200, 200)).map(written -> (Object) written);
        });

        assertThat(answer.isLeft()).isTrue();
        assertThat(answer.getLeft()).isInstanceOf(ApplicationError.Unavailable.class);
        assertThat(answer.getLeft().message()).contains("connection lost");
        assertThat(storedRows()).as("neither write survived").isZero();
    }

    @Test
    void a_batch_whose_connection_is_killed_while_it_writes_leaves_nothing_behind() throws Exception {
        var batch = inserts(0, 50_000);
        var writing = CompletableFuture.supplyAsync(() -> repository.writeAll(batch));

        boolean killedMidWrite = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!writing.isDone() && System.nanoTime() < deadline) {
            if (busyWriting()) {
                kill();
                killedMidWrite = true;
                break;
            }
            Thread.sleep(2);
        }
        var answer = writing.get(60, TimeUnit.SECONDS);

        assertThat(killedMidWrite)
                .as("the kill landed while the batch was being written")
                .isTrue();
        assertThat(answer.isLeft()).isTrue();
        assertThat(answer.getLeft()).isInstanceOf(ApplicationError.Unavailable.class);
        assertThat(storedRows()).as("nothing of the batch survived").isZero();
        assertThat(repository.writeAll(inserts(0, 3)).isRight())
                .as("the pool replaces the dead connection; the next write works")
                .isTrue();
    }

    private void kill() throws SQLException {
        try (var admin = TestServers.admin(schema().vendor());
                var statement = admin.createStatement()) {
            statement.execute(killStatement(session));
        }
    }

    private boolean busyWriting() throws SQLException {
        try (var admin = TestServers.admin(schema().vendor());
                var statement = admin.createStatement();
                var result = statement.executeQuery(busyWritingQuery(session))) {
            return result.next();
        }
    }

    private long storedRows() throws SQLException {
        try (var connection = schema().dataSource().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM ios_update_status")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Seq<Write<IosUpdateDeviceStatus>> inserts(int from, int count) {
        return List.range(from, from + count)
                .map(n -> new Write.Insert<>(new IosUpdateDeviceStatus(
                        new StatusId(String.format("status-%06d", n)),
                        TestSchema.TENANT,
                        IosUpdatesInstallStatus.DOWNLOADING,
                        Option.some("17.1"),
                        Option.some("device-" + n),
                        Option.none(),
                        Option.some("iPad " + n),
                        Option.none(),
                        Option.none(),
                        0,
                        TIME,
                        ComplianceStatus.COMPLIANT,
                        TIME,
                        Option.none())));
    }
}
