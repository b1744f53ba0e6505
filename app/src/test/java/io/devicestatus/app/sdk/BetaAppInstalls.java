package io.devicestatus.app.sdk;

import com.microsoft.graph.beta.models.MobileAppInstallStatus;
import com.microsoft.graph.beta.models.ResultantAppState;
import com.microsoft.graph.beta.models.ResultantAppStateDetail;
import com.microsoft.graph.beta.models.odataerrors.ODataError;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.core.requests.IBaseClient;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /beta/deviceAppManagement/mobileApps/{appId}[/userStatuses/{userStatusId}]/deviceStatuses}: the beta SDK
 * has the {@link MobileAppInstallStatus} model but no request builder for these paths, so this goes through the SDK's
 * {@link RequestAdapter} with a {@link RequestInformation}, the SDK's models and parsable factories and its
 * {@link ODataError} mapping, as a user of the SDK would.
 *
 * @param parent the collection's path under the version root, e.g. {@code /deviceAppManagement/mobileApps/app-1/deviceStatuses}
 */
record BetaAppInstalls(GraphServiceClient graph, String parent) implements SdkCollection<MobileAppInstallStatus> {

    /** The query options as Kiota's URI templates name them ({@code $} encoded). */
    private static final String QUERY = "{?%24top,%24filter,%24select,%24orderby,%24count}";

    private static HashMap<String, ParsableFactory<? extends Parsable>> errors() {
        var errors = new HashMap<String, ParsableFactory<? extends Parsable>>();
        errors.put("XXX", ODataError::createFromDiscriminatorValue);
        return errors;
    }

    private RequestAdapter adapter() {
        return graph.getRequestAdapter();
    }

    private RequestInformation request(HttpMethod method, String template, String id) {
        var pathParameters = new HashMap<String, Object>();
        pathParameters.put("baseurl", adapter().getBaseUrl());
        if (id != null) {
            pathParameters.put("id", id);
        }
        var request = new RequestInformation(method, "{+baseurl}" + parent + template, pathParameters);
        request.headers.tryAdd("Accept", "application/json");
        return request;
    }

    @Override
    public String name() {
        return "beta " + parent.replaceFirst("^/deviceAppManagement/", "");
    }

