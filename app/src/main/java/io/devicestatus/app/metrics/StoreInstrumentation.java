package io.devicestatus.app.metrics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.devicestatus.adapter.observed.ObservedStatusStore;
import io.devicestatus.application.port.out.StatusStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a store is measured by: its connection pool's meters and its ports' calls. {@link #NONE} leaves a store as it
 * is.
 *
 * @param registry where the pool's and the calls' meters go; none for no measuring
 */
public record StoreInstrumentation(Option<MeterRegistry> registry) {

    public static final StoreInstrumentation NONE = new StoreInstrumentation(Option.none());

    public StoreInstrumentation {
        Objects.requireNonNull(registry, "registry");
    }

    public static StoreInstrumentation into(MeterRegistry registry) {
        return new StoreInstrumentation(Option.some(registry));
    }

    /** HikariCP's own Micrometer binding ({@code hikaricp.*}, tagged with the pool's name). */
    public void pool(HikariConfig config) {
        registry.forEach(r -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(r)));
    }

    /** {@code store} with every port call measured; {@code store} itself when nothing is measured. */
    public StatusStore observed(StatusStore store) {
        return registry.<StatusStore>map(r -> ObservedStatusStore.of(store, new StoreMetrics(r)))
                .getOrElse(store);
    }
}
