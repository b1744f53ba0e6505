package io.devicestatus.adapter.memory;

/**
 * One in-memory store: the three repositories and the transactions over them, sharing one lock. Each store is
 * independent of every other.
 *
 * <pre>{@code
 * var store = new InMemoryStore();
 * var app = new DeviceStatusApplication(store.iosUpdateStatuses(), store.appConfigurationStatuses(),
 *         store.appInstallStatuses(), store.transactions(), IdGeneratorPort.randomUuids(),
 *         CommandValidator.withDefaultProvider(), DeviceStatusSettings.defaults(Clock.systemUTC()));
 * }</pre>
 */
public final class InMemoryStore {

    private final InMemoryIosUpdateStatusRepository iosUpdateStatuses;
    private final InMemoryAppConfigurationStatusRepository appConfigurationStatuses;
    private final InMemoryAppInstallStatusRepository appInstallStatuses;
    private final InMemoryTransaction transactions;

    public InMemoryStore() {
        var database = new InMemoryDatabase();
        this.iosUpdateStatuses = new InMemoryIosUpdateStatusRepository(database);
        this.appConfigurationStatuses = new InMemoryAppConfigurationStatusRepository(database);
        this.appInstallStatuses = new InMemoryAppInstallStatusRepository(database);
        this.transactions = new InMemoryTransaction(database);
    }

    public InMemoryIosUpdateStatusRepository iosUpdateStatuses() {
        return iosUpdateStatuses;
    }

    public InMemoryAppConfigurationStatusRepository appConfigurationStatuses() {
        return appConfigurationStatuses;
    }

    public InMemoryAppInstallStatusRepository appInstallStatuses() {
        return appInstallStatuses;
    }

    public InMemoryTransaction transactions() {
        return transactions;
    }
}
