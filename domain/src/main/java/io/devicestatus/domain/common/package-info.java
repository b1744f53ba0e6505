/**
 * What the three device-status types share: Graph enumerations ({@link io.devicestatus.domain.common.GraphEnum},
 * {@link io.devicestatus.domain.common.GraphEnumType}), {@code DateTimeOffset}
 * ({@link io.devicestatus.domain.common.GraphDateTime}), ids, user principal names, the text and time rules, and the
 * small helpers that accumulate violations and express lifecycles as tables.
 */
package io.devicestatus.domain.common;
