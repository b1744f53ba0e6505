package io.devicestatus.adapter.sql;

import io.devicestatus.adapter.sql.schema.IosUpdateStatusRecord;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/** {@link IosUpdateStatusRepository} on SQL; see {@link JooqStatusRepository} for how it reads and writes. */
public final class JooqIosUpdateStatusRepository
        extends JooqStatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateStatusFilter, IosUpdateStatusRecord>
        implements IosUpdateStatusRepository {

    JooqIosUpdateStatusRepository(JooqTransaction transactions) {
        super(new IosUpdateStatusRows(), transactions);
    }
}
