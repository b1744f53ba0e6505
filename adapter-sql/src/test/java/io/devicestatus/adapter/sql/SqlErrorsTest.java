package io.devicestatus.adapter.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each vendor's way of saying "key taken", "try again" and "connection gone", as the table in SqlErrors lists. */
class SqlErrorsTest {

    @ParameterizedTest(name = "SQLState {0}, code {1}: unique violation {2}")
    @CsvSource({
        "23505, 0,    true", // PostgreSQL, H2
        "23000, 1062, true", // MariaDB duplicate key
        "23000, 1452, false", // MariaDB foreign key
        "23514, 0,    false", // check violation
        "40001, 0,    false",
    })
    void tells_unique_violations_from_other_constraint_failures(String state, int code, boolean unique) {
        assertThat(SqlErrors.isUniqueViolation(wrapped(new SQLException("x", state, code))))
                .isEqualTo(unique);
    }

    @Test
    void finds_a_unique_violation_behind_a_batch_exception() {
        var batch = new BatchUpdateException("batch entry 3 failed", "22000", new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(SqlErrors.isUniqueViolation(wrapped(batch))).isTrue();
    }

    @ParameterizedTest(name = "SQLState {0}, code {1}")
    @CsvSource({
        "40001, 0", // serialization failure; also MariaDB's deadlock state
        "40P01, 0", // PostgreSQL deadlock
        "55P03, 0", // PostgreSQL lock not available
        "HY000, 1205", // MariaDB lock wait timeout
        "HY000, 1213", // MariaDB deadlock
        "HYT00, 0", // H2 lock timeout
    })
    void concurrency_failures_are_unavailable_and_say_retry(String state, int code) {
        var failure = wrapped(new SQLException("x", state, code));

        assertThat(SqlErrors.isConcurrencyFailure(failure)).isTrue();
        assertThat(SqlErrors.unavailable("writing", failure))
                .isEqualTo(new ApplicationError.Unavailable(
                        "writing: a concurrent transaction got in the way (deadlock, lock timeout or serialization failure);"
                                + " retry"));
    }

    @ParameterizedTest(name = "SQLState {0}")
    @CsvSource({"08006", "08003", "57P01", "90067"})
    void lost_connections_are_unavailable_saying_so(String state) {
        var failure = wrapped(new SQLException("x", state));

        assertThat(SqlErrors.isConcurrencyFailure(failure)).isFalse();
        assertThat(SqlErrors.unavailable("reading", failure))
                .isEqualTo(new ApplicationError.Unavailable("reading: database connection lost"));
    }

    @Test
    void a_pool_that_cannot_lend_a_connection_is_a_lost_connection() {
        var failure = wrapped(new SQLTransientConnectionException("pool timed out"));

        assertThat(SqlErrors.unavailable("reading", failure).message()).contains("database connection lost");
    }

    @ParameterizedTest(name = "SQLState {0}, code {1}")
    @CsvSource({
        "57014, 0", // PostgreSQL, H2: statement cancelled by its timeout
        "70100, 1969", // MariaDB: query interrupted by max_statement_time / the query timeout
    })
    void a_statement_past_its_timeout_is_unavailable_saying_so(String state, int code) {
        var failure = wrapped(new SQLException("canceling statement due to statement timeout", state, code));

        assertThat(SqlErrors.unavailable("listing", failure))
                .isEqualTo(new ApplicationError.Unavailable(
                        "listing: a statement took longer than the statement timeout allows"));
    }

    @Test
    void a_jdbc_timeout_exception_is_a_statement_past_its_timeout() {
        var failure = wrapped(new java.sql.SQLTimeoutException("query timed out"));

        assertThat(SqlErrors.unavailable("listing", failure).message()).endsWith("statement timeout allows");
    }

    @Test
    void a_statement_timeout_under_one_second_is_refused() {
        var dataSource = new org.h2.jdbcx.JdbcDataSource();

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SqlStatusStore.of(dataSource, SqlVendor.H2, java.time.Duration.ofMillis(500)))
                .withMessage("a statement timeout must be at least 1 s, not PT0.5S");
    }

    @Test
    void anything_else_is_an_unavailable_database_error_without_internals() {
        var failure = wrapped(new SQLException("relation \"secret_table\" does not exist", "42P01"));

        var error = SqlErrors.unavailable("listing", failure);

        assertThat(error).isEqualTo(new ApplicationError.Unavailable("listing: database error"));
        assertThat(error.message()).doesNotContain("secret_table");
    }

    private static DataAccessException wrapped(SQLException cause) {
        return new DataAccessException("SQL [...]; " + cause.getMessage(), cause);
    }
}
