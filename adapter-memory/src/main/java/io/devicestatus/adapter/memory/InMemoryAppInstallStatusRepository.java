package io.devicestatus.adapter.memory;

import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;

/** {@link AppInstallStatusRepository} in memory. */
public final class InMemoryAppInstallStatusRepository
        extends InMemoryStatusRepository<MobileAppInstallStatus, AppInstallScope, AppInstallStatusFilter>
        implements AppInstallStatusRepository {

    InMemoryAppInstallStatusRepository(InMemoryDatabase database) {
        super(database, AppInstallKind.INSTANCE);
    }
}
