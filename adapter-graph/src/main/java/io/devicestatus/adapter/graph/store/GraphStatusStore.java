package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.wire.GraphPaths;
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
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The outbound ports backed by a Graph service: the store a platform hands {@code DeviceStatusApplication} instead
 * of the SQL store. Thread-safe; the {@link GraphClient} is shared by its repositories.
 *
 * <p>A Graph store talks to one tenant: the one its access tokens are for, named when it is made. Any call naming
 * another tenant (a scope, a key, a status, a list, count or summary) is refused as {@code Invalid} on
 * {@code scope.tenant} before anything is sent. A platform serving many tenants makes one store (and one client, with
 * that tenant's tokens) per tenant, and routes each tenant's requests to its own application.
 *
 * <pre>{@code
 * var tokens = TenantTokens.boundTo(tenant, msalTokensFor(tenant));   // refuses a token naming another tenant
 * var client = new GraphClient(GraphClientSettings.defaults(GraphCloud.GLOBAL.baseUrl()), tokens);
 * var graph = GraphStatusStore.of(client, tenant);
 * var application = new DeviceStatusApplication(graph, IdGeneratorPort.randomUuids(),
 *         CommandValidator.withDefaultProvider(), DeviceStatusSettings.defaults(Clock.systemUTC()));
 * }</pre>
 */
public final class GraphStatusStore implements StatusStore {

    private final GraphStatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft>
            iosUpdateStatuses;
    private final GraphStatusRepository<
                    AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            appConfigurationStatuses;
    private final GraphStatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
            appInstallStatuses;
    private final GraphTransaction transactions = new GraphTransaction();
    private final TenantId tenant;

    private GraphStatusStore(GraphClient client, TenantId tenant, GraphVersions versions) {
        Objects.requireNonNull(client, "client");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(versions, "versions");
        this.iosUpdateStatuses = new GraphStatusRepository<>(
                client, tenant, IosUpdateKind.INSTANCE, EntityCodecs.IOS_UPDATE, iosUpdates(tenant, versions));
        this.appConfigurationStatuses = new GraphStatusRepository<>(
                client,
                tenant,
                AppConfigurationKind.INSTANCE,
                EntityCodecs.APP_CONFIGURATION,
                appConfigurations(versions));
        this.appInstallStatuses = new GraphStatusRepository<>(
                client, tenant, AppInstallKind.INSTANCE, EntityCodecs.APP_INSTALL, appInstalls(versions));
    }

    /** iOS update statuses in Graph: {@code /deviceManagement/iosUpdateStatuses}, the tenant's one collection. */
    private static StatusCollection<TenantScope> iosUpdates(TenantId tenant, GraphVersions versions) {
        return new StatusCollection<>(
                scope -> versions.iosUpdate(),
                scope -> GraphPaths.iosUpdateStatuses(),
                Option.some(TenantScope.of(tenant)));
    }

    /**
     * App-configuration device statuses in Graph:
     * {@code /deviceAppManagement/{mobileAppConfigurations|iosLobAppProvisioningConfigurations}/{id}/deviceStatuses}.
     * Their natural key (display name and UPN) is not filterable, so finding by key reads the configuration's
     * statuses.
     */
    private static StatusCollection<ConfigurationScope> appConfigurations(GraphVersions versions) {
        return new StatusCollection<>(
                scope -> versions.appConfiguration(scope.collection()),
                scope -> GraphPaths.appConfigurationStatuses(scope.collection(), scope.configurationId()),
                Option.none());
    }

    /**
     * App-install statuses in Graph (beta): {@code /deviceAppManagement/mobileApps/{id}[/userStatuses/{id}]/deviceStatuses}.
     * Microsoft's service answers 400 for these since June 2023; that answer becomes an {@code Invalid} on
     * {@code scope} saying so.
     */
    private static StatusCollection<AppInstallScope> appInstalls(GraphVersions versions) {
        return new StatusCollection<>(
                scope -> versions.appInstall(),
                scope -> GraphPaths.appInstallStatuses(scope.mobileAppId(), scope.userStatusId()),
                Option.none());
    }

    /**
     * The store of {@code tenant}, the tenant {@code client}'s access tokens are for, with the
     * {@link GraphVersions#defaults() default API versions}.
     */
    public static GraphStatusStore of(GraphClient client, TenantId tenant) {
        return new GraphStatusStore(client, tenant, GraphVersions.defaults());
    }

    public static GraphStatusStore of(GraphClient client, TenantId tenant, GraphVersions versions) {
        return new GraphStatusStore(client, tenant, versions);
    }

    /** The one tenant this store talks to. */
    public TenantId tenant() {
        return tenant;
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

    /** Units of work that cannot be undone: see {@link GraphTransaction}. */
    @Override
    public TransactionPort transactions() {
        return transactions;
    }
}
