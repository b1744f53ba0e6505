package io.devicestatus.adapter.graph.store;

import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.wire.GraphPaths;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.IosUpdateStatusRepository;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.control.Option;

/** iOS update statuses in Graph: {@code /deviceManagement/iosUpdateStatuses}. */
final class GraphIosUpdateStatusRepository
        extends GraphStatusRepository<
                IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft, IosUpdateStatusFilter>
        implements IosUpdateStatusRepository {

    GraphIosUpdateStatusRepository(GraphClient client, TenantId tenant, ApiVersion version) {
        super(
                client,
                tenant,
                IosUpdateKind.INSTANCE,
                EntityCodecs.IOS_UPDATE,
                new StatusCollection<>(
                        scope -> version, scope -> GraphPaths.iosUpdateStatuses(), Option.some(TenantScope.of(tenant))),
                filter -> ODataFilter.ANY
                        .andEnum("installStatus", filter.installStatus())
                        .andEnum("status", filter.status())
                        .andText("deviceId", filter.deviceId()),
                "lastReportedDateTime",
                Option.some("deviceId"));
    }
}
