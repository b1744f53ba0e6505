package io.devicestatus.app.importing;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far an import (or a sync, which imports) has got: a progress bar on a terminal, a plain line every few seconds
 * otherwise.
 */
public interface ImportProgress extends AutoCloseable {

    /** {@code items} read so far, {@code bytes} of the input. Called for every item: cheap. */
    void update(long items, long bytes);

    @Override
    void close();

    /**
     * A bar on standard error (items, rate, elapsed, and the ETA when {@code totalBytes} is known, i.e. every input is
     * a file), measured in bytes read; items and their rate in its message.
     */
    static ImportProgress bar(long totalBytes) {
        return bar("import", totalBytes, "MB", 1_000_000);
    }

    /**
     * A bar named {@code task} on standard error, measured in {@code unit}s of {@code unitSize} (the ETA when
     * {@code total} is known, i.e. positive); items and their rate in its message.
     */
    static ImportProgress bar(String task, long total, String unit, long unitSize) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total > 0 ? total : -1)
                .setUnit(unit, unitSize)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build();
        long started = System.nanoTime();
        return new ImportProgress() {
            private long shown;
            private boolean closed;

            @Override
            public void update(long items, long bytes) {
                bar.stepTo(bytes);
                if (items - shown >= 1000) {
                    shown = items;
                    bar.setExtraMessage(
                            " " + items + " items, " + Plain.rate(items, System.nanoTime() - started) + "/s");
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    bar.close();
                }
            }
        };
    }

    /** {@code import: 120000 items, 40000/s, 3 s} on {@code err} every {@code every}. */
    static ImportProgress plain(PrintWriter err, Duration every) {
        return plain("import", err, every);
    }

    /** {@code <task>: 120000 items, 40000/s, 3 s} on {@code err} every {@code every}. */
    static ImportProgress plain(String task, PrintWriter err, Duration every) {
        return new Plain(task, err, every.toNanos());
    }

    /** The plain form. */
    final class Plain implements ImportProgress {
        private final String task;
        private final PrintWriter err;
        private final long every;
        private final long started = System.nanoTime();
        private long next;

        Plain(String task, PrintWriter err, long every) {
            this.task = task;
            this.err = err;
            this.every = every;
            this.next = started + every;
        }

        @Override
        public void update(long items, long bytes) {
            long now = System.nanoTime();
            if (now >= next) {
                next = now + every;
                long elapsed = now - started;
                err.println(task + ": " + items + " items, " + rate(items, elapsed) + "/s, "
                        + Duration.ofNanos(elapsed).toSeconds() + " s");
                err.flush();
            }
        }

        static long rate(long items, long nanos) {
            return nanos <= 0 ? 0 : Math.round(items * 1e9 / nanos);
        }

        @Override
        public void close() {}
    }
}
