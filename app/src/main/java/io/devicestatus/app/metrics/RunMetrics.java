package io.devicestatus.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of one run of a short-lived command ({@code import}, {@code sync}), written once at its end as a
 * Prometheus text file: node_exporter's textfile collector (or any scraper of files) exposes the last run. Every
 * value is the last run's: items by type and outcome, when it finished, how long it took, its exit code.
 *
 * @param command  {@code import} or {@code sync}: the meters are {@code device.status.<command>.*}
 * @param exitCode the run's exit code
 * @param took     how long it ran
 * @param finished when it finished
 * @param type     the status type it moved ({@code ios-update}...), or {@code none} when that was not known yet
 * @param items    items by outcome ({@code created}, {@code rejected}...)
 */
public record RunMetrics(
        String command, int exitCode, Duration took, Instant finished, String type, Map<String, Long> items) {

    public RunMetrics {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(type, "type");
        items = Map.copyOf(items);
    }

    /** The run in Prometheus' text format. */
    public String text() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        String prefix = "device.status." + command;
        items.forEach((outcome, count) -> Counter.builder(prefix + ".items")
                .description("Items of the last " + command + " run, by status type and outcome")
                .tags("type", type, "outcome", outcome)
                .register(registry)
                .increment(count));
        Gauge.builder(prefix + ".duration", took, d -> d.toNanos() / 1e9)
                .baseUnit("seconds")
                .description("How long the last " + command + " run took")
                .register(registry);
        Gauge.builder(prefix + ".finished.timestamp", finished, t -> t.toEpochMilli() / 1e3)
                .baseUnit("seconds")
                .description("When the last " + command + " run finished (Unix time)")
                .register(registry);
        Gauge.builder(prefix + ".exit.code", () -> exitCode)
                .description("The exit code of the last " + command + " run: 0 all applied, 1 some not, 2 usage")
                .register(registry);
        String text = registry.scrape();
        registry.close();
        return text;
    }

    /**
     * Writes {@link #text()} to {@code file} atomically (a file beside it, then renamed), so that a collector reading
     * it never sees half a run.
     */
    public void writeTo(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            Files.writeString(partial, text(), StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
