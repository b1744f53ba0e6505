package io.devicestatus.adapter.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Bulk import into PostgreSQL through the import use case, against PostgreSQL's own {@code COPY} of the same rows
 * into the same table: the ceiling for loading rows. Not a test: it asserts nothing and prints rows per second.
 *
 * <p>Run it with {@code bench/import.sh} (bench/README.md: with {@link StreamingImportBenchmark}, as one table) or
 * {@code mvn -B -Pbench -pl adapter-sql -am verify -DskipTests} (README, "Benchmark"). System
 * properties: {@code bench.url} (default the local {@code test} database), {@code bench.rows} (100000),
 * {@code bench.rounds} (3), {@code bench.batch} (the import batch size, default 500). Each round imports into an
 * emptied table, then COPYs into an emptied table; the ratio is taken of the medians, within one run, because these
 * machines are noisy.
 */
public final class ImportBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static final IosUpdatesInstallStatus[] INSTALL_STATUSES = IosUpdatesInstallStatus.values();
    private static final ComplianceStatus[] COMPLIANCE = ComplianceStatus.values();

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        int rows = Integer.getInteger("bench.rows", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int batch = Integer.getInteger("bench.batch", DeviceStatusSettings.DEFAULT_IMPORT_BATCH_SIZE);
        String schema = "ds_bench_" + Long.toHexString(System.nanoTime());

        execute(url, "CREATE SCHEMA " + schema);
        try (var pool = pool(url + "&currentSchema=" + schema)) {
            var app = application(pool, batch);
            var items = drafts(rows);
            String csv = csv(items, ReportTimePolicy.withDefaultSkew(Clock.fixed(NOW, ZoneOffset.UTC)));

            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL import benchmark: %,d iOS update statuses, %d rounds, %d cores," + " batch %d%n",
                    rows,
                    rounds,
                    Runtime.getRuntime().availableProcessors(),
                    batch);
            importOnce(app, drafts(Math.min(rows, 20_000))); // warm-up: JIT, pool, plans
            truncate(pool);
            copyOnce(pool, csv);
            var useCaseRates = new ArrayList<Double>();
            var copyRates = new ArrayList<Double>();
            for (int round = 1; round <= rounds; round++) {
                truncate(pool);
                double useCase = rows / importOnce(app, items);
                truncate(pool);
                double copy = rows / copyOnce(pool, csv);
                useCaseRates.add(useCase);
                copyRates.add(copy);
                System.out.printf(
                        Locale.ROOT,
                        "round %d: import use case %,10.0f rows/s   COPY %,10.0f rows/s   ratio %.2f%n",
                        round,
                        useCase,
                        copy,
                        useCase / copy);
            }
            double useCase = median(useCaseRates);
            double copy = median(copyRates);
            System.out.printf(
                    Locale.ROOT,
                    "median:  import use case %,10.0f rows/s   COPY %,10.0f rows/s   ratio %.2f"
                            + " (target at least 0.50)%n",
                    useCase,
                    copy,
                    useCase / copy);
            System.out.printf(Locale.ROOT, "RESULT %.0f %.0f%n", useCase, copy); // for bench/import.sh
        } finally {
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** The application over a migrated PostgreSQL store in {@code pool}'s schema, its clock fixed at {@link #NOW}. */
    static DeviceStatusApplication application(HikariDataSource pool, int batch) {
        var store = SqlStatusStore.of(pool, SqlVendor.POSTGRESQL);
        store.migrate();
        return new DeviceStatusApplication(
                store,
                IdGeneratorPort.randomUuids(),
                CommandValidator.withDefaultProvider(),
                new DeviceStatusSettings(
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        ReportTimePolicy.DEFAULT_MAX_FUTURE_SKEW,
                        batch,
                        DeviceStatusSettings.DEFAULT_MAX_WRITE_ATTEMPTS));
    }

    /** Imports {@code items} as reports (create or advance by device id); the seconds it took. */
    private static double importOnce(
            DeviceStatusApplication app, List<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>> items) {
        long start = System.nanoTime();
        var summary = app.iosUpdates().importAll(TENANT, items.iterator(), result -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        if (summary.rejected() > 0 || summary.total() != items.size()) {
            throw new IllegalStateException("the import did not take every item: " + summary);
        }
        return seconds;
    }

    /** Loads the rows with {@code COPY ... FROM STDIN} through the driver's CopyManager; the seconds it took. */
    private static double copyOnce(HikariDataSource pool, String csv) throws SQLException {
        var rows = new IosUpdateStatusRows();
        long start = System.nanoTime();
        try (Connection connection = pool.getConnection()) {
            PostgresCopy.copy(connection, rows.columns().table(), rows.writtenColumns(), csv);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>> drafts(int rows) {
        var items = new ArrayList<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>>(rows);
        for (int n = 0; n < rows; n++) {
            items.add(item(n));
        }
        return items;
    }

    /** The {@code n}th generated report: device {@code device-n}, the other properties cycling. */
    static ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft> item(int n) {
        var reported = OffsetDateTime.ofInstant(
                NOW.minusSeconds(n % 86_400).minusNanos((n % 9_999_999) * 100L), ZoneOffset.ofHours(n % 3 - 1));
        return ImportStatusCommand.report(
                TenantScope.of(TENANT),
                new IosUpdateDeviceStatus.Draft(
                        INSTALL_STATUSES[n % INSTALL_STATUSES.length],
                        "17." + n % 7,
                        "device-" + n,
                        "user-" + n % 5000,
                        "iPad of user " + n % 5000,
                        "User " + n % 5000,
                        "iPad13," + n % 19,
                        null,
                        new GraphDateTime(reported.plusDays(7)),
                        COMPLIANCE[n % COMPLIANCE.length],
                        new GraphDateTime(reported),
                        "user" + n % 5000 + "@contoso.com"));
    }

    /** The same statuses as the adapter stores them, in the CSV the adapter's own COPY sends (built untimed). */
    private static String csv(
            List<ImportStatusCommand<TenantScope, IosUpdateDeviceStatus.Draft>> items, ReportTimePolicy policy) {
        var rows = new IosUpdateStatusRows();
        var records = io.vavr.collection.List.ofAll(items).map(item -> {
            var status = IosUpdateDeviceStatus.create(UUID.randomUUID().toString(), TENANT, item.draft(), policy)
                    .getOrElseThrow(error -> new IllegalStateException(error.toString()));
            var record = rows.toRecord(status);
            record.set(rows.columns().version(), 1L);
            return record;
        });
        return PostgresCopy.csv(rows.writtenColumns(), records);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void truncate(HikariDataSource pool) throws SQLException {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("TRUNCATE ios_update_status");
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static HikariDataSource pool(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setPoolName("device-status-bench");
        return new HikariDataSource(config);
    }
}
