/**
 * The use cases' implementations, written once for the three status types over a {@link
 * io.devicestatus.application.model.StatusKind}, and {@link
 * io.devicestatus.application.service.DeviceStatusApplication}, which assembles them from the outbound ports.
 */
package io.devicestatus.application.service;
