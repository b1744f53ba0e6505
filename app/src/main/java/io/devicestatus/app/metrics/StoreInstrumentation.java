package io.devicestatus.app.metrics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.devicestatus.adapter.observed.ObservedAppConfigurationStatusRepository;
import io.devicestatus.adapter.observed.ObservedAppInstallStatusRepository;
import io.devicestatus.adapter.observed.ObservedIosUpdateStatusRepository;
import io.devicestatus.adapter.observed.ObservedTransaction;
import io.devicestatus.adapter.observed.StoreCallObserver;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
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

    public IosUpdateStatusRepository observed(IosUpdateStatusRepository port) {
        return calls().<IosUpdateStatusRepository>map(c -> new ObservedIosUpdateStatusRepository(port, c))
                .getOrElse(port);
    }

    public AppConfigurationStatusRepository observed(AppConfigurationStatusRepository port) {
        return calls().<AppConfigurationStatusRepository>map(c -> new ObservedAppConfigurationStatusRepository(port, c))
                .getOrElse(port);
    }

    public AppInstallStatusRepository observed(AppInstallStatusRepository port) {
        return calls().<AppInstallStatusRepository>map(c -> new ObservedAppInstallStatusRepository(port, c))
                .getOrElse(port);
    }

    public TransactionPort observed(TransactionPort port) {
        return calls().<TransactionPort>map(c -> new ObservedTransaction(port, c))
                .getOrElse(port);
    }

    private Option<StoreCallObserver> calls() {
        return registry.map(StoreMetrics::new);
    }
}
