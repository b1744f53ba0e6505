package io.devicestatus.adapter.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusFilter;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store with a statement timeout gives up on a statement that waits past it (here on a table another session
 * holds locked) with {@code Unavailable} saying so, and the connection goes on to serve the next statement.
 */
class PostgresStatementTimeoutIT {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.POSTGRESQL);

    @Test
    void a_statement_waiting_past_the_timeout_is_unavailable_and_the_store_goes_on() throws Exception {
        SCHEMA.emptyStore();
        try (var pool = SCHEMA.newPool(1, "device-status-timeout");
                var locker = SCHEMA.dataSource().getConnection()) {
            var store = SqlStatusStore.of(pool, SqlVendor.POSTGRESQL, Duration.ofSeconds(1));
            locker.setAutoCommit(false);
            try (var statement = locker.createStatement()) {
                statement.execute("LOCK TABLE ios_update_status IN ACCESS EXCLUSIVE MODE");
            }

            long start = System.nanoTime();
            var answer = store.iosUpdateStatuses().count(TestSchema.TENANT, Option.none(), StatusFilter.any());
            long millis = (System.nanoTime() - start) / 1_000_000;
            locker.rollback();

            System.out.printf("[statement timeout] a count behind a lock gave up after %d ms (timeout 1 s)%n", millis);
            assertThat(answer.isLeft()).as(answer.toString()).isTrue();
            assertThat(answer.getLeft())
                    .isEqualTo(new ApplicationError.Unavailable(
                            "counting iosUpdateDeviceStatus statuses: a statement took longer than the statement timeout"
                                    + " allows"));
            assertThat(millis)
                    .as("gave up well before a lock wait could end by itself")
                    .isLessThan(30_000);
            assertThat(store.iosUpdateStatuses()
                            .count(TestSchema.TENANT, Option.none(), StatusFilter.any())
                            .get())
                    .isZero();
        }
    }
}
