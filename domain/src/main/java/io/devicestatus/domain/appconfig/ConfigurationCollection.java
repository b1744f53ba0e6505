package io.devicestatus.domain.appconfig;

import io.devicestatus.domain.common.ApiVersion;
import java.util.Set;

/**
 * The two Graph collections whose members own app-configuration device statuses. The same configuration id names
 * different things in each, so the collection is part of a status's scope.
 */
public enum ConfigurationCollection {
    /** {@code /deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses}, v1.0 and beta. */
    MOBILE_APP_CONFIGURATIONS("mobileAppConfigurations", ApiVersion.ALL),
    /** {@code /deviceAppManagement/iosLobAppProvisioningConfigurations/{configId}/deviceStatuses}, beta only. */
    IOS_LOB_APP_PROVISIONING_CONFIGURATIONS("iosLobAppProvisioningConfigurations", ApiVersion.BETA_ONLY);

    private final String pathSegment;
    private final Set<ApiVersion> versions;

    ConfigurationCollection(String pathSegment, Set<ApiVersion> versions) {
        this.pathSegment = pathSegment;
        this.versions = versions;
    }

    /** The collection's URL path segment under {@code /deviceAppManagement}. */
    public String pathSegment() {
        return pathSegment;
    }

    public Set<ApiVersion> versions() {
        return versions;
    }
}
