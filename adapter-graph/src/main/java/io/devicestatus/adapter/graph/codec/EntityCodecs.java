package io.devicestatus.adapter.graph.codec;

import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import java.util.function.Function;

/**
 * The codecs of the three entity types: their properties as a table (name, EDM type, versions, nullability, where
 * the value sits in the draft), in Graph's order.
 */
public final class EntityCodecs {

    /** {@code #microsoft.graph.iosUpdateDeviceStatus}, in v1.0 and beta ({@code platform} in beta only). */
    public static final EntityCodec<IosUpdateDeviceStatus, IosUpdateDeviceStatus.Draft> IOS_UPDATE = iosUpdate();
    /** {@code #microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus}, in v1.0 and beta. */
    public static final EntityCodec<AppConfigurationDeviceStatus, AppConfigurationDeviceStatus.Draft>
            APP_CONFIGURATION = appConfiguration();
    /** {@code #microsoft.graph.mobileAppInstallStatus}, in beta only. */
    public static final EntityCodec<MobileAppInstallStatus, MobileAppInstallStatus.Draft> APP_INSTALL = appInstall();

    private EntityCodecs() {}

    private static EntityCodec<IosUpdateDeviceStatus, IosUpdateDeviceStatus.Draft> iosUpdate() {
        var table = new Table<>(IosUpdateKind.INSTANCE);
        return new EntityCodec<>(
                IosUpdateKind.INSTANCE,
                IosUpdateDeviceStatus.GRAPH_TYPE,
                ApiVersion.ALL,
                List.of(
                        table.row(
                                "installStatus",
                                WireType.enumeration(IosUpdatesInstallStatus.TYPE),
                                IosUpdateDeviceStatus.Draft::installStatus),
                        table.row("osVersion", WireType.STRING, IosUpdateDeviceStatus.Draft::osVersion),
                        table.row("deviceId", WireType.STRING, IosUpdateDeviceStatus.Draft::deviceId),
                        table.row("userId", WireType.STRING, IosUpdateDeviceStatus.Draft::userId),
                        table.row("deviceDisplayName", WireType.STRING, IosUpdateDeviceStatus.Draft::deviceDisplayName),
                        table.row("userName", WireType.STRING, IosUpdateDeviceStatus.Draft::userName),
                        table.row("deviceModel", WireType.STRING, IosUpdateDeviceStatus.Draft::deviceModel),
                        table.betaRow("platform", WireType.INT32, IosUpdateDeviceStatus.Draft::platform),
                        table.row(
                                "complianceGracePeriodExpirationDateTime",
                                WireType.DATE_TIME_OFFSET,
                                IosUpdateDeviceStatus.Draft::complianceGracePeriodExpirationDateTime),
                        table.row(
                                "status",
                                WireType.enumeration(ComplianceStatus.TYPE),
                                IosUpdateDeviceStatus.Draft::status),
                        table.row(
                                "lastReportedDateTime",
                                WireType.DATE_TIME_OFFSET,
                                IosUpdateDeviceStatus.Draft::lastReportedDateTime),
                        table.row(
                                "userPrincipalName", WireType.STRING, IosUpdateDeviceStatus.Draft::userPrincipalName)),
                v -> new IosUpdateDeviceStatus.Draft(
                        v.get("installStatus", IosUpdatesInstallStatus.class),
                        v.get("osVersion", String.class),
                        v.get("deviceId", String.class),
                        v.get("userId", String.class),
                        v.get("deviceDisplayName", String.class),
                        v.get("userName", String.class),
                        v.get("deviceModel", String.class),
                        v.get("platform", Integer.class),
                        v.get("complianceGracePeriodExpirationDateTime", GraphDateTime.class),
                        v.get("status", ComplianceStatus.class),
                        v.get("lastReportedDateTime", GraphDateTime.class),
                        v.get("userPrincipalName", String.class)));
    }

