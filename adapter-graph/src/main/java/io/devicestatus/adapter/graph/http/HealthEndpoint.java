package io.devicestatus.adapter.graph.http;

import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health} and {@code /health/live}: the process answers, 200 whatever its store does (restarting it would
 * not bring a database back). {@code /health/ready}: whether to send it traffic, as its {@link ReadinessProbe} says;
 * 503 in Graph's error shape, naming the problem, when not. None needs a token.
 */
final class HealthEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoint.class);
    private static final Set<String> PATHS = io.vavr.collection.HashSet.of("/health", "/health/live", "/health/ready");
    private static final byte[] UP = "{\"status\":\"up\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] READY = "{\"status\":\"ready\"}".getBytes(StandardCharsets.UTF_8);
    /** Seconds a load balancer is told to wait before asking an unready instance again. */
    static final String NOT_READY_RETRY_AFTER = "5";

    private final ReadinessProbe readiness;

    HealthEndpoint(ReadinessProbe readiness) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    /** Whether {@code path} is one of the health paths. */
    static boolean serves(String path) {
        return PATHS.contains(path);
    }

    /** The answer to {@code GET path}, a health path. */
    Either<Failure, ApiResponse> answer(String path) {
        if (!path.equals("/health/ready")) {
            return Either.right(ApiResponse.json(200, UP));
        }
        // a probe must not throw; one that does is taken as not ready rather than as a 500
        var problem = Try.of(readiness::problem)
                .onFailure(e -> LOG.warn("the readiness probe failed: {}", e.toString()))
                .getOrElse(() -> Option.some("its readiness could not be checked"));
        return problem.<Either<Failure, ApiResponse>>map(
                        why -> Either.left(Failure.of(503, "ServiceUnavailable", "The service is not ready: " + why)
                                .withHeader("Retry-After", NOT_READY_RETRY_AFTER)))
                .getOrElse(() -> Either.right(ApiResponse.json(200, READY)));
    }
}
