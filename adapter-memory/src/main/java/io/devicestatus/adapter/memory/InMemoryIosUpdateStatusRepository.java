package io.devicestatus.adapter.memory;

import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/** {@link IosUpdateStatusRepository} in memory. */
public final class InMemoryIosUpdateStatusRepository
        extends InMemoryStatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateStatusFilter>
        implements IosUpdateStatusRepository {

    InMemoryIosUpdateStatusRepository(InMemoryDatabase database) {
        super(database, IosUpdateKind.INSTANCE);
    }
}
