package io.devicestatus.adapter.graph.store;

import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.common.ApiVersion;
import java.util.Objects;

/**
 * The Graph API version the store talks for each entity type: v1.0 where the entity exists there with every property
 * the domain keeps, beta otherwise. v1.0's app-configuration device status has no {@code platform}, so a v1.0 store
 * would drop it: the default is beta there, and choosing v1.0 means {@code platform} is not kept.
 * {@code iosLobAppProvisioningConfigurations} exists in beta only, so its configuration statuses always go to beta.
 *
 * @param iosUpdate        for {@code iosUpdateDeviceStatus}
 * @param appConfiguration for {@code managedDeviceMobileAppConfigurationDeviceStatus} under
 *                         {@code mobileAppConfigurations}
 * @param appInstall       for {@code mobileAppInstallStatus}
 */
public record GraphVersions(ApiVersion iosUpdate, ApiVersion appConfiguration, ApiVersion appInstall) {

    public GraphVersions {
        Objects.requireNonNull(iosUpdate, "iosUpdate");
        Objects.requireNonNull(appConfiguration, "appConfiguration");
        Objects.requireNonNull(appInstall, "appInstall");
    }

    /** v1.0 for iOS update statuses; beta for app-configuration ({@code platform}) and app-install (beta-only). */
    public static GraphVersions defaults() {
        return new GraphVersions(ApiVersion.V1_0, ApiVersion.BETA, ApiVersion.BETA);
    }

    /**
     * beta for every type: the store of a server whose own API takes beta's members in either version, as
     * {@code serve --store graph} in front of another server. beta is the superset (v1.0's members and properties
     * and more), so every status the domain holds can be written and read back whole; the server's own codec then
     * writes each response for its caller's version (no {@code platform} for a v1.0 caller). Carrying the caller's
     * version upstream instead would lose data: a v1.0 read of a status with {@code platform} would not see it.
     */
    public static GraphVersions superset() {
        return all(ApiVersion.BETA);
    }

    /** Every type in one version. */
    public static GraphVersions all(ApiVersion version) {
        return new GraphVersions(version, version, version);
    }

    public GraphVersions withIosUpdate(ApiVersion version) {
        return new GraphVersions(version, appConfiguration, appInstall);
    }

    public GraphVersions withAppConfiguration(ApiVersion version) {
        return new GraphVersions(iosUpdate, version, appInstall);
    }

    public GraphVersions withAppInstall(ApiVersion version) {
        return new GraphVersions(iosUpdate, appConfiguration, version);
    }

    /** The version for configuration statuses of {@code collection}: beta where the collection is beta-only. */
    ApiVersion appConfiguration(ConfigurationCollection collection) {
        return collection.versions().contains(appConfiguration) ? appConfiguration : ApiVersion.BETA;
    }
}
