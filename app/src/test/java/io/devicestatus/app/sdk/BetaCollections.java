package io.devicestatus.app.sdk;

import com.microsoft.graph.beta.devicemanagement.iosupdatestatuses.IosUpdateStatusesRequestBuilder;
import com.microsoft.graph.beta.models.ComplianceStatus;
import com.microsoft.graph.beta.models.IosUpdateDeviceStatus;
import com.microsoft.graph.beta.models.IosUpdateDeviceStatusCollectionResponse;
import com.microsoft.graph.beta.models.IosUpdatesInstallStatus;
import com.microsoft.graph.beta.models.ManagedDeviceMobileAppConfigurationDeviceStatus;
import com.microsoft.graph.beta.models.ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.core.requests.IBaseClient;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three beta collections the beta SDK has request builders for. */
final class BetaCollections {

    private BetaCollections() {}

    /** {@code /beta/deviceManagement/iosUpdateStatuses}; odd samples carry the beta-only {@code updateScanFailed}. */
    record IosUpdates(GraphServiceClient graph) implements SdkCollection<IosUpdateDeviceStatus> {

        private IosUpdateStatusesRequestBuilder statuses() {
            return graph.deviceManagement().iosUpdateStatuses();
        }

        @Override
        public String name() {
            return "beta iosUpdateStatuses";
        }

        @Override
        public String contextPath() {
            return "deviceManagement/iosUpdateStatuses";
        }

        @Override
        public IBaseClient client() {
            return graph;
        }

        @Override
        public IosUpdateDeviceStatus sample(int i) {
            var s = new IosUpdateDeviceStatus();
            s.setInstallStatus(
                    i % 2 == 0 ? IosUpdatesInstallStatus.Installing : IosUpdatesInstallStatus.UpdateScanFailed);
            s.setOsVersion("17." + i);
            s.setDeviceId("device-" + i);
            s.setUserId("user-" + i);
            s.setDeviceDisplayName("iPhone " + i);
            s.setUserName("User " + i);
            s.setDeviceModel("iPhone15,2");
            s.setPlatform(8);
            s.setComplianceGracePeriodExpirationDateTime(SdkCollection.time(i + 1000));
            s.setStatus(ComplianceStatus.Conflict);
            s.setLastReportedDateTime(SdkCollection.time(i));
            s.setUserPrincipalName("user" + i + "@contoso.example");
            return s;
        }

        @Override
        public IosUpdateDeviceStatus change() {
            var s = new IosUpdateDeviceStatus();
            s.setInstallStatus(IosUpdatesInstallStatus.Timeout);
            s.setOsVersion("18.0");
            return s;
        }

        @Override
        public IosUpdateDeviceStatus withId(IosUpdateDeviceStatus entity, String id) {
            entity.setId(id);
            return entity;
        }

        @Override
        public String id(IosUpdateDeviceStatus entity) {
            return entity.getId();
        }

        @Override
        public Map<String, Object> properties(IosUpdateDeviceStatus s) {
            var p = new LinkedHashMap<String, Object>();
            p.put("installStatus", s.getInstallStatus());
            p.put("osVersion", s.getOsVersion());
            p.put("deviceId", s.getDeviceId());
            p.put("userId", s.getUserId());
            p.put("deviceDisplayName", s.getDeviceDisplayName());
            p.put("userName", s.getUserName());
            p.put("deviceModel", s.getDeviceModel());
            p.put("platform", s.getPlatform());
            p.put("complianceGracePeriodExpirationDateTime", s.getComplianceGracePeriodExpirationDateTime());
            p.put("status", s.getStatus());
            p.put("lastReportedDateTime", s.getLastReportedDateTime());
            p.put("userPrincipalName", s.getUserPrincipalName());
            return p;
        }

        @Override
        public String stateProperty() {
            return "installStatus";
        }

        @Override
        public Object evenState() {
            return IosUpdatesInstallStatus.Installing;
        }

        @Override
        public String timeProperty() {
            return "lastReportedDateTime";
        }

        @Override
        public IosUpdateDeviceStatus create(IosUpdateDeviceStatus entity) {
            return statuses().post(entity);
        }

        @Override
        public IosUpdateDeviceStatus get(String id) {
            return statuses().byIosUpdateDeviceStatusId(id).get();
        }

        @Override
        public Page<IosUpdateDeviceStatus> list(Query q) {
            var page = statuses().get(rc -> {
                rc.queryParameters.top = q.top();
                rc.queryParameters.filter = q.filter();
                rc.queryParameters.select = q.select();
                rc.queryParameters.orderby = q.orderby();
                rc.queryParameters.count = q.count();
            });
            return new Page<>(
                    page.getValue(),
                    page.getOdataCount(),
                    page.getOdataNextLink(),
                    page.getAdditionalData().get("@odata.context"));
        }

