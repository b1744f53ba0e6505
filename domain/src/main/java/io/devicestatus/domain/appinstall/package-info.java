/**
 * Graph's {@code mobileAppInstallStatus} (beta): the aggregate, the state and state-detail enums that carry the
 * compatibility and error-code tables, and the install lifecycle
 * ({@link io.devicestatus.domain.appinstall.AppInstallLifecycle}).
 */
package io.devicestatus.domain.appinstall;
