package io.devicestatus.adapter.graph.codec;

import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;

/** The codecs of the three entity types, each over its kind's property table. */
public final class EntityCodecs {

    /** {@code #microsoft.graph.iosUpdateDeviceStatus}, in v1.0 and beta ({@code platform} in beta only). */
    public static final EntityCodec<IosUpdateDeviceStatus, IosUpdateDeviceStatus.Draft> IOS_UPDATE =
            new EntityCodec<>(IosUpdateKind.INSTANCE, IosUpdateDeviceStatus.GRAPH_TYPE, ApiVersion.ALL);
    /** {@code #microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus}, in v1.0 and beta. */
    public static final EntityCodec<AppConfigurationDeviceStatus, AppConfigurationDeviceStatus.Draft>
            APP_CONFIGURATION = new EntityCodec<>(
                    AppConfigurationKind.INSTANCE, AppConfigurationDeviceStatus.GRAPH_TYPE, ApiVersion.ALL);
    /** {@code #microsoft.graph.mobileAppInstallStatus}, in beta only. */
    public static final EntityCodec<MobileAppInstallStatus, MobileAppInstallStatus.Draft> APP_INSTALL =
            new EntityCodec<>(AppInstallKind.INSTANCE, MobileAppInstallStatus.GRAPH_TYPE, ApiVersion.BETA_ONLY);

    private EntityCodecs() {}
}
