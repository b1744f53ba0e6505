package io.devicestatus.application.port.out;

import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/** Storage of iOS update statuses. */
public interface IosUpdateStatusRepository
        extends StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateStatusFilter> {}
