package io.devicestatus.domain.appinstall;

import static io.devicestatus.domain.fixtures.Fixtures.ID;
import static io.devicestatus.domain.fixtures.Fixtures.INSTALL_SCOPE;
import static io.devicestatus.domain.fixtures.Fixtures.POLICY;
import static io.devicestatus.domain.fixtures.Fixtures.TENANT;
import static io.devicestatus.domain.fixtures.Fixtures.install;
import static io.devicestatus.domain.fixtures.Fixtures.installDraft;
import static io.devicestatus.domain.fixtures.Fixtures.time;
import static io.devicestatus.domain.fixtures.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.fixtures.Matrix;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MobileAppInstallStatusTest {

    /** The lifecycle as decided (see AppInstallLifecycle's documentation), stated here independently. */
    private static final Matrix EXPECTED = Matrix.parse("""
                            installed failed notInstalled uninstallFailed pendingInstall notApplicable unknown
            pendingInstall      x       x         x              .              x              x          x
            installed           x       .         x              x              x              x          x
            failed              x       x         x              .              x              x          x
            notInstalled        x       x         x              .              x              x          x
            uninstallFailed     x       .         x              x              .              x          x
            notApplicable       x       x         x              .              x              x          x
            unknown             x       x         x              x              x              x          x
            """);

    @ParameterizedTest(name = "from {0}")
    @EnumSource(ResultantAppState.class)
    void a_report_advances_exactly_when_the_matrix_allows_it(ResultantAppState from) {
        assertThat(EXPECTED.rowCount()).isEqualTo(ResultantAppState.values().length);
        MobileAppInstallStatus stored = install(inState(from, "2017-01-01T00:00:00Z"));
        for (ResultantAppState to : ResultantAppState.values()) {
            var result = stored.advance(inState(to, "2017-01-02T00:00:00Z"), POLICY);

            assertThat(AppInstallLifecycle.allows(from, to)).isEqualTo(EXPECTED.allows(from.wireName(), to.wireName()));
            if (EXPECTED.allows(from.wireName(), to.wireName())) {
                assertThat(result.get().installState()).as(from + " -> " + to).isEqualTo(to);
            } else {
                assertThat(result.getLeft())
                        .as(from + " -> " + to)
                        .isEqualTo(new DomainError.IllegalTransition(
                                "installState",
                                from.wireName(),
                                to.wireName(),
                                io.vavr.collection.List.ofAll(AppInstallLifecycle.STATES.allowedFrom(from))
                                        .map(ResultantAppState::wireName)));
            }
        }
    }

    @Test
    void an_older_sync_is_stale() {
        MobileAppInstallStatus stored = install(installDraft());
        var older = with(installDraft(), "lastSyncDateTime", time("2016-12-31T23:59:56.0357509+03:00"));

        assertThat(((DomainError.Stale) stored.advance(older, POLICY).getLeft()).field())
                .isEqualTo("lastSyncDateTime");
    }

    @Test
    void validates_its_scope() {
        var invalid = (DomainError.Invalid) AppInstallScope.of(null, " ", "").getLeft();

        assertThat(invalid.violations())
                .extracting(Violation::field)
                .containsExactly("scope.tenant", "scope.mobileAppId", "scope.userStatusId");
        assertThat(AppInstallScope.of(TENANT, "app", null).get().userStatusId()).isEqualTo(Option.none());
    }

    @Test
    void the_scope_cannot_change() {
        MobileAppInstallStatus stored = install(installDraft());
        MobileAppInstallStatus elsewhere = MobileAppInstallStatus.create(
                        ID, new AppInstallScope(TENANT, "app-2", Option.none()), installDraft(), POLICY)
                .get();

        var invalid = (DomainError.Invalid) stored.advanceTo(elsewhere).getLeft();

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("scope");
    }

    @Test
    void a_status_turned_back_into_a_draft_recreates_itself() {
        MobileAppInstallStatus stored = install(installDraft());

        assertThat(MobileAppInstallStatus.create(ID, INSTALL_SCOPE, stored.toDraft(), POLICY)
                        .get())
                .isEqualTo(stored);
    }

    private static MobileAppInstallStatus.Draft inState(ResultantAppState state, String syncTime) {
        return with(
                with(
                        with(
                                with(with(installDraft(), "installState", state), "mobileAppInstallStatusValue", state),
                                "installStateDetail",
                                ResultantAppStateDetail.NO_ADDITIONAL_DETAILS),
                        "errorCode",
                        state.hasErrorCode() ? 1 : 0),
                "lastSyncDateTime",
                time(syncTime));
    }
}
