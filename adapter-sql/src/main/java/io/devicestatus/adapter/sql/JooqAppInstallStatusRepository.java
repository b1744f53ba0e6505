package io.devicestatus.adapter.sql;

import io.devicestatus.adapter.sql.schema.AppInstallStatusRecord;
import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;

/** {@link AppInstallStatusRepository} on SQL; see {@link JooqStatusRepository} for how it reads and writes. */
public final class JooqAppInstallStatusRepository
        extends JooqStatusRepository<
                MobileAppInstallStatus, AppInstallScope, AppInstallStatusFilter, AppInstallStatusRecord>
        implements AppInstallStatusRepository {

    JooqAppInstallStatusRepository(JooqTransaction transactions) {
        super(new AppInstallStatusRows(), transactions);
    }
}
