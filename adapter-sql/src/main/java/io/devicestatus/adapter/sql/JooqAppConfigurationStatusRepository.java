package io.devicestatus.adapter.sql;

import io.devicestatus.adapter.sql.schema.AppConfigurationStatusRecord;
import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;

/** {@link AppConfigurationStatusRepository} on SQL; see {@link JooqStatusRepository} for how it reads and writes. */
public final class JooqAppConfigurationStatusRepository
        extends JooqStatusRepository<
                AppConfigurationDeviceStatus,
                ConfigurationScope,
                AppConfigurationStatusFilter,
                AppConfigurationStatusRecord>
        implements AppConfigurationStatusRepository {

    JooqAppConfigurationStatusRepository(JooqTransaction transactions) {
        super(new AppConfigurationStatusRows(), transactions);
    }
}
