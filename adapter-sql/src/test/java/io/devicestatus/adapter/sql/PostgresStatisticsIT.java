package io.devicestatus.adapter.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An import that grows a PostgreSQL table by {@link PostgresStatistics#MIN_ROWS} rows leaves it analysed, and the
 * batch lookup by natural key ({@code tenant_id = ? AND device_id IN (...)}) then probes the natural key's index
 * rather than read every row of the tenant; before that line, nothing was analysed.
 */
class PostgresStatisticsIT {

    @RegisterExtension
    static final TestSchema SCHEMA = TestSchema.on(SqlVendor.POSTGRESQL);

    private static final TenantId TENANT = ImportBenchmark.TENANT;

    @Test
    void an_import_past_the_line_leaves_the_table_analysed_and_its_keys_looked_up_by_index() throws SQLException {
        SCHEMA.emptyStore();
        try (var pool = SCHEMA.newPool(2, "device-status-statistics");
                var connection = SCHEMA.dataSource().getConnection()) {
            // Only the store's ANALYZE may refresh the statistics here, wherever autovacuum is on.
            execute(connection, "ALTER TABLE ios_update_status SET (autovacuum_enabled = false)");
            var app = ImportBenchmark.application(pool, 500);
            int below = (int) PostgresStatistics.MIN_ROWS - 1_000;

            importItems(app, 0, below);
            double rowsBefore = knownRows(connection);
            String planBefore = lookupPlan(connection);
            importItems(app, below, 2_000);
            double rowsAfter = knownRows(connection);
            String planAfter = lookupPlan(connection);
            System.out.printf(
                    "[statistics] reltuples %.0f after %,d rows, %.0f after %,d%n%s%n%s%n",
                    rowsBefore, below, rowsAfter, below + 2_000, planBefore, planAfter);

            assertThat(rowsBefore).as("never analysed below the line").isNegative();
            assertThat(planBefore).as("what a lookup does without statistics").contains("Rows Removed by Filter");
            assertThat(rowsAfter).as("analysed once past it").isBetween(below + 500.0, below + 2_000.0);
            assertThat(planAfter)
                    .containsPattern("Index Scan (using|on) ios_update_status_natural_key_uq")
                    .containsPattern("Index Cond: .*\\(device_id\\)::text = ANY")
                    .doesNotContain("Rows Removed by Filter");
        }
    }

    private static void importItems(DeviceStatusApplication app, int first, int count) {
        var items = new ArrayList<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>>();
        for (int n = first; n < first + count; n++) {
            items.add(ImportBenchmark.item(n));
        }
        var summary = app.iosUpdates().importAll(TENANT, items.iterator(), result -> {});
        assertThat(summary.total()).isEqualTo(count);
        assertThat(summary.rejected()).isZero();
    }

    /** The plan of a 500-key lookup as a unit of work runs it (sequential scans off), executed. */
    private static String lookupPlan(Connection connection) throws SQLException {
        String keys = List.range(0, 500).map(n -> "'device-" + n * 17 + "'").mkString(", ");
        var plan = new StringBuilder();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL enable_seqscan = off");
            try (var rows = statement.executeQuery("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM"
                    + " ios_update_status WHERE tenant_id = '" + TENANT + "' AND device_id IN (" + keys + ")")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        return plan.toString();
    }

    private static double knownRows(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT reltuples FROM pg_class WHERE oid = 'ios_update_status'::regclass")) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
