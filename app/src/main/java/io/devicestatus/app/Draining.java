package io.devicestatus.app;

import io.devicestatus.adapter.graph.http.ReadinessProbe;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first step of a graceful stop: {@code /health/ready} answers 503 while the server still serves, for
 * {@code delay}, so that a load balancer stops sending requests before the server stops taking them. Without it, a
 * request sent in the balancer's next health-check interval meets a server that refuses it (503, to be retried).
 */
final class Draining implements ReadinessProbe {

    private final ReadinessProbe store;
    private final Duration delay;
    private final AtomicBoolean draining = new AtomicBoolean();

    Draining(ReadinessProbe store, Duration delay) {
        this.store = Objects.requireNonNull(store, "store");
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    @Override
    public Option<String> problem() {
        return draining.get() ? Option.some("it is stopping; send requests to another instance") : store.problem();
    }

    /** Turns not ready, then waits out the delay (on the stopping thread) while requests are still served. */
    void begin() throws InterruptedException {
        draining.set(true);
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }
}
