package io.devicestatus.app.sdk;

import com.microsoft.graph.beta.models.ManagedDeviceMobileAppConfigurationDeviceStatus;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import java.util.List;

/**
 * The beta configuration device statuses under their two parents, through the beta SDK's request builders (two
 * distinct builder classes of one shape, hence two classes here).
 */
final class BetaConfigurationCollections {

    private BetaConfigurationCollections() {}

    /** {@code /beta/deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses}. */
    static final class MobileAppConfigurations extends BetaCollections.ConfigurationStatuses {

        private final String configId;

        MobileAppConfigurations(GraphServiceClient graph, String configId) {
            super(graph);
            this.configId = configId;
        }

        private com.microsoft.graph.beta.deviceappmanagement.mobileappconfigurations.item.devicestatuses
                        .DeviceStatusesRequestBuilder
                statuses() {
            return graph.deviceAppManagement()
                    .mobileAppConfigurations()
                    .byManagedDeviceMobileAppConfigurationId(configId)
                    .deviceStatuses();
        }

        @Override
        public String name() {
            return "beta mobileAppConfigurations/{id}/deviceStatuses";
        }

        @Override
        public String contextPath() {
            return "deviceAppManagement/mobileAppConfigurations('" + configId + "')/deviceStatuses";
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus create(
                ManagedDeviceMobileAppConfigurationDeviceStatus e) {
            return statuses().post(e);
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus get(String id) {
            return statuses()
                    .byManagedDeviceMobileAppConfigurationDeviceStatusId(id)
                    .get();
        }

        @Override
        public Page<ManagedDeviceMobileAppConfigurationDeviceStatus> list(Query q) {
            return page(statuses().get(rc -> {
                rc.queryParameters.top = q.top();
                rc.queryParameters.filter = q.filter();
                rc.queryParameters.select = q.select();
                rc.queryParameters.orderby = q.orderby();
                rc.queryParameters.count = q.count();
            }));
        }

        @Override
        public List<ManagedDeviceMobileAppConfigurationDeviceStatus> pageThrough(Query q) {
            return iterate(graph, statuses().get(rc -> rc.queryParameters.top = q.top()));
        }

        @Override
        public int countSegment(String filter) {
            return statuses().count().get(rc -> rc.queryParameters.filter = filter);
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus patch(
                String id, ManagedDeviceMobileAppConfigurationDeviceStatus change, String ifMatch) {
            return statuses()
                    .byManagedDeviceMobileAppConfigurationDeviceStatusId(id)
                    .patch(change, rc -> {
                        if (ifMatch != null) {
                            rc.headers.add("If-Match", ifMatch);
                        }
                    });
        }

        @Override
        public void delete(String id) {
            statuses().byManagedDeviceMobileAppConfigurationDeviceStatusId(id).delete();
        }

        @Override
        public RequestInformation createRequest(ManagedDeviceMobileAppConfigurationDeviceStatus e) {
            return statuses().toPostRequestInformation(e);
        }
    }

    /** {@code /beta/deviceAppManagement/iosLobAppProvisioningConfigurations/{configId}/deviceStatuses}. */
    static final class IosLobAppProvisioningConfigurations extends BetaCollections.ConfigurationStatuses {

        private final String configId;

        IosLobAppProvisioningConfigurations(GraphServiceClient graph, String configId) {
            super(graph);
            this.configId = configId;
        }

        private com.microsoft.graph.beta.deviceappmanagement.ioslobappprovisioningconfigurations.item.devicestatuses
                        .DeviceStatusesRequestBuilder
                statuses() {
            return graph.deviceAppManagement()
                    .iosLobAppProvisioningConfigurations()
                    .byIosLobAppProvisioningConfigurationId(configId)
                    .deviceStatuses();
        }

        @Override
        public String name() {
            return "beta iosLobAppProvisioningConfigurations/{id}/deviceStatuses";
        }

        @Override
        public String contextPath() {
            return "deviceAppManagement/iosLobAppProvisioningConfigurations('" + configId + "')/deviceStatuses";
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus create(
                ManagedDeviceMobileAppConfigurationDeviceStatus e) {
            return statuses().post(e);
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus get(String id) {
            return statuses()
                    .byManagedDeviceMobileAppConfigurationDeviceStatusId(id)
                    .get();
        }

        @Override
        public Page<ManagedDeviceMobileAppConfigurationDeviceStatus> list(Query q) {
            return page(statuses().get(rc -> {
                rc.queryParameters.top = q.top();
                rc.queryParameters.filter = q.filter();
                rc.queryParameters.select = q.select();
                rc.queryParameters.orderby = q.orderby();
                rc.queryParameters.count = q.count();
            }));
        }

        @Override
        public List<ManagedDeviceMobileAppConfigurationDeviceStatus> pageThrough(Query q) {
            return iterate(graph, statuses().get(rc -> rc.queryParameters.top = q.top()));
        }

        @Override
        public int countSegment(String filter) {
            return statuses().count().get(rc -> rc.queryParameters.filter = filter);
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus patch(
                String id, ManagedDeviceMobileAppConfigurationDeviceStatus change, String ifMatch) {
            return statuses()
                    .byManagedDeviceMobileAppConfigurationDeviceStatusId(id)
                    .patch(change, rc -> {
                        if (ifMatch != null) {
                            rc.headers.add("If-Match", ifMatch);
                        }
                    });
        }

        @Override
        public void delete(String id) {
            statuses().byManagedDeviceMobileAppConfigurationDeviceStatusId(id).delete();
        }

        @Override
        public RequestInformation createRequest(ManagedDeviceMobileAppConfigurationDeviceStatus e) {
            return statuses().toPostRequestInformation(e);
        }
    }
}
