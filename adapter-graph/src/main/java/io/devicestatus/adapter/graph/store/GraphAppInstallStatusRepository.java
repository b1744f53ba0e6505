package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.AppInstallStatusFilter;
import io.devicestatus.application.port.out.AppInstallStatusRepository;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;

/**
 * App-install statuses in Graph (beta):
 * {@code /deviceAppManagement/mobileApps/{id}[/userStatuses/{id}]/deviceStatuses}. Microsoft's service answers 400
 * for these since June 2023; that answer becomes an {@code Invalid} on {@code scope} saying so.
 */
final class GraphAppInstallStatusRepository
        extends GraphStatusRepository<
                MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft, AppInstallStatusFilter>
        implements AppInstallStatusRepository {

    GraphAppInstallStatusRepository(GraphClient client, TenantId tenant, ApiVersion version) {
        super(
                client,
                tenant,
                AppInstallKind.INSTANCE,
                EntityCodecs.APP_INSTALL,
                new StatusCollection<>(
                        scope -> version,
                        scope -> GraphPaths.appInstallStatuses(scope.mobileAppId(), scope.userStatusId()),
                        Option.none()),
                filter -> ODataFilter.ANY
                        .andEnum("installState", filter.installState())
                        .andText("deviceId", filter.deviceId()),
                "lastSyncDateTime",
                Option.some("deviceId"));
    }
}
