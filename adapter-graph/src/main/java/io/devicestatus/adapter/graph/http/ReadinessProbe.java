package io.devicestatus.adapter.graph.http;

import io.vavr.control.Option;

/**
 * Whether the service behind the API can answer now, asked by {@code GET /health/ready}: a load balancer or an
 * orchestrator sends traffic only while it answers 200. A probe must return within a short time (it runs on a
 * request thread), and must not throw.
 */
@FunctionalInterface
public interface ReadinessProbe {

    /** Nothing when ready; otherwise why not, in words an operator acts on (never a password). */
    Option<String> problem();

    /** A probe that is always ready: a store with nothing to lose, such as one in memory. */
    static ReadinessProbe alwaysReady() {
        return Option::none;
    }
}
