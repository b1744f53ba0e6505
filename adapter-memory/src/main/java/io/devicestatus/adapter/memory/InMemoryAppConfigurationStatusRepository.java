package io.devicestatus.adapter.memory;

import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;

/** {@link AppConfigurationStatusRepository} in memory. */
public final class InMemoryAppConfigurationStatusRepository
        extends InMemoryStatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationStatusFilter>
        implements AppConfigurationStatusRepository {

    InMemoryAppConfigurationStatusRepository(InMemoryDatabase database) {
        super(database, AppConfigurationKind.INSTANCE);
    }
}
