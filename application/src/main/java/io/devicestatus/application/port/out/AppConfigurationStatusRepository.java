package io.devicestatus.application.port.out;

import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;

/** Storage of app-configuration device statuses. */
public interface AppConfigurationStatusRepository
        extends StatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationStatusFilter> {}
