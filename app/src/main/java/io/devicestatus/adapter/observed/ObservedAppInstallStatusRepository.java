package io.devicestatus.adapter.observed;

import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;

/** {@link ObservedStatusRepository} of the {@code app-install} port. */
public final class ObservedAppInstallStatusRepository
        extends ObservedStatusRepository<MobileAppInstallStatus, AppInstallScope, AppInstallStatusFilter>
        implements AppInstallStatusRepository {

    public ObservedAppInstallStatusRepository(AppInstallStatusRepository delegate, StoreCallObserver observer) {
        super(delegate, "app-install", observer);
    }
}
