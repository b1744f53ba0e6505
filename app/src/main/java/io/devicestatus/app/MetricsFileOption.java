package io.devicestatus.app;

import io.devicestatus.app.metrics.RunMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --metrics-file}: a short-lived command's metrics, written once at its end (see {@link RunMetrics}). */
final class MetricsFileOption {

    @Option(names = "--metrics-file", paramLabel = "FILE")
    Path file;

    /**
     * {@code exitCode}, once the run's metrics are written (when asked for); 1 instead of 0 when they could not be,
     * since monitoring would then miss the run.
     */
    int finish(String command, int exitCode, Duration took, String type, Map<String, Long> items, PrintWriter err) {
        if (file == null) {
            return exitCode;
        }
        try {
            new RunMetrics(command, exitCode, took, Instant.now(), type, items).writeTo(file);
            return exitCode;
        } catch (IOException | RuntimeException e) {
            err.println("device-status: cannot write --metrics-file " + file + ": " + SqlDatabase.rootMessage(e)
                    + "; the directory must exist and be writable");
            return exitCode == 0 ? 1 : exitCode;
        }
    }
}
