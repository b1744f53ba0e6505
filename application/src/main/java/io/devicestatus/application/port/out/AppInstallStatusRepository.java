package io.devicestatus.application.port.out;

import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;

/** Storage of app-install device statuses. */
public interface AppInstallStatusRepository
        extends StatusRepository<MobileAppInstallStatus, AppInstallScope, AppInstallStatusFilter> {}
