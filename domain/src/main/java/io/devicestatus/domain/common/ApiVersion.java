package io.devicestatus.domain.common;

import java.util.EnumSet;
import java.util.Set;

/** The Microsoft Graph API versions. Enum members, properties and paths each exist in one or both. */
public enum ApiVersion {
    V1_0("v1.0"),
    BETA("beta");

    /** Present in both versions. */
    public static final Set<ApiVersion> ALL = Set.copyOf(EnumSet.allOf(ApiVersion.class));
    /** Present in beta only. */
    public static final Set<ApiVersion> BETA_ONLY = Set.of(BETA);

    private final String pathSegment;

    ApiVersion(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The URL path segment, {@code v1.0} or {@code beta}. */
    public String pathSegment() {
        return pathSegment;
    }
}
