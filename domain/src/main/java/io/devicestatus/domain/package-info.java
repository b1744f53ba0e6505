/**
 * The pure model of Microsoft Graph (Intune) device-status records.
 *
 * <p>Three aggregates, one per Graph entity type: {@link io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus},
 * {@link io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus} and
 * {@link io.devicestatus.domain.appinstall.MobileAppInstallStatus}. Each is created from a {@code Draft} through a
 * validating {@code create} factory and moved forward with {@code advance}; both return a vavr {@code Either} whose
 * left side is a {@link io.devicestatus.domain.error.DomainError}. Canonical record constructors are for
 * reconstitution from a trusted store and check only that nothing is {@code null}.
 *
 * <p>No I/O, no frameworks, no clock read directly: time arrives through
 * {@link io.devicestatus.domain.common.ReportTimePolicy}. The architecture tests enforce this.
 */
package io.devicestatus.domain;
