package io.devicestatus.adapter.memory;

import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/**
 * One in-memory store: a repository per status type and the transactions over them, sharing one lock. Each store is
 * independent of every other.
 *
 * <pre>{@code
 * var app = new DeviceStatusApplication(new InMemoryStatusStore(), IdGeneratorPort.randomUuids(),
 *         CommandValidator.withDefaultProvider(), DeviceStatusSettings.defaults(Clock.systemUTC()));
 * }</pre>
 */
public final class InMemoryStatusStore implements StatusStore {

    private final InMemoryStatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft>
            iosUpdateStatuses;
    private final InMemoryStatusRepository<
                    AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurationStatuses;
    private final InMemoryStatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
            appInstallStatuses;
    private final InMemoryTransaction transactions;

    public InMemoryStatusStore() {
        var database = new InMemoryDatabase();
        this.iosUpdateStatuses = new InMemoryStatusRepository<>(database, IosUpdateKind.INSTANCE);
        this.appConfigurationStatuses = new InMemoryStatusRepository<>(database, AppConfigurationKind.INSTANCE);
        this.appInstallStatuses = new InMemoryStatusRepository<>(database, AppInstallKind.INSTANCE);
        this.transactions = new InMemoryTransaction(database);
    }

    @Override
    public StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdateStatuses() {
        return iosUpdateStatuses;
    }

    @Override
    public StatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurationStatuses() {
        return appConfigurationStatuses;
    }

    @Override
    public StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
            appInstallStatuses() {
        return appInstallStatuses;
    }

    @Override
    public TransactionPort transactions() {
        return transactions;
    }
}
