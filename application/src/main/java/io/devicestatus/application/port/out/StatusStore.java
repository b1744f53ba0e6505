package io.devicestatus.application.port.out;

import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/**
 * One adapter's storage: a repository per status type and the transactions over them. Because all four come from one
 * store, a unit of work {@link #transactions()} runs covers the writes of every repository of the same store; a store
 * is the unit an adapter offers and the application is built from.
 *
 * <p>Every method answers the same instance on every call; none answers null. Implementations are thread-safe.
 */
public interface StatusStore {

    /** Storage of iOS update statuses, scoped by tenant. */
    StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdateStatuses();

    /** Storage of app-configuration device statuses, scoped by configuration. */
    StatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurationStatuses();

    /** Storage of app-install device statuses, scoped by app and user status. */
    StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> appInstallStatuses();

    /** Units of work spanning calls to this store's repositories. */
    TransactionPort transactions();
}
