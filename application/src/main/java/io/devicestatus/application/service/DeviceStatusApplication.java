package io.devicestatus.application.service;

import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/**
 * The application assembled from its outbound ports: the use cases of each status type, over one adapter's
 * {@link StatusStore} (whose transactions therefore cover the writes of all its repositories).
 *
 * <pre>{@code
 * var app = new DeviceStatusApplication(store, IdGeneratorPort.randomUuids(), CommandValidator.withDefaultProvider(),
 *         DeviceStatusSettings.defaults(Clock.systemUTC()));
 * app.iosUpdates().report(new ReportStatusCommand<>(TenantScope.of(tenant), draft));
 * }</pre>
 */
public final class DeviceStatusApplication {

    private final StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdates;
    private final StatusService<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurations;
    private final StatusService<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> appInstalls;

    public DeviceStatusApplication(
            StatusStore store, IdGeneratorPort ids, CommandValidator validator, DeviceStatusSettings settings) {
        var transactions = store.transactions();
        this.iosUpdates = StatusService.over(new StatusPorts<>(
                IosUpdateKind.INSTANCE, store.iosUpdateStatuses(), transactions, ids, validator, settings));
        this.appConfigurations = StatusService.over(new StatusPorts<>(
                AppConfigurationKind.INSTANCE,
                store.appConfigurationStatuses(),
                transactions,
                ids,
                validator,
                settings));
        this.appInstalls = StatusService.over(new StatusPorts<>(
                AppInstallKind.INSTANCE, store.appInstallStatuses(), transactions, ids, validator, settings));
    }

    /** {@code iosUpdateDeviceStatus}, scoped by the tenant ({@link TenantScope}), reported by {@code deviceId}. */
    public StatusService<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdates() {
        return iosUpdates;
    }

    /**
     * {@code managedDeviceMobileAppConfigurationDeviceStatus}, scoped by configuration, reported by
     * {@code deviceDisplayName} + {@code userPrincipalName}.
     */
    public StatusService<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurations() {
        return appConfigurations;
    }

    /** {@code mobileAppInstallStatus}, scoped by app (and user-install status), reported by {@code deviceId}. */
    public StatusService<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> appInstalls() {
        return appInstalls;
    }
}
