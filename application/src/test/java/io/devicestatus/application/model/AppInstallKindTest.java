package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.INSTALL_SCOPE;
import static io.devicestatus.application.model.ModelFixtures.get;
import static io.devicestatus.application.model.ModelFixtures.install;
import static io.devicestatus.application.model.ModelFixtures.installMinimal;
import static io.devicestatus.application.model.ModelFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus.Draft;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Set;
import net.jqwik.api.Example;

class AppInstallKindTest extends StatusKindLaws<MobileAppInstallStatus, AppInstallScope, Draft> {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    private static final String STATE = "installState";
    private static final String VALUE = "mobileAppInstallStatusValue";

    @Override
    AppInstallKind kind() {
        return AppInstallKind.INSTANCE;
    }

    @Override
    Class<Draft> draftType() {
        return Draft.class;
    }

    @Override
    String domainGraphType() {
        return MobileAppInstallStatus.GRAPH_TYPE;
    }

    @Override
    String reportTimeProperty() {
        return "lastSyncDateTime";
    }

    @Override
    AppInstallScope scope() {
        return INSTALL_SCOPE;
    }

    /** Every install state, every third without a device id, and every state given under its second name only. */
    @Override
    Seq<Draft> sampleDrafts() {
        var states = List.of(ResultantAppState.values());
        return states.zipWithIndex()
                .map(s -> install(s._1, s._2 % 3 == 0 ? null : "device-" + s._2))
                .appendAll(states.map(ModelFixtures::installMinimal));
    }

    /** As for every kind, except that installState and mobileAppInstallStatusValue change together. */
    @Override
    Draft expectedMerge(Draft stored, Draft changes, Set<String> cleared) {
        var state = changes.installState() != null ? changes.installState() : changes.mobileAppInstallStatusValue();
        var value = changes.mobileAppInstallStatusValue() != null ? changes.mobileAppInstallStatusValue() : state;
        return super.expectedMerge(stored, with(with(changes, STATE, state), VALUE, value), cleared);
    }

    @Example
    void setting_only_the_install_state_changes_the_status_value_too() {
        var stored = kind().toDraft(ModelFixtures.valid(kind().create(
                        "id-1",
                        INSTALL_SCOPE,
                        install(ResultantAppState.PENDING_INSTALL, "device-1"),
                        ModelFixtures.POLICY)));
        var changes = with(kind().emptyDraft(), STATE, ResultantAppState.INSTALLED);

        var merged = kind().merge(stored, changes, List.empty());

        assertThat(merged.installState()).isEqualTo(ResultantAppState.INSTALLED);
        assertThat(merged.mobileAppInstallStatusValue()).isEqualTo(ResultantAppState.INSTALLED);
        assertThat(with(with(merged, STATE, null), VALUE, null))
                .isEqualTo(with(with(stored, STATE, null), VALUE, null));
    }

    @Example
    void setting_only_the_status_value_changes_the_install_state_too() {
        var stored = kind().toDraft(ModelFixtures.valid(kind().create(
                        "id-1",
                        INSTALL_SCOPE,
                        install(ResultantAppState.PENDING_INSTALL, "device-1"),
                        ModelFixtures.POLICY)));
        var changes = with(kind().emptyDraft(), VALUE, ResultantAppState.NOT_INSTALLED);

        var merged = kind().merge(stored, changes, List.empty());

        assertThat(merged.installState()).isEqualTo(ResultantAppState.NOT_INSTALLED);
        assertThat(merged.mobileAppInstallStatusValue()).isEqualTo(ResultantAppState.NOT_INSTALLED);
        var advanced = kind().advance(
                        ModelFixtures.valid(kind().create(
                                        "id-1",
                                        INSTALL_SCOPE,
                                        install(ResultantAppState.PENDING_INSTALL, "device-1"),
                                        ModelFixtures.POLICY)),
                        merged,
                        ModelFixtures.POLICY);
        assertThat(advanced.map(MobileAppInstallStatus::installState).getOrNull())
                .as("the merged update is one the domain accepts: %s", advanced)
                .isEqualTo(ResultantAppState.NOT_INSTALLED);
    }

    @Example
    void setting_both_names_to_different_values_keeps_both_for_the_domain_to_refuse() {
        var stored = install(ResultantAppState.PENDING_INSTALL, "device-1");
        var changes = with(
                with(kind().emptyDraft(), STATE, ResultantAppState.INSTALLED), VALUE, ResultantAppState.NOT_INSTALLED);

        var merged = kind().merge(stored, changes, List.empty());

        assertThat(merged.installState()).isEqualTo(ResultantAppState.INSTALLED);
        assertThat(merged.mobileAppInstallStatusValue()).isEqualTo(ResultantAppState.NOT_INSTALLED);
        var refused = kind().create("id-1", INSTALL_SCOPE, merged, ModelFixtures.POLICY);
        assertThat(((DomainError.Invalid) refused.getLeft()).violations().map(Violation::field))
                .contains(VALUE);
    }

    @Example
    void the_key_is_the_device_id_in_the_app_scope() {
        var status = ModelFixtures.valid(kind().create(
                        "id-1", INSTALL_SCOPE, install(ResultantAppState.INSTALLED, "device-9"), ModelFixtures.POLICY));

        assertThat(kind().naturalKeyProperties()).containsExactly("deviceId");
        assertThat(kind().naturalKey(status).get()).isEqualTo(new NaturalKey<>(INSTALL_SCOPE, List.of("device-9")));
    }

    @Example
    void the_install_state_is_counted_under_its_first_name_even_when_given_under_its_second() {
        var status = ModelFixtures.valid(
                kind().create("id-1", INSTALL_SCOPE, installMinimal(ResultantAppState.FAILED), ModelFixtures.POLICY));

        assertThat(get(installMinimal(ResultantAppState.FAILED), STATE)).isNull();
        assertThat(kind().stateProperties()).containsExactly(STATE);
        assertThat(kind().stateValues(status).single()._2).isEqualTo(ResultantAppState.FAILED.wireName());
    }

    @Example
    void a_scope_with_a_blank_app_or_user_status_id_is_refused_naming_it() {
        var blankApp = kind().checkScope(new AppInstallScope(TENANT, " ", Option.none()));
        var blankUser = kind().checkScope(new AppInstallScope(TENANT, "app-1", Option.some("")));

        assertThat(((DomainError.Invalid) blankApp.getLeft()).violations().map(Violation::field))
                .containsExactly("scope.mobileAppId");
        assertThat(((DomainError.Invalid) blankUser.getLeft()).violations().map(Violation::field))
                .containsExactly("scope.userStatusId");
    }

    @Example
    void a_scope_without_a_user_status_is_accepted() {
        var scope = new AppInstallScope(TENANT, "app-2", Option.none());

        assertThat(kind().checkScope(scope).get()).isEqualTo(scope);
    }

    @Example
    void the_device_id_is_the_key_a_list_may_filter_on() {
        assertThat(kind().filterableKey()).contains(AppInstallProperties.DEVICE_ID);
    }
}
