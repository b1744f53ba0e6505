package io.devicestatus.app.metrics;

import io.devicestatus.adapter.graph.http.ApiObserver;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The meters of {@code serve}: requests, store calls and pool, and the JVM's, in one Prometheus registry. Closing
 * it stops the metrics server (if started) and the GC listener.
 */
public final class ServeMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private MetricsServer server;

    public ServeMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Records {@code http.server.requests}. */
    public ApiObserver requests() {
        return new HttpMetrics(registry);
    }

    /** Records the store's pool and calls. */
    public StoreInstrumentation store() {
        return StoreInstrumentation.into(registry);
    }

    /** Serves the registry on {@code host:port}; see {@link MetricsServer#start}. */
    public MetricsServer serve(String host, int port) throws Exception {
        server = MetricsServer.start(host, port, registry);
        return server;
    }

    /** The registry's text, as {@code GET /metrics} answers it. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        gc.close();
        registry.close();
    }
}
