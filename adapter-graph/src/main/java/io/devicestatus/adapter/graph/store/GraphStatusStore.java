package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.common.TenantId;
import java.util.Objects;

/**
 * The outbound ports backed by a Graph service: what a platform hands {@code DeviceStatusApplication} instead of
 * the SQL store's repositories. Thread-safe; the {@link GraphClient} is shared by all three repositories.
 *
 * <p>A Graph store talks to one tenant: the one its access tokens are for, named when it is made. Any call naming
 * another tenant (a scope, a key, a status, a list, count or summary) is refused as {@code Invalid} on
 * {@code scope.tenant} before anything is sent. A platform serving many tenants makes one store (and one client, with
 * that tenant's tokens) per tenant, and routes each tenant's requests to its own application.
 *
 * <pre>{@code
 * var tokens = TenantTokens.boundTo(tenant, msalTokensFor(tenant));   // refuses a token naming another tenant
 * var client = new GraphClient(GraphClientSettings.defaults(GraphCloud.GLOBAL.baseUrl()), tokens);
 * var graph = GraphStore.of(client, tenant);
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
    private final TenantId tenant;

    private GraphStore(GraphClient client, TenantId tenant, GraphVersions versions) {
        Objects.requireNonNull(client, "client");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(versions, "versions");
        this.iosUpdateStatuses = new GraphIosUpdateStatusRepository(client, tenant, versions.iosUpdate());
        this.appConfigurationStatuses = new GraphAppConfigurationStatusRepository(client, tenant, versions);
        this.appInstallStatuses = new GraphAppInstallStatusRepository(client, tenant, versions.appInstall());
    }

    /**
     * The store of {@code tenant}, the tenant {@code client}'s access tokens are for, with the
     * {@link GraphVersions#defaults() default API versions}.
     */
    public static GraphStore of(GraphClient client, TenantId tenant) {
        return new GraphStore(client, tenant, GraphVersions.defaults());
    }

    public static GraphStore of(GraphClient client, TenantId tenant, GraphVersions versions) {
        return new GraphStore(client, tenant, versions);
    }

    /** The one tenant this store talks to. */
    public TenantId tenant() {
        return tenant;
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
