package io.devicestatus.adapter.observed;

import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;

/** {@link ObservedStatusRepository} of the {@code app-configuration} port. */
public final class ObservedAppConfigurationStatusRepository
        extends ObservedStatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationStatusFilter>
        implements AppConfigurationStatusRepository {

    public ObservedAppConfigurationStatusRepository(
            AppConfigurationStatusRepository delegate, StoreCallObserver observer) {
        super(delegate, "app-configuration", observer);
    }
}
