package io.devicestatus.application.service;

import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.application.port.out.TransactionPort;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** Seed-like drafts, a fixed clock, and an application over a fresh in-memory store with predictable ids. */
final class UseCaseFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final DeviceStatusSettings SETTINGS = DeviceStatusSettings.defaults(CLOCK);
    static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();

    static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    static final TenantId OTHER_TENANT = TenantId.fromString("f8cdef31-a31e-4b4a-93e4-5f571e91255a");
    static final TenantScope TENANT_SCOPE = TenantScope.of(TENANT);
    static final ConfigurationScope CONFIG_SCOPE =
            new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-1");
    static final ConfigurationScope OTHER_CONFIG_SCOPE =
            new ConfigurationScope(TENANT, ConfigurationCollection.IOS_LOB_APP_PROVISIONING_CONFIGURATIONS, "config-1");
    static final AppInstallScope INSTALL_SCOPE = new AppInstallScope(TENANT, "app-1", Option.some("user-status-1"));
    static final AppInstallScope OTHER_INSTALL_SCOPE = new AppInstallScope(TENANT, "app-2", Option.none());

    private UseCaseFixtures() {}

    /** {@code minutes} after 10:00 UTC on the fixed day, with 100-ns precision and a +01:00 offset. */
    static GraphDateTime at(int minutes) {
        return new GraphDateTime(
                OffsetDateTime.parse("2026-11-23T11:00:00.1234567+01:00").plusMinutes(minutes));
    }

    /** Seed 001 with a real UPN: an iOS update status of {@code device}, reported at {@code minutes}. */
    static IosUpdateDeviceStatus.Draft ios(String device, IosUpdatesInstallStatus installStatus, int minutes) {
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, device)
                .set(IosUpdateProperties.USER_ID, "user-1")
                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Anna's iPad")
                .set(IosUpdateProperties.USER_NAME, "Anna")
                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(minutes))
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    /** Seed 003 with real values: an app-configuration status of {@code device} for anna. */
    static AppConfigurationDeviceStatus.Draft config(String device, ComplianceStatus status, int minutes) {
        return AppConfigurationProperties.draft()
                .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, device)
                .set(AppConfigurationProperties.USER_NAME, "Anna")
                .set(AppConfigurationProperties.DEVICE_MODEL, "iPad13,1")
                .set(AppConfigurationProperties.PLATFORM, 8)
                .set(AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(AppConfigurationProperties.STATUS, status)
                .set(AppConfigurationProperties.LAST_REPORTED_DATE_TIME, at(minutes))
                .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    /** Seed 004 with real values: an app-install status of {@code device}. */
    static MobileAppInstallStatus.Draft install(String device, ResultantAppState state, int minutes) {
        int errorCode = state.hasErrorCode() ? 9 : 0;
        var detail = state == ResultantAppState.FAILED
                ? ResultantAppStateDetail.SEE_INSTALL_ERROR_CODE
                : ResultantAppStateDetail.NO_ADDITIONAL_DETAILS;
        return AppInstallProperties.draft()
                .set(AppInstallProperties.DEVICE_NAME, "Anna's iPad")
                .set(AppInstallProperties.DEVICE_ID, device)
                .set(AppInstallProperties.LAST_SYNC_DATE_TIME, at(minutes))
                .set(AppInstallProperties.INSTALL_STATE, state)
                .set(AppInstallProperties.INSTALL_STATE_DETAIL, detail)
                .set(AppInstallProperties.ERROR_CODE, errorCode)
                .set(AppInstallProperties.OS_VERSION, "17.1")
                .set(AppInstallProperties.OS_DESCRIPTION, "iOS 17.1")
                .set(AppInstallProperties.USER_NAME, "Anna")
                .set(AppInstallProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .set(AppInstallProperties.DISPLAY_VERSION, "2.0")
                .build();
    }

    /** Ids {@code id-1}, {@code id-2}, ... so that paging order is predictable. */
    static IdGeneratorPort sequentialIds() {
        var next = new AtomicLong();
        return () -> "id-" + next.incrementAndGet();
    }

    static DeviceStatusApplication application(InMemoryStatusStore store) {
        return new DeviceStatusApplication(store, sequentialIds(), VALIDATOR, SETTINGS);
    }

    /** The application over {@code store}'s transactions and these repositories (a scripted one, say). */
    static DeviceStatusApplication application(
            StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft> ios,
            StatusRepository<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
                    config,
            StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> install,
            InMemoryStatusStore store,
            DeviceStatusSettings settings) {
        var transactions = store.transactions();
        var parts = new StatusStore() {
            @Override
            public StatusRepository<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft>
                    iosUpdateStatuses() {
                return ios;
            }

            @Override
            public StatusRepository<
                            AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
                    appConfigurationStatuses() {
                return config;
            }

            @Override
            public StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
                    appInstallStatuses() {
                return install;
            }

            @Override
            public TransactionPort transactions() {
                return transactions;
            }
        };
        return new DeviceStatusApplication(parts, sequentialIds(), VALIDATOR, settings);
    }
}
