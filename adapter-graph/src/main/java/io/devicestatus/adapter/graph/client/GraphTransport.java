package io.devicestatus.adapter.graph.client;

import io.vavr.control.Either;

/**
 * Sends a {@link GraphRequest} and answers: the seam between the client's layers, as in Microsoft's SDK a request
 * passes through a chain of middleware to the HTTP transport. {@link HttpTransport} makes exactly one attempt;
 * {@link RetryHandler} wraps a transport and repeats attempts per the {@link RetryPolicy}.
 */
@FunctionalInterface
interface GraphTransport {

    /**
     * @param request the request
     * @param attempt which attempt this is, from 1: failures and log lines count with it
     * @return the answer when it is below 400 and no redirect; otherwise why not
     */
    Either<GraphFailure, GraphResponse> send(GraphRequest request, int attempt);
}
