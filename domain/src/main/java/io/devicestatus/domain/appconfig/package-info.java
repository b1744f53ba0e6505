/**
 * Graph's {@code managedDeviceMobileAppConfigurationDeviceStatus}: the aggregate and its parent scope, a
 * configuration in one of two collections.
 */
package io.devicestatus.domain.appconfig;
