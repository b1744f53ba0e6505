package io.devicestatus.adapter.graph.auth;

/** The status collections, as far as Graph's permissions tell them apart. */
public enum Resource {
    /** {@code /deviceManagement/iosUpdateStatuses}: Graph's {@code DeviceManagementConfiguration.*} permissions. */
    IOS_UPDATE_STATUSES("iOS update statuses"),
    /**
     * App configuration device statuses and app install statuses, under {@code /deviceAppManagement}: Graph's
     * {@code DeviceManagementApps.*} permissions.
     */
    APP_STATUSES("app statuses");

    private final String description;

    Resource(String description) {
        this.description = description;
    }

    /** How a message names the collection: "iOS update statuses". */
    String description() {
        return description;
    }
}