    private static EntityCodec<AppConfigurationDeviceStatus, AppConfigurationDeviceStatus.Draft> appConfiguration() {
        var table = new Table<>(AppConfigurationKind.INSTANCE);
        return new EntityCodec<>(
                AppConfigurationKind.INSTANCE,
                AppConfigurationDeviceStatus.GRAPH_TYPE,
                ApiVersion.ALL,
                List.of(
                        table.row(
                                "deviceDisplayName",
                                WireType.STRING,
                                AppConfigurationDeviceStatus.Draft::deviceDisplayName),
                        table.row("userName", WireType.STRING, AppConfigurationDeviceStatus.Draft::userName),
                        table.row("deviceModel", WireType.STRING, AppConfigurationDeviceStatus.Draft::deviceModel),
                        table.betaRow("platform", WireType.INT32, AppConfigurationDeviceStatus.Draft::platform),
                        table.row(
                                "complianceGracePeriodExpirationDateTime",
                                WireType.DATE_TIME_OFFSET,
                                AppConfigurationDeviceStatus.Draft::complianceGracePeriodExpirationDateTime),
                        table.row(
                                "status",
                                WireType.enumeration(ComplianceStatus.TYPE),
                                AppConfigurationDeviceStatus.Draft::status),
                        table.row(
                                "lastReportedDateTime",
                                WireType.DATE_TIME_OFFSET,
                                AppConfigurationDeviceStatus.Draft::lastReportedDateTime),
                        table.row(
                                "userPrincipalName",
                                WireType.STRING,
                                AppConfigurationDeviceStatus.Draft::userPrincipalName)),
                v -> new AppConfigurationDeviceStatus.Draft(
                        v.get("deviceDisplayName", String.class),
                        v.get("userName", String.class),
                        v.get("deviceModel", String.class),
                        v.get("platform", Integer.class),
                        v.get("complianceGracePeriodExpirationDateTime", GraphDateTime.class),
                        v.get("status", ComplianceStatus.class),
                        v.get("lastReportedDateTime", GraphDateTime.class),
                        v.get("userPrincipalName", String.class)));
    }

    private static EntityCodec<MobileAppInstallStatus, MobileAppInstallStatus.Draft> appInstall() {
        var table = new Table<>(AppInstallKind.INSTANCE);
        return new EntityCodec<>(
                AppInstallKind.INSTANCE,
                MobileAppInstallStatus.GRAPH_TYPE,
                ApiVersion.BETA_ONLY,
                List.of(
                        table.row("deviceName", WireType.STRING, MobileAppInstallStatus.Draft::deviceName),
                        table.row("deviceId", WireType.STRING, MobileAppInstallStatus.Draft::deviceId),
                        table.row(
                                "lastSyncDateTime",
                                WireType.DATE_TIME_OFFSET,
                                MobileAppInstallStatus.Draft::lastSyncDateTime),
                        table.row(
                                "mobileAppInstallStatusValue",
                                WireType.enumeration(ResultantAppState.TYPE),
                                MobileAppInstallStatus.Draft::mobileAppInstallStatusValue),
                        table.row(
                                "installState",
                                WireType.enumeration(ResultantAppState.TYPE),
                                MobileAppInstallStatus.Draft::installState),
                        table.row(
                                "installStateDetail",
                                WireType.enumeration(ResultantAppStateDetail.TYPE),
                                MobileAppInstallStatus.Draft::installStateDetail),
                        table.row("errorCode", WireType.INT32, MobileAppInstallStatus.Draft::errorCode),
                        table.row("osVersion", WireType.STRING, MobileAppInstallStatus.Draft::osVersion),
                        table.row("osDescription", WireType.STRING, MobileAppInstallStatus.Draft::osDescription),
                        table.row("userName", WireType.STRING, MobileAppInstallStatus.Draft::userName),
                        table.row(
                                "userPrincipalName", WireType.STRING, MobileAppInstallStatus.Draft::userPrincipalName),
                        table.row("displayVersion", WireType.STRING, MobileAppInstallStatus.Draft::displayVersion)),
                v -> new MobileAppInstallStatus.Draft(
                        v.get("deviceName", String.class),
                        v.get("deviceId", String.class),
                        v.get("lastSyncDateTime", GraphDateTime.class),
                        v.get("mobileAppInstallStatusValue", ResultantAppState.class),
                        v.get("installState", ResultantAppState.class),
                        v.get("installStateDetail", ResultantAppStateDetail.class),
                        v.get("errorCode", Integer.class),
                        v.get("osVersion", String.class),
                        v.get("osDescription", String.class),
                        v.get("userName", String.class),
                        v.get("userPrincipalName", String.class),
                        v.get("displayVersion", String.class)));
    }

    /** Rows of one kind's table: nullability comes from the kind, so the two cannot disagree. */
    private record Table<D>(StatusKind<?, ?, D, ?> kind) {
        WireProperty<D> row(String name, WireType type, Function<D, Object> value) {
            return new WireProperty<>(
                    name, type, ApiVersion.ALL, kind.nullableProperties().contains(name), value);
        }

        WireProperty<D> betaRow(String name, WireType type, Function<D, Object> value) {
            return new WireProperty<>(
                    name, type, ApiVersion.BETA_ONLY, kind.nullableProperties().contains(name), value);
        }
    }
}
