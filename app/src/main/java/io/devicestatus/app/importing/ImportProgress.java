package io.devicestatus.app.importing;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How far an import has got: a progress bar on a terminal, a plain line every few seconds otherwise. */
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
        ProgressBar bar = new ProgressBarBuilder().setTaskName("import")
                .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                .setUnit("MB", 1_000_000).showSpeed()
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
                    bar.setExtraMessage(" " + items + " items, " + Plain.rate(items, System.nanoTime() - started)
                            + "/s");
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
        return new Plain(err, every.toNanos());
    }

    /** The plain form. */
    final class Plain implements ImportProgress {
        private final PrintWriter err;
        private final long every;
        private final long started = System.nanoTime();
        private long next;

        Plain(PrintWriter err, long every) {
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
                err.println("import: " + items + " items, " + rate(items, elapsed) + "/s, "
                        + Duration.ofNanos(elapsed).toSeconds() + " s");
                err.flush();
            }
        }

        static long rate(long items, long nanos) {
            return nanos <= 0 ? 0 : Math.round(items * 1e9 / nanos);
        }

        @Override
        public void close() {
        }
    }
}
