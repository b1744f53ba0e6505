package io.devicestatus.app.metrics;

import io.devicestatus.adapter.observed.StoreCall;
import io.devicestatus.adapter.observed.StoreCallObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** {@code device.status.store.calls}: every call of the store's ports, by type, operation and outcome. */
public final class StoreMetrics implements StoreCallObserver {

    public static final String NAME = "device.status.store.calls";

    private final Timer.MeterProvider<Timer> timers;

    public StoreMetrics(MeterRegistry registry) {
        this.timers = Timer.builder(NAME)
                .description("Calls of the store's repositories and transactions")
                .publishPercentileHistogram()
                .withRegistry(registry);
    }

    @Override
    public void called(StoreCall call) {
        timers.withTags("type", call.type(), "operation", call.operation(), "outcome", call.outcome())
                .record(call.duration());
    }
}
