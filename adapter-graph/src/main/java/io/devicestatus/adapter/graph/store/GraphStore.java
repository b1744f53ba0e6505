package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import java.util.Objects;

/**
 * The outbound ports backed by a Graph service: what a platform hands {@code DeviceStatusApplication} instead of
 * the SQL store's repositories. Thread-safe; the {@link GraphClient} is shared by all three repositories.
 *
 * <pre>{@code
 * var client = new GraphClient(GraphClientSettings.defaults(GraphCloud.GLOBAL.baseUrl()), tokens);
 * var graph = GraphStore.of(client);
 * var application = new DeviceStatusApplication(graph.iosUpdateStatuses(), graph.appConfigurationStatuses(),
 *         graph.appInstallStatuses(), graph.transactions(), IdGeneratorPort.randomUuids(),
 *         CommandValidator.withDefaultProvider(), DeviceStatusSettings.defaults(Clock.systemUTC()));
 * }</pre>
 */
public final class GraphStore {

    private final GraphIosUpdateStatusRepository iosUpdateStatuses;
    private final GraphAppConfigurationStatusRepository appConfigurationStatuses;
    private final GraphAppInstallStatusRepository appInstallStatuses;
    private final GraphTransaction transactions = new GraphTransaction();

    private GraphStore(GraphClient client, GraphVersions versions) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(versions, "versions");
        this.iosUpdateStatuses = new GraphIosUpdateStatusRepository(client, versions.iosUpdate());
        this.appConfigurationStatuses = new GraphAppConfigurationStatusRepository(client, versions);
        this.appInstallStatuses = new GraphAppInstallStatusRepository(client, versions.appInstall());
    }

    /** The store with the {@link GraphVersions#defaults() default API versions}. */
    public static GraphStore of(GraphClient client) {
        return new GraphStore(client, GraphVersions.defaults());
    }

    public static GraphStore of(GraphClient client, GraphVersions versions) {
        return new GraphStore(client, versions);
    }

    public IosUpdateStatusRepository iosUpdateStatuses() {
        return iosUpdateStatuses;
    }

    public AppConfigurationStatusRepository appConfigurationStatuses() {
        return appConfigurationStatuses;
    }

    public AppInstallStatusRepository appInstallStatuses() {
        return appInstallStatuses;
    }

    /** Units of work that cannot be undone: see {@link GraphTransaction}. */
    public TransactionPort transactions() {
        return transactions;
    }
}
