/**
 * Graph's {@code iosUpdateDeviceStatus} (v1.0 and beta): the aggregate, its install-status enum, and the update
 * lifecycle written over phases ({@link io.devicestatus.domain.iosupdate.IosUpdateLifecycle}).
 */
package io.devicestatus.domain.iosupdate;
