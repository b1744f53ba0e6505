package io.devicestatus.app;

import io.devicestatus.adapter.graph.http.ApiObserver;
import io.devicestatus.app.logging.AccessLog;
import io.devicestatus.app.metrics.ServeMetrics;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code serve}'s metrics endpoint: off unless {@code --metrics-port} is given, and never on the API's port. */
final class MetricsOptions {

    @Option(names = "--metrics-port", paramLabel = "PORT")
    Integer port;

    @Option(names = "--metrics-host", defaultValue = "127.0.0.1", paramLabel = "HOST")
    String host;

    boolean enabled() {
        return port != null;
    }

    /** Refuses a port out of range, or the API's own. */
    void check(CommandSpec spec, int apiPort) {
        if (port == null) {
            return;
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--metrics-port must be 0 to 65535, not " + port);
        }
        if (port != 0 && port == apiPort) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--metrics-port must differ from --port (" + apiPort
                            + "): the API's port never serves the metrics");
        }
    }

    /** The meters, when a metrics port was given; nothing to pay for otherwise. */
    io.vavr.control.Option<ServeMetrics> start() {
        return port == null ? io.vavr.control.Option.none() : io.vavr.control.Option.some(new ServeMetrics());
    }

    /** What the API tells of each request: the access log, and the request metrics when {@code measured}. */
    static ApiObserver observer(io.vavr.control.Option<ServeMetrics> measured) {
        var log = new AccessLog();
        return measured.map(ServeMetrics::requests)
                .<ApiObserver>map(requests -> exchange -> {
                    requests.exchanged(exchange);
                    log.exchanged(exchange);
                })
                .getOrElse(log);
    }

    /** Starts the metrics server of {@code measured}; where it serves. */
    io.vavr.control.Option<URI> serve(io.vavr.control.Option<ServeMetrics> measured) throws IOException {
        if (measured.isEmpty()) {
            return io.vavr.control.Option.none();
        }
        try {
            return io.vavr.control.Option.some(measured.get().serve(host, port).uri());
        } catch (Exception e) {
            throw new IOException(
                    e instanceof BindException || e.getCause() instanceof BindException
                            ? "metrics port " + port + " on " + host
                                    + " is in use or not available; choose another with" + " --metrics-port"
                            : "metrics port " + port + " on " + host + ": " + e.getMessage(),
                    e);
        }
    }
}
