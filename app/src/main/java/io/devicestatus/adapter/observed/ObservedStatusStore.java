package io.devicestatus.adapter.observed;

import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import java.util.Objects;

/**
 * Another adapter's store, every repository call and transaction timed and told to a {@link StoreCallObserver}: calls
 * are told by status type ({@code ios-update}, {@code app-configuration}, {@code app-install}; {@code any} for a
 * transaction), operation and outcome. Answers are the other store's, unchanged.
 */
public final class ObservedStatusStore implements StatusStore {

    private final ObservedStatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft>
            iosUpdateStatuses;
    private final ObservedStatusRepository<
                    AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurationStatuses;
    private final ObservedStatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
            appInstallStatuses;
    private final ObservedTransaction transactions;

    public ObservedStatusStore(StatusStore delegate, StoreCallObserver observer) {
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(observer, "observer");
        this.iosUpdateStatuses = new ObservedStatusRepository<>(delegate.iosUpdateStatuses(), "ios-update", observer);
        this.appConfigurationStatuses =
                new ObservedStatusRepository<>(delegate.appConfigurationStatuses(), "app-configuration", observer);
        this.appInstallStatuses =
                new ObservedStatusRepository<>(delegate.appInstallStatuses(), "app-install", observer);
        this.transactions = new ObservedTransaction(delegate.transactions(), observer);
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
