package io.devicestatus.adapter.graph.client;

import java.time.Duration;

/** Waits between attempts; tests record the waits instead of sleeping. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration wait) throws InterruptedException;

    /** Waits {@code wait}; false when interrupted, with the thread's interrupt flag set again. */
    default boolean pause(Duration wait) {
        try {
            sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Sleeper real() {
        return wait -> {
            if (!wait.isZero() && !wait.isNegative()) {
                Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
            }
        };
    }
}
