package io.devicestatus.adapter.graph.wire;

import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.common.ApiVersion;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The device-status collections' paths below a version root, declared once: the inbound API resolves and templates
 * requests by them, the outbound store sends requests to them. Each shape is one private method; a concrete path
 * fills it with percent-encoded ids ({@link UriSegments#encode}), a route template with placeholders.
 *
 * <pre>
 * /deviceManagement/iosUpdateStatuses                                                       every version
 * /deviceAppManagement/{configurations}/{configId}/deviceStatuses                           the collection's versions
 * /deviceAppManagement/mobileApps/{mobileAppId}[/userStatuses/{userStatusId}]/deviceStatuses  beta only
 * </pre>
 *
 * {@code {configurations}} is a {@link ConfigurationCollection}'s {@link ConfigurationCollection#pathSegment()}
 * ({@code mobileAppConfigurations}, or {@code iosLobAppProvisioningConfigurations}, which beta alone has).
 */
public final class GraphPaths {

    public static final String DEVICE_MANAGEMENT = "deviceManagement";
    public static final String IOS_UPDATE_STATUSES = "iosUpdateStatuses";
    public static final String DEVICE_APP_MANAGEMENT = "deviceAppManagement";
    public static final String MOBILE_APPS = "mobileApps";
    public static final String USER_STATUSES = "userStatuses";
    public static final String DEVICE_STATUSES = "deviceStatuses";
    /** The segment of the JSON batch endpoint under a version. */
    public static final String BATCH = "$batch";
    /** OData's segment for the number of a collection's members, after the collection. */
    public static final String COUNT = "$count";

    private GraphPaths() {}

    /** {@code /deviceManagement/iosUpdateStatuses}. */
    public static String iosUpdateStatuses() {
        return "/" + DEVICE_MANAGEMENT + "/" + IOS_UPDATE_STATUSES;
    }

    /** {@code /deviceAppManagement/{configurations}/{configurationId}/deviceStatuses}, the id encoded. */
    public static String appConfigurationStatuses(ConfigurationCollection configurations, String configurationId) {
        return appConfiguration(configurations, UriSegments.encode(configurationId));
    }

    /** {@code /deviceAppManagement/mobileApps/{mobileAppId}[/userStatuses/{userStatusId}]/deviceStatuses}, encoded. */
    public static String appInstallStatuses(String mobileAppId, Option<String> userStatusId) {
        return appInstall(UriSegments.encode(mobileAppId), userStatusId.map(UriSegments::encode));
    }

    /** Whether {@code version} has app-install statuses ({@code mobileAppInstallStatus}): beta only. */
    public static boolean hasAppInstallStatuses(ApiVersion version) {
        return version == ApiVersion.BETA;
    }

    /**
     * Every status collection {@code version} has, as a template with placeholders ({@code {configId}},
     * {@code {mobileAppId}}, {@code {userStatusId}}) for the ids, in a fixed order.
     */
    public static Seq<String> collectionTemplates(ApiVersion version) {
        var configurations = List.of(ConfigurationCollection.values())
                .filter(collection -> collection.versions().contains(version))
                .map(collection -> appConfiguration(collection, "{configId}"));
        var installs = hasAppInstallStatuses(version)
                ? List.of(
                        appInstall("{mobileAppId}", Option.none()),
                        appInstall("{mobileAppId}", Option.some("{userStatusId}")))
                : List.<String>empty();
        return List.of(iosUpdateStatuses()).appendAll(configurations).appendAll(installs);
    }

    private static String appConfiguration(ConfigurationCollection configurations, String configurationSegment) {
        return "/" + DEVICE_APP_MANAGEMENT + "/" + configurations.pathSegment() + "/" + configurationSegment + "/"
                + DEVICE_STATUSES;
    }

    private static String appInstall(String mobileAppSegment, Option<String> userStatusSegment) {
        return "/" + DEVICE_APP_MANAGEMENT + "/" + MOBILE_APPS + "/" + mobileAppSegment
                + userStatusSegment
                        .map(segment -> "/" + USER_STATUSES + "/" + segment)
                        .getOrElse("")
                + "/" + DEVICE_STATUSES;
    }
}
