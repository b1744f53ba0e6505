/**
 * The outbound Graph adapter: the application's repository ports backed by a remote Microsoft Graph service (or this
 * project's own server), through {@link io.devicestatus.adapter.graph.client.GraphClient}.
 *
 * <p>Start at {@link io.devicestatus.adapter.graph.store.GraphStatusStore}. What a remote store cannot promise, it says:
 * writes are not atomic ({@code writeAll} goes through {@code $batch} and stops at the first refusal, a unit of work
 * cannot be undone), app-configuration and app-install statuses are queried one parent at a time, and versions are
 * the service's ETags (a service that sends none gets last-writer-wins). A store talks to one tenant, its access
 * token's, and refuses a call naming another before sending anything.
 */
package io.devicestatus.adapter.graph.store;
