/**
 * The outbound Graph client (issue 6): the HTTP transport that the repository adapters over a remote Graph service
 * are built on.
 *
 * <ul>
 *     <li>Where: {@link io.devicestatus.adapter.graph.client.GraphCloud} (the national clouds) or
 *     {@link io.devicestatus.adapter.graph.client.GraphBaseUrl} (https, or http on loopback only), in
 *     {@link io.devicestatus.adapter.graph.client.GraphClientSettings} with the timeouts and the
 *     {@link io.devicestatus.adapter.graph.client.RetryPolicy}.</li>
 *     <li>Who: an {@link io.devicestatus.adapter.graph.client.AccessTokenProvider}, asked before every attempt.</li>
 *     <li>What: {@link io.devicestatus.adapter.graph.client.GraphClient} sends a
 *     {@link io.devicestatus.adapter.graph.client.GraphRequest} and answers a
 *     {@link io.devicestatus.adapter.graph.client.GraphResponse} or a
 *     {@link io.devicestatus.adapter.graph.client.GraphFailure}; lists page lazily by {@code @odata.nextLink}
 *     ({@link io.devicestatus.adapter.graph.client.GraphPage}); writes go in bulk through {@code $batch}
 *     ({@link io.devicestatus.adapter.graph.client.GraphBatch}), throttled items retried on their own.</li>
 *     <li>How, one type per job as in Microsoft's SDK core: {@code HttpTransport} makes one attempt,
 *     {@code RetryHandler} is the retry middleware around it, {@code PageIterator} walks the pages and
 *     {@code BatchSender} sends {@code GraphBatch} contents with per-item retries; {@code GraphClient} wires them.</li>
 * </ul>
 *
 * Throttling follows {@code Retry-After} ({@link io.devicestatus.adapter.graph.client.RetryAfter}) for as long as the
 * policy's time budget allows; a create is repeated only when the service certainly did not act on it. Tokens go to the base URL's origin only, and never into
 * a log line or a failure.
 */
package io.devicestatus.adapter.graph.client;
