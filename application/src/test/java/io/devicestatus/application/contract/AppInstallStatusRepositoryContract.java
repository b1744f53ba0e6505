package io.devicestatus.application.contract;

import static io.devicestatus.application.contract.ContractStatuses.pick;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.AppInstallKind;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.StatusKind;
import io.devicestatus.application.port.out.StatusRepository;
import io.devicestatus.application.port.out.StatusStore;
import io.devicestatus.domain.appinstall.AppInstallLifecycle;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link StatusStore#appInstallStatuses()}. An adapter's test extends it and implements
 * {@link #newStore()}. Its scopes include one without a user-install status, which a store must keep apart from the
 * same app with one (an SQL {@code NULL} is not equal to itself).
 */
public abstract class AppInstallStatusRepositoryContract
        extends StatusRepositoryContract<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> {

    /**
     * Every state, in an order where each may follow the one before it (and the first the last) under
     * {@code AppInstallLifecycle}, and the first ({@code unknown}) may become any, so that the kit's updates (variant
     * n to n + 1, and 0 to any) are moves the application could make: a store behind a device-status service judges
     * every move again.
     */
    private static final ResultantAppState[] STATES = {
        ResultantAppState.UNKNOWN,
        ResultantAppState.INSTALLED,
        ResultantAppState.UNINSTALL_FAILED,
        ResultantAppState.NOT_INSTALLED,
        ResultantAppState.FAILED,
        ResultantAppState.PENDING_INSTALL,
        ResultantAppState.NOT_APPLICABLE
    };

    @Override
    protected final StatusRepository<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft>
            repositoryOf(StatusStore store) {
        return store.appInstallStatuses();
    }

    @Override
    protected final StatusKind<MobileAppInstallStatus, AppInstallScope, MobileAppInstallStatus.Draft> kind() {
        return AppInstallKind.INSTANCE;
    }

    @Override
    protected final Seq<AppInstallScope> scopes(TenantId tenant) {
        return List.of(
                new AppInstallScope(tenant, "app-1", Option.some("user-status-1")),
                new AppInstallScope(tenant, "app-1", Option.none()),
                new AppInstallScope(tenant, "app-2", Option.none()));
    }

    @Override
    protected final MobileAppInstallStatus status(
            String id, AppInstallScope scope, int device, int variant, GraphDateTime reportTime) {
        var state = pick(STATES, variant);
        var details = List.of(ResultantAppStateDetail.values()).filter(detail -> detail.isCompatibleWith(state));
        var draft = AppInstallProperties.draft()
                .set(AppInstallProperties.DEVICE_NAME, "Anna's iPad " + device)
                .set(AppInstallProperties.DEVICE_ID, device < 0 ? null : "device-" + device)
                .set(AppInstallProperties.LAST_SYNC_DATE_TIME, reportTime)
                .set(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, state)
                .set(AppInstallProperties.INSTALL_STATE, state)
                .set(AppInstallProperties.INSTALL_STATE_DETAIL, details.get(variant % details.size()))
                .set(AppInstallProperties.ERROR_CODE, state.hasErrorCode() ? -2016330712 + variant : 0)
                .set(AppInstallProperties.OS_VERSION, "17." + variant % 7)
                .set(AppInstallProperties.OS_DESCRIPTION, variant % 3 == 0 ? null : "iOS 17." + variant % 7)
                .set(AppInstallProperties.USER_NAME, "Anna")
                .set(AppInstallProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                .set(AppInstallProperties.DISPLAY_VERSION, "2." + variant)
                .build();
        return ContractStatuses.valid(MobileAppInstallStatus.create(id, scope, draft, ContractStatuses.POLICY));
    }

    @Override
    protected final Seq<StatusFilter<MobileAppInstallStatus.Draft>> sampleFilters() {
        var any = StatusFilter.<MobileAppInstallStatus.Draft>any();
        return List.of(
                any,
                any.and(AppInstallProperties.INSTALL_STATE, Match.eq(ResultantAppState.FAILED)),
                any.and(AppInstallProperties.INSTALL_STATE, Match.ne(ResultantAppState.FAILED)),
                any.and(
                        AppInstallProperties.INSTALL_STATE,
                        Match.in(
                                ResultantAppState.INSTALLED,
                                ResultantAppState.PENDING_INSTALL,
                                ResultantAppState.UNKNOWN)),
                any.and(AppInstallProperties.INSTALL_STATE, Match.in()),
                any.and(AppInstallProperties.DEVICE_ID, Match.eq("device-4")),
                any.and(AppInstallProperties.DEVICE_ID, Match.ne("device-4")),
                any.and(AppInstallProperties.DEVICE_ID, Match.in("device-1", "device-2", "device-30", "device-31")),
                any.and(
                                AppInstallProperties.DEVICE_ID,
                                Match.<String>ne("device-10").and(Match.ne("device-20")))
                        .and(
                                AppInstallProperties.INSTALL_STATE,
                                Match.<ResultantAppState>ne(ResultantAppState.INSTALLED)
                                        .and(Match.ne(ResultantAppState.NOT_APPLICABLE))),
                any.and(
                        AppInstallProperties.DEVICE_ID,
                        Match.<String>in("device-3", "device-6", "device-11").and(Match.ne("device-6"))),
                any.and(AppInstallProperties.INSTALL_STATE, Match.eq(ResultantAppState.UNINSTALL_FAILED))
                        .and(AppInstallProperties.DEVICE_ID, Match.ne("device-3")));
    }

    @Test
    void the_same_app_with_and_without_a_user_install_status_are_different_scopes() {
        var withUser = scopes().get(0);
        var withoutUser = scopes().get(1);
        right(repository().insert(status("id-1", withUser, 1, 0)));
        right(repository().insert(status("id-2", withoutUser, 1, 0)));

        var error = left(repository().insert(status("id-3", withoutUser, 1, 1)));

        assertConflict(error, "id-2");
        assertThat(right(repository().count(TENANT, Option.some(withoutUser), StatusFilter.any())))
                .isEqualTo(1);
        assertThat(right(repository().count(TENANT, Option.some(withUser), StatusFilter.any())))
                .isEqualTo(1);
    }

    @Test
    void the_kits_states_are_every_state_each_allowed_after_the_one_before() {
        assertThat(List.of(STATES).distinct()).hasSize(ResultantAppState.values().length);
        assertThat(List.of(STATES).filter(to -> AppInstallLifecycle.allows(STATES[0], to)))
                .hasSize(STATES.length);
        for (int i = 0; i < STATES.length; i++) {
            assertThat(AppInstallLifecycle.allows(STATES[i], STATES[(i + 1) % STATES.length]))
                    .as("%s after %s", STATES[(i + 1) % STATES.length], STATES[i])
                    .isTrue();
        }
    }
}
