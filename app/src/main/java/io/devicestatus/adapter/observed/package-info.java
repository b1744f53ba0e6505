/**
 * Outbound ports observed: a store ({@link io.devicestatus.adapter.observed.ObservedStatusStore}) timing every
 * repository call and transaction of another adapter's store and telling a
 * {@link io.devicestatus.adapter.observed.StoreCallObserver}, for metrics. An adapter like the others (it depends on
 * the application's ports only, not on a metrics library), kept in the app module because the app alone wires it;
 * it can move to a module of its own unchanged.
 */
package io.devicestatus.adapter.observed;
