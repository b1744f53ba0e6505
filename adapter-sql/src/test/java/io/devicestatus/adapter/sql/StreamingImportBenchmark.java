package io.devicestatus.adapter.sql;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.vavr.collection.Iterator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Generated items streamed through the import use case into PostgreSQL, never held as a whole: items per second,
 * and the heap it took. Run it with a small heap ({@code -Xmx64m}) to show that the import's memory does not grow
 * with the stream. Not a test: it asserts nothing but that every item was taken.
 *
 * <p>Run by {@code bench/import.sh} (bench/README.md). System properties as {@link ImportBenchmark}'s:
 * {@code bench.url}, {@code bench.rows} (default 1,000,000), {@code bench.batch} (500). It reports the heap's peak
 * use sampled every 10 ms through the {@code MemoryMXBean} (garbage included, so close to {@code -Xmx} when the
 * collector lets the heap fill up) and the largest heap left after any collection (what was live).
 */
public final class StreamingImportBenchmark {

    private StreamingImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int batch = Integer.getInteger("bench.batch", 500);
        String schema = "ds_bench_" + Long.toHexString(System.nanoTime());
        var memory = ManagementFactory.getMemoryMXBean();
        long max = memory.getHeapMemoryUsage().getMax();

        var peak = new AtomicLong();
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        var afterGc = new AtomicLong();
        var collections = new AtomicInteger();
        var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .toList();
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var after = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo()
                        .getMemoryUsageAfterGc();
                long used = heapPools.stream()
                        .filter(after::containsKey)
                        .mapToLong(pool -> after.get(pool).getUsed())
                        .sum();
                afterGc.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        };
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }

        ImportBenchmark.execute(url, "CREATE SCHEMA " + schema);
        try (var pool = ImportBenchmark.pool(url + "&currentSchema=" + schema)) {
            var app = ImportBenchmark.application(pool, batch);
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL streaming import: %,d iOS update statuses, batch %d, heap max %.0f MiB, %d cores%n",
                    rows,
                    batch,
                    max / 1048576.0,
                    Runtime.getRuntime().availableProcessors());
            sampler.start();
            long start = System.nanoTime();
            var summary = app.iosUpdates()
                    .importAll(ImportBenchmark.TENANT, Iterator.range(0, rows).map(ImportBenchmark::item), r -> {});
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            if (summary.rejected() > 0 || summary.total() != rows) {
                throw new IllegalStateException("the import did not take every item: " + summary);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%,d items in %.1f s: %,.0f items/s; heap peak used %.1f MiB (sampled), largest after a"
                            + " collection %.1f MiB, %d collections%n",
                    rows,
                    seconds,
                    rows / seconds,
                    peak.get() / 1048576.0,
                    afterGc.get() / 1048576.0,
                    collections.get());
            // for bench/import.sh: items/s, peak MiB, after-collection MiB, max MiB
            System.out.printf(
                    Locale.ROOT,
                    "RESULT %.0f %.1f %.1f %.0f%n",
                    rows / seconds,
                    peak.get() / 1048576.0,
                    afterGc.get() / 1048576.0,
                    max / 1048576.0);
        } finally {
            ImportBenchmark.execute(url, "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