        @Override
        public List<IosUpdateDeviceStatus> pageThrough(Query q) {
            var first = statuses().get(rc -> rc.queryParameters.top = q.top());
            return SdkCollection.iterate(
                    graph, first, IosUpdateDeviceStatusCollectionResponse::createFromDiscriminatorValue);
        }

        @Override
        public int countSegment(String filter) {
            return statuses().count().get(rc -> rc.queryParameters.filter = filter);
        }

        @Override
        public IosUpdateDeviceStatus patch(String id, IosUpdateDeviceStatus change, String ifMatch) {
            return statuses().byIosUpdateDeviceStatusId(id).patch(change, rc -> {
                if (ifMatch != null) {
                    rc.headers.add("If-Match", ifMatch);
                }
            });
        }

        @Override
        public void delete(String id) {
            statuses().byIosUpdateDeviceStatusId(id).delete();
        }

        @Override
        public RequestInformation createRequest(IosUpdateDeviceStatus entity) {
            return statuses().toPostRequestInformation(entity);
        }

        @Override
        public ParsableFactory<IosUpdateDeviceStatus> factory() {
            return IosUpdateDeviceStatus::createFromDiscriminatorValue;
        }
    }

    /** The beta model of a configuration's device status, shared by its two beta paths. */
    abstract static class ConfigurationStatuses
            implements SdkCollection<ManagedDeviceMobileAppConfigurationDeviceStatus> {

        final GraphServiceClient graph;

        ConfigurationStatuses(GraphServiceClient graph) {
            this.graph = graph;
        }

        @Override
        public IBaseClient client() {
            return graph;
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus sample(int i) {
            var s = new ManagedDeviceMobileAppConfigurationDeviceStatus();
            s.setDeviceDisplayName("iPad " + i);
            s.setUserName("User " + i);
            s.setDeviceModel("iPad13,1");
            s.setPlatform(i);
            s.setComplianceGracePeriodExpirationDateTime(SdkCollection.time(i + 1000));
            s.setStatus(i % 2 == 0 ? ComplianceStatus.Compliant : ComplianceStatus.NotAssigned);
            s.setLastReportedDateTime(SdkCollection.time(i));
            s.setUserPrincipalName("user" + i + "@contoso.example");
            return s;
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus change() {
            var s = new ManagedDeviceMobileAppConfigurationDeviceStatus();
            s.setStatus(ComplianceStatus.Remediated);
            s.setDeviceModel("iPad14,1");
            return s;
        }

        @Override
        public ManagedDeviceMobileAppConfigurationDeviceStatus withId(
                ManagedDeviceMobileAppConfigurationDeviceStatus entity, String id) {
            entity.setId(id);
            return entity;
        }

        @Override
        public String id(ManagedDeviceMobileAppConfigurationDeviceStatus entity) {
            return entity.getId();
        }

        @Override
        public Map<String, Object> properties(ManagedDeviceMobileAppConfigurationDeviceStatus s) {
            var p = new LinkedHashMap<String, Object>();
            p.put("deviceDisplayName", s.getDeviceDisplayName());
            p.put("userName", s.getUserName());
            p.put("deviceModel", s.getDeviceModel());
            p.put("platform", s.getPlatform());
            p.put("complianceGracePeriodExpirationDateTime", s.getComplianceGracePeriodExpirationDateTime());
            p.put("status", s.getStatus());
            p.put("lastReportedDateTime", s.getLastReportedDateTime());
            p.put("userPrincipalName", s.getUserPrincipalName());
            return p;
        }

        @Override
        public String stateProperty() {
            return "status";
        }

        @Override
        public Object evenState() {
            return ComplianceStatus.Compliant;
        }

        @Override
        public String timeProperty() {
            return "lastReportedDateTime";
        }

        @Override
        public ParsableFactory<ManagedDeviceMobileAppConfigurationDeviceStatus> factory() {
            return ManagedDeviceMobileAppConfigurationDeviceStatus::createFromDiscriminatorValue;
        }

        static List<ManagedDeviceMobileAppConfigurationDeviceStatus> iterate(
                GraphServiceClient graph, ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse first) {
            return SdkCollection.iterate(
                    graph,
                    first,
                    ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse::createFromDiscriminatorValue);
        }

        static Page<ManagedDeviceMobileAppConfigurationDeviceStatus> page(
                ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse page) {
            return new Page<>(
                    page.getValue(),
                    page.getOdataCount(),
                    page.getOdataNextLink(),
                    page.getAdditionalData().get("@odata.context"));
        }
    }
}
