package io.devicestatus.application.service;

import static io.devicestatus.application.service.UseCaseFixtures.TENANT;
import static io.devicestatus.application.service.UseCaseFixtures.TENANT_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.NaturalKey;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.port.in.ReportResult.Outcome;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight threads send 10,000 reports for 100 devices (100 per device, each with its own report time). Reports that
 * arrive after a newer one are stale; every other report must land, and no update may be lost. Two orders: shuffled
 * (most reports arrive late and are stale), and in rounds, where the eight threads send eight successive reports of
 * the same device at once (most land, after racing each other).
 */
class ConcurrentReportsTest {

    private static final int THREADS = 8;
    private static final int DEVICES = 100;
    private static final int REPORTS_PER_DEVICE = 100;
    private static final OffsetDateTime FIRST_REPORT = OffsetDateTime.parse("2026-11-23T10:00:00.0000001Z");

    enum Order {
        SHUFFLED,
        IN_ROUNDS
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void each_device_ends_at_its_newest_report_and_versions_strictly_increase(Order order) throws InterruptedException {
        var store = new InMemoryStatusStore();
        // A reader that dawdles between reading a status and writing it, so that other threads get in between.
        var repository = new ScriptedIosUpdateStatusRepository(
                store.iosUpdateStatuses(), (call, writes) -> Option.none(), () -> LockSupport.parkNanos(20_000));
        var ios = UseCaseFixtures.application(
                        repository,
                        store.appConfigurationStatuses(),
                        store.appInstallStatuses(),
                        store,
                        UseCaseFixtures.SETTINGS)
                .iosUpdates();
        var reports = order == Order.SHUFFLED ? shuffled() : inRounds();
        var outcomes = new ConcurrentLinkedQueue<Landed>();
        var unexpected = new ConcurrentLinkedQueue<ApplicationError>();
        var stale = new java.util.concurrent.atomic.AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.execute(() -> {
                awaitQuietly(start);
                for (int i = thread; i < reports.size(); i += THREADS) {
                    var sent = reports.get(i);
                    ios.report(new ReportStatusCommand<>(TENANT_SCOPE, sent.draft()))
                            .fold(
                                    error -> error instanceof ApplicationError.Stale
                                            ? stale.incrementAndGet() > 0
                                            : unexpected.add(error),
                                    result -> outcomes.add(new Landed(
                                            thread,
                                            sent,
                                            result.outcome(),
                                            result.status().version())));
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES))
                .as("all reports handled")
                .isTrue();

        assertThat(unexpected).as("errors other than a stale report").isEmpty();
        assertThat(stale.get())
                .as("reports arrived out of order, so some were stale")
                .isPositive();
        assertThat(outcomes.size() + stale.get()).isEqualTo(DEVICES * REPORTS_PER_DEVICE);
        long writeCount = outcomes.stream()
                .filter(landed -> landed.outcome() != Outcome.UNCHANGED)
                .count();
        assertThat(repository.writeCalls())
                .as("some writes lost a race and were retried")
                .isGreaterThan((int) writeCount);
        assertThat(repository.count(TENANT, Option.none(), StatusFilter.any()).get())
                .isEqualTo(DEVICES);
        var writesPerDevice = new HashMap<Integer, java.util.List<Landed>>();
        outcomes.stream()
                .filter(landed -> landed.outcome() != Outcome.UNCHANGED)
                .forEach(landed -> writesPerDevice
                        .computeIfAbsent(landed.sent().device(), d -> new ArrayList<>())
                        .add(landed));
        for (int device = 0; device < DEVICES; device++) {
            var stored = repository
                    .findByNaturalKey(new NaturalKey<>(TENANT_SCOPE, List.of(deviceId(device))))
                    .get()
                    .get();
            assertThat(stored.value().userName())
                    .as("device %d ends at its newest report", device)
                    .contains(userName(REPORTS_PER_DEVICE - 1));
            var writes = List.ofAll(writesPerDevice.get(device)).sortBy(Landed::version);
            assertThat(writes.map(Landed::version))
                    .as("device %d: each write got its own version, 1 to n", device)
                    .containsExactlyElementsOf(List.rangeClosed(1L, stored.version()));
            // A lost update is an older report written over a newer one: then report times fall as versions rise.
            assertThat(writes.map(landed -> landed.sent().n()).toJavaList())
                    .as("device %d: report times by version", device)
                    .isSorted()
                    .doesNotHaveDuplicates();
        }
        assertVersionsGrowAsEachThreadSawThem(outcomes);
        System.out.printf(
                "%s: %,d reports on %d threads: %,d written, %,d unchanged, %,d stale; %,d write attempts%n",
                order,
                DEVICES * REPORTS_PER_DEVICE,
                THREADS,
                writeCount,
                outcomes.size() - writeCount,
                stale.get(),
                repository.writeCalls());
    }

    /** What one thread saw of one device never goes back. */
    private static void assertVersionsGrowAsEachThreadSawThem(ConcurrentLinkedQueue<Landed> outcomes) {
        Map<String, Long> lastSeen = new HashMap<>();
        for (Landed landed : outcomes) {
            var key = landed.thread() + "/" + landed.sent().device();
            var previous = lastSeen.put(key, landed.version());
            if (previous != null && landed.outcome() != Outcome.UNCHANGED) {
                assertThat(landed.version()).as("thread %s", key).isGreaterThan(previous);
            }
        }
    }

    private static java.util.List<Sent> shuffled() {
        var reports = new ArrayList<Sent>();
        for (int device = 0; device < DEVICES; device++) {
            for (int n = 0; n < REPORTS_PER_DEVICE; n++) {
                reports.add(new Sent(device, n));
            }
        }
        Collections.shuffle(reports, new Random(42));
        return reports;
    }

    /** Thread t sends item t, t + 8, ...: so each run of eight items, one device's next eight reports, races. */
    private static java.util.List<Sent> inRounds() {
        var reports = new ArrayList<Sent>();
        for (int first = 0; first < REPORTS_PER_DEVICE; first += THREADS) {
            for (int device = 0; device < DEVICES; device++) {
                for (int n = first; n < Math.min(first + THREADS, REPORTS_PER_DEVICE); n++) {
                    reports.add(new Sent(device, n));
                }
            }
        }
        return reports;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String deviceId(int device) {
        return "device-" + device;
    }

    private static String userName(int n) {
        return "report-" + n;
    }

    private record Sent(int device, int n) {
        IosUpdateDeviceStatus.Draft draft() {
            return IosUpdateProperties.draft()
                    .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                    .set(IosUpdateProperties.OS_VERSION, "17.1")
                    .set(IosUpdateProperties.DEVICE_ID, deviceId(device))
                    .set(IosUpdateProperties.USER_NAME, userName(n))
                    .set(
                            IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                            new GraphDateTime(FIRST_REPORT.minusDays(1)))
                    .set(
                            IosUpdateProperties.STATUS,
                            n % 2 == 0 ? ComplianceStatus.COMPLIANT : ComplianceStatus.NON_COMPLIANT)
                    .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, new GraphDateTime(FIRST_REPORT.plusSeconds(n)))
                    .build();
        }
    }

    private record Landed(int thread, Sent sent, Outcome outcome, long version) {}
}
