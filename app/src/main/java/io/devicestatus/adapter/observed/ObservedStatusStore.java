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
 * transaction), operation and outcome. Answers are the other store's, unchanged. Built by {@link #of}; the record's
 * components are the observing ports, which answer the store's accessors.
 */
public record ObservedStatusStore(
        StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> iosUpdateStatuses,
        StatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
                appConfigurationStatuses,
        StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> appInstallStatuses,
        TransactionPort transactions)
        implements StatusStore {

    /** {@code delegate} with each of its repositories and its transactions told to {@code observer}. */
    public static ObservedStatusStore of(StatusStore delegate, StoreCallObserver observer) {
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(observer, "observer");
        return new ObservedStatusStore(
                new ObservedStatusRepository<>(delegate.iosUpdateStatuses(), "ios-update", observer),
                new ObservedStatusRepository<>(delegate.appConfigurationStatuses(), "app-configuration", observer),
                new ObservedStatusRepository<>(delegate.appInstallStatuses(), "app-install", observer),
                new ObservedTransaction(delegate.transactions(), observer));
    }
}
