package io.devicestatus.application.model;

import io.devicestatus.domain.appinstall.MobileAppInstallStatus.Draft;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.GraphDateTime;

/** The properties of {@code mobileAppInstallStatus} (beta only), in Graph's order. */
public final class AppInstallProperties {

    public static final Property<Draft, String> DEVICE_NAME =
            Property.text("deviceName", Draft::deviceName).allowNull();
    public static final Property<Draft, String> DEVICE_ID =
            Property.text("deviceId", Draft::deviceId).allowNull().allowFilter();
    public static final Property<Draft, GraphDateTime> LAST_SYNC_DATE_TIME =
            Property.dateTime("lastSyncDateTime", Draft::lastSyncDateTime);
    /** Graph's second name for {@link #INSTALL_STATE}: the same value. */
    public static final Property<Draft, ResultantAppState> MOBILE_APP_INSTALL_STATUS_VALUE = Property.enumeration(
                    "mobileAppInstallStatusValue", ResultantAppState.TYPE, Draft::mobileAppInstallStatusValue)
            .allowFilter();

    public static final Property<Draft, ResultantAppState> INSTALL_STATE = Property.enumeration(
                    "installState", ResultantAppState.TYPE, Draft::installState)
            .allowFilter();
    public static final Property<Draft, ResultantAppStateDetail> INSTALL_STATE_DETAIL =
            Property.enumeration("installStateDetail", ResultantAppStateDetail.TYPE, Draft::installStateDetail);
    public static final Property<Draft, Integer> ERROR_CODE = Property.int32("errorCode", Draft::errorCode);
    public static final Property<Draft, String> OS_VERSION =
            Property.text("osVersion", Draft::osVersion).allowNull();
    public static final Property<Draft, String> OS_DESCRIPTION =
            Property.text("osDescription", Draft::osDescription).allowNull();
    public static final Property<Draft, String> USER_NAME =
            Property.text("userName", Draft::userName).allowNull();
    public static final Property<Draft, String> USER_PRINCIPAL_NAME =
            Property.text("userPrincipalName", Draft::userPrincipalName).allowNull();
    public static final Property<Draft, String> DISPLAY_VERSION =
            Property.text("displayVersion", Draft::displayVersion).allowNull();

    public static final PropertyTable<Draft> TABLE = PropertyTable.of(
                    v -> new Draft(
                            v.get(DEVICE_NAME),
                            v.get(DEVICE_ID),
                            v.get(LAST_SYNC_DATE_TIME),
                            v.get(MOBILE_APP_INSTALL_STATUS_VALUE),
                            v.get(INSTALL_STATE),
                            v.get(INSTALL_STATE_DETAIL),
                            v.get(ERROR_CODE),
                            v.get(OS_VERSION),
                            v.get(OS_DESCRIPTION),
                            v.get(USER_NAME),
                            v.get(USER_PRINCIPAL_NAME),
                            v.get(DISPLAY_VERSION)),
                    DEVICE_NAME,
                    DEVICE_ID,
                    LAST_SYNC_DATE_TIME,
                    MOBILE_APP_INSTALL_STATUS_VALUE,
                    INSTALL_STATE,
                    INSTALL_STATE_DETAIL,
                    ERROR_CODE,
                    OS_VERSION,
                    OS_DESCRIPTION,
                    USER_NAME,
                    USER_PRINCIPAL_NAME,
                    DISPLAY_VERSION)
            .withTwins(INSTALL_STATE, MOBILE_APP_INSTALL_STATUS_VALUE);

    /** A new {@code mobileAppInstallStatus} draft, built property by property (see {@link DraftBuilder}). */
    public static DraftBuilder<Draft> draft() {
        return TABLE.builder();
    }

    /** A builder holding {@code draft}'s properties, to change some of them. */
    public static DraftBuilder<Draft> draft(Draft draft) {
        return TABLE.builder(draft);
    }

    private AppInstallProperties() {}
}