    /** OData's form of the path: {@code mobileApps('app-1')/userStatuses('user-1')/deviceStatuses}. */
    @Override
    public String contextPath() {
        String[] segments = parent.substring(1).split("/");
        var context = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            boolean key = i % 2 == 0 && i < segments.length - 1;
            context.append(key ? "('" + segments[i] + "')" : "/" + segments[i]);
        }
        return context.toString();
    }

    @Override
    public IBaseClient client() {
        return graph;
    }

    @Override
    public MobileAppInstallStatus sample(int i) {
        var s = new MobileAppInstallStatus();
        s.setDeviceName("iPhone " + i);
        s.setDeviceId("device-" + i);
        s.setLastSyncDateTime(SdkCollection.time(i));
        boolean even = i % 2 == 0;
        s.setMobileAppInstallStatusValue(even ? ResultantAppState.Installed : ResultantAppState.Failed);
        s.setInstallState(even ? ResultantAppState.Installed : ResultantAppState.Failed);
        s.setInstallStateDetail(
                even ? ResultantAppStateDetail.VppAppHasUpdateAvailable : ResultantAppStateDetail.SeeInstallErrorCode);
        s.setErrorCode(even ? 0 : -2016330000 - i);
        s.setOsVersion("17." + i);
        s.setOsDescription("iOS 17." + i + " (21A" + i + ")");
        s.setUserName("User " + i);
        s.setUserPrincipalName("user" + i + "@contoso.example");
        s.setDisplayVersion("2." + i);
        return s;
    }

    @Override
    public MobileAppInstallStatus change() {
        var s = new MobileAppInstallStatus();
        s.setInstallState(ResultantAppState.NotInstalled);
        s.setMobileAppInstallStatusValue(ResultantAppState.NotInstalled);
        s.setInstallStateDetail(ResultantAppStateDetail.UserRejectedInstall);
        s.setErrorCode(0);
        return s;
    }

    @Override
    public MobileAppInstallStatus withId(MobileAppInstallStatus entity, String id) {
        entity.setId(id);
        return entity;
    }

    @Override
    public String id(MobileAppInstallStatus entity) {
        return entity.getId();
    }

    @Override
    public Map<String, Object> properties(MobileAppInstallStatus s) {
        var p = new LinkedHashMap<String, Object>();
        p.put("deviceName", s.getDeviceName());
        p.put("deviceId", s.getDeviceId());
        p.put("lastSyncDateTime", s.getLastSyncDateTime());
        p.put("mobileAppInstallStatusValue", s.getMobileAppInstallStatusValue());
        p.put("installState", s.getInstallState());
        p.put("installStateDetail", s.getInstallStateDetail());
        p.put("errorCode", s.getErrorCode());
        p.put("osVersion", s.getOsVersion());
        p.put("osDescription", s.getOsDescription());
        p.put("userName", s.getUserName());
        p.put("userPrincipalName", s.getUserPrincipalName());
        p.put("displayVersion", s.getDisplayVersion());
        return p;
    }

    @Override
    public String stateProperty() {
        return "installState";
    }

    @Override
    public Object evenState() {
        return ResultantAppState.Installed;
    }

    @Override
    public String timeProperty() {
        return "lastSyncDateTime";
    }

    @Override
    public MobileAppInstallStatus create(MobileAppInstallStatus entity) {
        return adapter().send(createRequest(entity), errors(), factory());
    }

    @Override
    public MobileAppInstallStatus get(String id) {
        return adapter().send(request(HttpMethod.GET, "/{id}", id), errors(), factory());
    }

    private RequestInformation listRequest(Query q) {
        var request = request(HttpMethod.GET, QUERY, null);
        if (q.top() != null) {
            request.addQueryParameter("%24top", q.top());
        }
        if (q.filter() != null) {
            request.addQueryParameter("%24filter", q.filter());
        }
        if (q.select() != null) {
            request.addQueryParameter("%24select", String.join(",", q.select()));
        }
        if (q.orderby() != null) {
            request.addQueryParameter("%24orderby", String.join(",", q.orderby()));
        }
        if (q.count() != null) {
            request.addQueryParameter("%24count", q.count());
        }
        return request;
    }

    @Override
    public Page<MobileAppInstallStatus> list(Query q) {
        MobileAppInstallStatusCollectionResponse page = adapter()
                .send(listRequest(q), errors(), MobileAppInstallStatusCollectionResponse::createFromDiscriminatorValue);
        return new Page<>(
                page.getValue(),
                page.getOdataCount(),
                page.getOdataNextLink(),
                page.getAdditionalData().get("@odata.context"));
    }

    @Override
    public List<MobileAppInstallStatus> pageThrough(Query q) {
        MobileAppInstallStatusCollectionResponse first = adapter()
                .send(listRequest(q), errors(), MobileAppInstallStatusCollectionResponse::createFromDiscriminatorValue);
        return SdkCollection.iterate(
                graph, first, MobileAppInstallStatusCollectionResponse::createFromDiscriminatorValue);
    }

    @Override
    public int countSegment(String filter) {
        var request = request(HttpMethod.GET, "/$count{?%24filter}", null);
        request.headers.clear();
        request.headers.tryAdd("Accept", "text/plain;q=0.9");
        if (filter != null) {
            request.addQueryParameter("%24filter", filter);
        }
        return adapter().sendPrimitive(request, errors(), Integer.class);
    }

    @Override
    public MobileAppInstallStatus patch(String id, MobileAppInstallStatus change, String ifMatch) {
        var request = request(HttpMethod.PATCH, "/{id}", id);
        request.setContentFromParsable(adapter(), "application/json", change);
        if (ifMatch != null) {
            request.headers.add("If-Match", ifMatch);
        }
        return adapter().send(request, errors(), factory());
    }

    @Override
    public void delete(String id) {
        adapter().sendPrimitive(request(HttpMethod.DELETE, "/{id}", id), errors(), Void.class);
    }

    @Override
    public RequestInformation createRequest(MobileAppInstallStatus entity) {
        var request = request(HttpMethod.POST, "", null);
        request.setContentFromParsable(adapter(), "application/json", entity);
        return request;
    }

    @Override
    public ParsableFactory<MobileAppInstallStatus> factory() {
        return MobileAppInstallStatus::createFromDiscriminatorValue;
    }
}
