package io.devicestatus.application.contract;

import static io.devicestatus.application.contract.ContractStatuses.at;
import static io.devicestatus.application.contract.ContractStatuses.pick;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppConfigurationKind;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link StatusStore#appConfigurationStatuses()}. An adapter's test extends it and implements
 * {@link #newStore()}. The natural key has two parts here ({@code deviceDisplayName}, {@code userPrincipalName}).
 */
public abstract class AppConfigurationStatusRepositoryContract
        extends StatusRepositoryContract<
                AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft> {

    private static final ComplianceStatus[] COMPLIANCE = ComplianceStatus.values();

    @Override
    protected final StatusRepository<
                    AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            repositoryOf(StatusStore store) {
        return store.appConfigurationStatuses();
    }

    @Override
    protected final StatusKind<AppConfigurationDeviceStatus, ConfigurationScope, AppConfigurationDeviceStatus.Draft>
            kind() {
        return AppConfigurationKind.INSTANCE;
    }

    /** Scopes that differ in the collection only, and in the configuration id only. */
    @Override
    protected final Seq<ConfigurationScope> scopes(TenantId tenant) {
        return List.of(
                new ConfigurationScope(tenant, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-1"),
                new ConfigurationScope(
                        tenant, ConfigurationCollection.IOS_LOB_APP_PROVISIONING_CONFIGURATIONS, "config-1"),
                new ConfigurationScope(tenant, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "config-2"));
    }

    @Override
    protected final AppConfigurationDeviceStatus status(
            String id, ConfigurationScope scope, int device, int variant, GraphDateTime reportTime) {
        return status(id, scope, device < 0 ? null : "Device " + device, "anna@contoso.com", variant, reportTime);
    }

    private static AppConfigurationDeviceStatus status(
            String id, ConfigurationScope scope, String displayName, String principal, int variant) {
        return status(id, scope, displayName, principal, variant, at(variant));
    }

    private static AppConfigurationDeviceStatus status(
            String id,
            ConfigurationScope scope,
            String displayName,
            String principal,
            int variant,
            GraphDateTime reportTime) {
        var draft = AppConfigurationProperties.draft()
                .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, displayName)
                .set(AppConfigurationProperties.USER_NAME, variant % 3 == 0 ? null : "Anna")
                .set(AppConfigurationProperties.DEVICE_MODEL, "iPad13," + variant % 4)
                .set(AppConfigurationProperties.PLATFORM, variant % 5)
                .set(AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, at(-600 - variant))
                .set(AppConfigurationProperties.STATUS, pick(COMPLIANCE, variant))
                .set(AppConfigurationProperties.LAST_REPORTED_DATE_TIME, reportTime)
                .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, principal)
                .build();
        return ContractStatuses.valid(AppConfigurationDeviceStatus.create(id, scope, draft, ContractStatuses.POLICY));
    }

    @Override
    protected final Seq<StatusFilter<AppConfigurationDeviceStatus.Draft>> sampleFilters() {
        return List.of(
                StatusFilter.any(),
                StatusFilter.of(AppConfigurationProperties.STATUS, Match.eq(ComplianceStatus.NON_COMPLIANT)),
                StatusFilter.of(AppConfigurationProperties.STATUS, Match.ne(ComplianceStatus.NON_COMPLIANT)),
                StatusFilter.of(
                        AppConfigurationProperties.STATUS,
                        Match.in(ComplianceStatus.ERROR, ComplianceStatus.CONFLICT, ComplianceStatus.UNKNOWN)),
                StatusFilter.of(
                        AppConfigurationProperties.STATUS,
                        Match.<ComplianceStatus>ne(ComplianceStatus.COMPLIANT)
                                .and(Match.ne(ComplianceStatus.NOT_APPLICABLE))
                                .and(Match.ne(ComplianceStatus.ERROR))),
                StatusFilter.of(AppConfigurationProperties.STATUS, Match.in()),
                StatusFilter.of(
                        AppConfigurationProperties.STATUS, Match.<ComplianceStatus>in(ComplianceStatus.values())));
    }

    @Test
    void the_same_display_name_for_another_user_is_another_key() {
        var scope = scope();
        right(repository().insert(status("id-1", scope, "Shared iPad", "anna@contoso.com", 0)));
        right(repository().insert(status("id-2", scope, "Shared iPad", "ben@contoso.com", 1)));
        right(repository().insert(status("id-3", scope, "Anna's iPad", "ben@contoso.com", 2)));

        var error = left(repository().insert(status("id-4", scope, "Shared iPad", "ben@contoso.com", 3)));

        assertConflict(error, "id-2");
        assertThat(ids(listAll())).containsExactly("id-1", "id-2", "id-3");
    }

    @Test
    void a_status_without_a_user_principal_name_has_no_key_and_never_conflicts() {
        right(repository().insert(status("id-1", scope(), "Shared iPad", null, 0)));
        right(repository().insert(status("id-2", scope(), "Shared iPad", null, 1)));
        right(repository().insert(status("id-3", scope(), "Shared iPad", "anna@contoso.com", 2)));

        assertThat(count()).isEqualTo(3);
    }
}
