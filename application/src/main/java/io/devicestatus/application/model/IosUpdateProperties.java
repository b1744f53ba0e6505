package io.devicestatus.application.model;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus.Draft;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;

/** The properties of {@code iosUpdateDeviceStatus}, in Graph's order. */
public final class IosUpdateProperties {

    public static final Property<Draft, IosUpdatesInstallStatus> INSTALL_STATUS = Property.enumeration(
                    "installStatus", IosUpdatesInstallStatus.TYPE, Draft::installStatus)
            .allowFilter();
    public static final Property<Draft, String> OS_VERSION =
            Property.text("osVersion", Draft::osVersion).allowNull();
    public static final Property<Draft, String> DEVICE_ID =
            Property.text("deviceId", Draft::deviceId).allowNull().allowFilter();
    public static final Property<Draft, String> USER_ID =
            Property.text("userId", Draft::userId).allowNull();
    public static final Property<Draft, String> DEVICE_DISPLAY_NAME =
            Property.text("deviceDisplayName", Draft::deviceDisplayName).allowNull();
    public static final Property<Draft, String> USER_NAME =
            Property.text("userName", Draft::userName).allowNull();
    public static final Property<Draft, String> DEVICE_MODEL =
            Property.text("deviceModel", Draft::deviceModel).allowNull();
    public static final Property<Draft, Integer> PLATFORM =
            Property.int32("platform", Draft::platform).betaOnly();
    public static final Property<Draft, GraphDateTime> COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME = Property.dateTime(
            "complianceGracePeriodExpirationDateTime", Draft::complianceGracePeriodExpirationDateTime);
    public static final Property<Draft, ComplianceStatus> STATUS =
            Property.enumeration("status", ComplianceStatus.TYPE, Draft::status).allowFilter();
    public static final Property<Draft, GraphDateTime> LAST_REPORTED_DATE_TIME =
            Property.dateTime("lastReportedDateTime", Draft::lastReportedDateTime);
    public static final Property<Draft, String> USER_PRINCIPAL_NAME =
            Property.text("userPrincipalName", Draft::userPrincipalName).allowNull();

    public static final PropertyTable<Draft> TABLE = PropertyTable.of(
            v -> new Draft(
                    v.get(INSTALL_STATUS),
                    v.get(OS_VERSION),
                    v.get(DEVICE_ID),
                    v.get(USER_ID),
                    v.get(DEVICE_DISPLAY_NAME),
                    v.get(USER_NAME),
                    v.get(DEVICE_MODEL),
                    v.get(PLATFORM),
                    v.get(COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME),
                    v.get(STATUS),
                    v.get(LAST_REPORTED_DATE_TIME),
                    v.get(USER_PRINCIPAL_NAME)),
            INSTALL_STATUS,
            OS_VERSION,
            DEVICE_ID,
            USER_ID,
            DEVICE_DISPLAY_NAME,
            USER_NAME,
            DEVICE_MODEL,
            PLATFORM,
            COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
            STATUS,
            LAST_REPORTED_DATE_TIME,
            USER_PRINCIPAL_NAME);

    /** A new {@code iosUpdateDeviceStatus} draft, built property by property (see {@link DraftBuilder}). */
    public static DraftBuilder<Draft> draft() {
        return TABLE.builder();
    }

    /** A builder holding {@code draft}'s properties, to change some of them. */
    public static DraftBuilder<Draft> draft(Draft draft) {
        return TABLE.builder(draft);
    }

    private IosUpdateProperties() {}
}
