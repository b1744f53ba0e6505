/**
 * The use cases a platform calls, generic over the status type so that each is written once; {@link
 * io.devicestatus.application.service.DeviceStatusApplication} hands out the three typed sets. Commands and
 * queries are checked with jakarta.validation at this boundary (their annotations), then by the domain.
 *
 * <p>Type parameters throughout: {@code T} the status (aggregate), {@code S} its scope, {@code D} its draft,
 * {@code F} its list filter.
 */
package io.devicestatus.application.port.in;
