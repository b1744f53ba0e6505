package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.CONFIG_SCOPE;
import static io.devicestatus.application.model.ModelFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus.Draft;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Example;

class AppConfigurationKindTest extends StatusKindLaws<AppConfigurationDeviceStatus, ConfigurationScope, Draft> {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    @Override
    AppConfigurationKind kind() {
        return AppConfigurationKind.INSTANCE;
    }

    @Override
    Class<Draft> draftType() {
        return Draft.class;
    }

    @Override
    String domainGraphType() {
        return AppConfigurationDeviceStatus.GRAPH_TYPE;
    }

    @Override
    String reportTimeProperty() {
        return "lastReportedDateTime";
    }

    @Override
    ConfigurationScope scope() {
        return CONFIG_SCOPE;
    }

    /** Every compliance status, with the four combinations of display name and UPN present or absent in turn. */
    @Override
    Seq<Draft> sampleDrafts() {
        return List.of(ComplianceStatus.values())
                .zipWithIndex()
                .map(s -> config(
                        s._1, s._2 % 2 == 0 ? "Anna's iPad" : null, s._2 / 2 % 2 == 0 ? "anna@contoso.com" : null));
    }

    @Example
    void the_key_is_the_display_name_and_the_upn_in_the_configuration() {
        var status = ModelFixtures.valid(kind().create(
                        "id-1",
                        CONFIG_SCOPE,
                        config(ComplianceStatus.ERROR, "Bob's iPhone", "bob@contoso.com"),
                        ModelFixtures.POLICY));

        assertThat(kind().naturalKeyProperties()).containsExactly("deviceDisplayName", "userPrincipalName");
        assertThat(kind().naturalKey(status).get())
                .isEqualTo(new NaturalKey<>(CONFIG_SCOPE, List.of("Bob's iPhone", "bob@contoso.com")));
    }

    @Example
    void a_status_lacking_both_key_properties_names_both_in_key_order() {
        var status = ModelFixtures.valid(
                kind().create("id-1", CONFIG_SCOPE, config(ComplianceStatus.ERROR, null, null), ModelFixtures.POLICY));

        assertThat(kind().missingKeyProperties(status)).containsExactly("deviceDisplayName", "userPrincipalName");
        assertThat(kind().naturalKey(status)).isEmpty();
    }

    @Example
    void compliance_status_is_counted() {
        assertThat(kind().stateProperties()).containsExactly("status");
    }

    @Example
    void a_scope_with_a_blank_configuration_id_is_refused_naming_it() {
        var refused = kind().checkScope(
                        new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, " "));

        assertThat(refused.getLeft()).isInstanceOf(DomainError.Invalid.class);
        assertThat(((DomainError.Invalid) refused.getLeft()).violations().map(Violation::field))
                .containsExactly("scope.configurationId");
    }

    @Example
    void a_key_of_two_properties_is_not_one_a_list_may_filter_on() {
        assertThat(kind().filterableKey()).isEmpty();
    }
}
