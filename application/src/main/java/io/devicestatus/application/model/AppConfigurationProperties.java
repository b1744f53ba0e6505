package io.devicestatus.application.model;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus.Draft;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;

/** The properties of {@code managedDeviceMobileAppConfigurationDeviceStatus}, in Graph's order. */
public final class AppConfigurationProperties {

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
                    v.get(DEVICE_DISPLAY_NAME),
                    v.get(USER_NAME),
                    v.get(DEVICE_MODEL),
                    v.get(PLATFORM),
                    v.get(COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME),
                    v.get(STATUS),
                    v.get(LAST_REPORTED_DATE_TIME),
                    v.get(USER_PRINCIPAL_NAME)),
            DEVICE_DISPLAY_NAME,
            USER_NAME,
            DEVICE_MODEL,
            PLATFORM,
            COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
            STATUS,
            LAST_REPORTED_DATE_TIME,
            USER_PRINCIPAL_NAME);

    /** A new draft, built property by property (see {@link DraftBuilder}). */
    public static DraftBuilder<Draft> draft() {
        return TABLE.builder();
    }

    /** A builder holding {@code draft}'s properties, to change some of them. */
    public static DraftBuilder<Draft> draft(Draft draft) {
        return TABLE.builder(draft);
    }

    private AppConfigurationProperties() {}
}
