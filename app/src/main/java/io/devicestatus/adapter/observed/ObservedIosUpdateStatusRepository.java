package io.devicestatus.adapter.observed;

import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/** {@link ObservedStatusRepository} of the {@code ios-update} port. */
public final class ObservedIosUpdateStatusRepository
        extends ObservedStatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateStatusFilter>
        implements IosUpdateStatusRepository {

    public ObservedIosUpdateStatusRepository(IosUpdateStatusRepository delegate, StoreCallObserver observer) {
        super(delegate, "ios-update", observer);
    }
}
