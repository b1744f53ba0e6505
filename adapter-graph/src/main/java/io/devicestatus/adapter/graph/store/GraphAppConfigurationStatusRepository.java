package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppConfigurationStatusFilter;
import io.devicestatus.application.port.out.AppConfigurationStatusRepository;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;

/**
 * App-configuration device statuses in Graph:
 * {@code /deviceAppManagement/{mobileAppConfigurations|iosLobAppProvisioningConfigurations}/{id}/deviceStatuses}.
 * Their natural key (display name and UPN) is not filterable, so finding by key reads the configuration's statuses.
 */
final class GraphAppConfigurationStatusRepository
        extends GraphStatusRepository<
                AppConfigurationDeviceStatus,
                ConfigurationScope,
                AppConfigurationDeviceStatus.Draft,
                AppConfigurationStatusFilter>
        implements AppConfigurationStatusRepository {

    GraphAppConfigurationStatusRepository(GraphClient client, TenantId tenant, GraphVersions versions) {
        super(
                client,
                tenant,
                AppConfigurationKind.INSTANCE,
                EntityCodecs.APP_CONFIGURATION,
                new StatusCollection<>(
                        scope -> versions.appConfiguration(scope.collection()),
                        scope -> GraphPaths.appConfigurationStatuses(scope.collection(), scope.configurationId()),
                        Option.none()),
                filter -> ODataFilter.ANY.andEnum("status", filter.status()),
                "lastReportedDateTime",
                Option.none());
    }
}
