package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.fail;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Valid drafts of the three status types at a fixed time, and reflective access to a draft's properties by their
 * Graph names (each draft's record components are named as Graph names its properties).
 */
final class ModelFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final ReportTimePolicy POLICY = ReportTimePolicy.withDefaultSkew(Clock.fixed(NOW, ZoneOffset.UTC));

    static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    static final TenantScope TENANT_SCOPE = TenantScope.of(TENANT);
    static final ConfigurationScope CONFIG_SCOPE =
            new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-1");
    static final AppInstallScope INSTALL_SCOPE = new AppInstallScope(TENANT, "app-1", Option.some("user-status-1"));

    /** Each draft type's components, read once: reading them is slow and the merge properties read them often. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private ModelFixtures() {}

    /** {@code minutes} after 10:00 UTC on the fixed day, with 100-ns precision and a +01:00 offset. */
    static GraphDateTime at(int minutes) {
        return new GraphDateTime(
                OffsetDateTime.parse("2026-11-23T11:00:00.1234567+01:00").plusMinutes(minutes));
    }

    /** An iOS update status draft with every property set; {@code deviceId} may be {@code null}. */
    static IosUpdateDeviceStatus.Draft ios(
            IosUpdatesInstallStatus installStatus, ComplianceStatus status, String deviceId) {
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, deviceId)
                .set(IosUpdateProperties.USER_ID, "user-1")
                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Anna's iPad")
                .set(IosUpdateProperties.USER_NAME, "Anna")
                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                .set(IosUpdateProperties.PLATFORM, 2)
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(IosUpdateProperties.STATUS, status)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(0))
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .build();
    }

    /** An iOS update status draft with only the required properties. */
    static IosUpdateDeviceStatus.Draft iosMinimal(IosUpdatesInstallStatus installStatus, ComplianceStatus status) {
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(IosUpdateProperties.STATUS, status)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, at(0))
                .build();
    }

    /** An app-configuration status draft with every property set but the key ones, which may be {@code null}. */
    static AppConfigurationDeviceStatus.Draft config(
            ComplianceStatus status, String deviceDisplayName, String userPrincipalName) {
        return AppConfigurationProperties.draft()
                .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, deviceDisplayName)
                .set(AppConfigurationProperties.USER_NAME, "Anna")
                .set(AppConfigurationProperties.DEVICE_MODEL, "iPad13,1")
                .set(AppConfigurationProperties.PLATFORM, 8)
                .set(AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600))
                .set(AppConfigurationProperties.STATUS, status)
                .set(AppConfigurationProperties.LAST_REPORTED_DATE_TIME, at(0))
                .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, userPrincipalName)
                .build();
    }

    /** An app-install status draft in {@code state}, with the detail and error code that go with it. */
    static MobileAppInstallStatus.Draft install(ResultantAppState state, String deviceId) {
        int errorCode = state.hasErrorCode() ? 9 : 0;
        var detail = state == ResultantAppState.FAILED
                ? ResultantAppStateDetail.SEE_INSTALL_ERROR_CODE
                : ResultantAppStateDetail.NO_ADDITIONAL_DETAILS;
        return AppInstallProperties.draft()
                .set(AppInstallProperties.DEVICE_NAME, "Anna's iPad")
                .set(AppInstallProperties.DEVICE_ID, deviceId)
                .set(AppInstallProperties.LAST_SYNC_DATE_TIME, at(0))
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

    /** An app-install status draft with only the required properties, its state given as the second name. */
    static MobileAppInstallStatus.Draft installMinimal(ResultantAppState state) {
        return AppInstallProperties.draft()
                .set(AppInstallProperties.LAST_SYNC_DATE_TIME, at(0))
                .set(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, state)
                .set(AppInstallProperties.ERROR_CODE, state.hasErrorCode() ? 9 : 0)
                .build();
    }

    /** The value of a successful domain call; fails the test with the domain's message otherwise. */
    static <T> T valid(Either<DomainError, T> result) {
        if (result.isLeft()) {
            return fail("the fixture is invalid: " + result.getLeft().message());
        }
        return result.get();
    }

    /** The Graph names of a draft's properties, in declaration order. */
    static Seq<String> propertyNames(Class<? extends Record> draftType) {
        return List.of(COMPONENTS.get(draftType)).map(RecordComponent::getName);
    }

    /** The property {@code name} of {@code draft}; {@code null} when absent. */
    static Object get(Record draft, String name) {
        try {
            return component(draft.getClass(), name).getAccessor().invoke(draft);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code draft} with the property {@code name} set to {@code value} (which may be {@code null}). */
    static <D extends Record> D with(D draft, String name, Object value) {
        var components = COMPONENTS.get(draft.getClass());
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(name) ? value : get(draft, components[i].getName());
        }
        component(draft.getClass(), name); // refuses a name that is no property
        try {
            var constructor = draft.getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            @SuppressWarnings("unchecked")
            D changed = (D) constructor.newInstance(values);
            return changed;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of the property {@code name} of {@code draft} that differs from the one it has. */
    static Object another(Record draft, String name) {
        var type = component(draft.getClass(), name).getType();
        var current = get(draft, name);
        if (type == String.class) {
            return current == null ? "changed" : current + "-changed";
        }
        if (type == Integer.class) {
            return current == null ? 1 : (Integer) current + 1;
        }
        if (type == GraphDateTime.class) {
            return current == null
                    ? at(1)
                    : new GraphDateTime(((GraphDateTime) current).value().plusMinutes(1));
        }
        if (type.isEnum()) {
            var constants = type.getEnumConstants();
            return current == null ? constants[0] : constants[(((Enum<?>) current).ordinal() + 1) % constants.length];
        }
        throw new IllegalArgumentException("no other value known for " + type);
    }

    private static RecordComponent component(Class<?> draftType, String name) {
        return Arrays.stream(COMPONENTS.get(draftType))
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(draftType.getSimpleName() + " has no " + name));
    }
}
