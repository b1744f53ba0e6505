package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.TestTokens.CLOCK;
import static io.devicestatus.adapter.graph.auth.TestTokens.TENANT;
import static io.devicestatus.adapter.graph.auth.TestTokens.delegated;
import static io.devicestatus.adapter.graph.auth.TestTokens.rs256;
import static io.devicestatus.adapter.graph.auth.TestTokens.rsaKey;
import static io.devicestatus.adapter.graph.auth.Verdicts.ACCEPTED;
import static io.devicestatus.adapter.graph.auth.Verdicts.refused;
import static io.devicestatus.adapter.graph.auth.Verdicts.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Production auth and tenants: Entra ID signs every tenant's tokens for a multi-tenant app with the same keys, so
 * only the tenant rule keeps tenant B's token out of a service meant for tenant A.
 */
class TenantRuleTest {

    private static final RSAKey KEY = rsaKey("key-1");
    private static final String OTHER = "9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
    private static final TenantId A = TenantId.fromString(TENANT);
    private static final TenantId B = TenantId.fromString(OTHER);

    private static String v2(String tid) {
        return "https://login.microsoftonline.com/" + tid + "/v2.0";
    }

    private static String v1(String tid) {
        return "https://sts.windows.net/" + tid + "/";
    }

    private static JWTClaimsSet.Builder of(String tid, String iss) {
        return delegated().claim("tid", tid).issuer(iss);
    }

    private static String on(TenantRule rule, JWTClaimsSet.Builder claims) {
        var verifier = NimbusTokenVerifier.jwkSet(new JWKSet(KEY), rule).withClock(CLOCK);
        return verdict(verifier.verify(rs256(KEY, claims)));
    }

    @Test
    void an_allow_list_accepts_its_tenants_from_their_own_entra_issuer_v2_or_v1() {
        var rule = TenantRule.tenants(List.of(A));

        assertThat(on(rule, of(TENANT, v2(TENANT)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(TENANT, v1(TENANT)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(TENANT.toUpperCase(), v2(TENANT)))).isEqualTo(ACCEPTED);
    }

    @Test
    void an_allow_list_refuses_other_tenants_and_other_issuers() {
        var rule = TenantRule.tenants(List.of(A));

        assertThat(on(rule, of(OTHER, v2(OTHER)))).isEqualTo(refused("tenant not allowed"));
        assertThat(on(rule, of(TENANT, v2(OTHER))))
                .isEqualTo(refused("issuer's tenant is not the token's tenant (tid)"));
        assertThat(on(rule, of(TENANT, null)))
                .isEqualTo(
                        refused("issuer not accepted: an allowed tenant's token must come from its own Entra issuer"));
        assertThat(on(rule, of(TENANT, "https://idp.example.com/" + TENANT)))
                .isEqualTo(
                        refused("issuer not accepted: an allowed tenant's token must come from its own Entra issuer"));
        assertThat(on(rule, of(TENANT, "https://login.microsoftonline.com/" + TENANT + "/v2.0/extra")))
                .startsWith("refused: issuer not accepted");
    }

    @Test
    void an_allow_list_may_hold_several_tenants() {
        var rule = TenantRule.tenants(List.of(A, B));

        assertThat(on(rule, of(TENANT, v2(TENANT)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, v1(OTHER)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", v2("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"))))
                .isEqualTo(refused("tenant not allowed"));
    }

    @Test
    void an_entra_issuer_must_name_the_tokens_own_tenant() {
        var rule = TenantRule.issuer(v2(TENANT));

        assertThat(on(rule, of(TENANT, v2(TENANT)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, v2(TENANT))))
                .isEqualTo(refused("issuer's tenant is not the token's tenant (tid)"));
        assertThat(on(rule, of(OTHER, v2(OTHER)))).isEqualTo(refused("issuer not accepted"));
    }

    @Test
    void another_issuer_is_matched_exactly_and_names_no_tenant() {
        var rule = TenantRule.issuer("https://idp.example.com");

        assertThat(on(rule, of(TENANT, "https://idp.example.com"))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, "https://idp.example.com"))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, "https://idp.example.org"))).isEqualTo(refused("issuer not accepted"));
    }

    @Test
    void any_tenant_still_needs_a_guid_tid_and_an_entra_issuer_of_that_tenant() {
        var rule = TenantRule.anyTenant();

        assertThat(on(rule, of(TENANT, v2(TENANT)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, v1(OTHER)))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, "https://idp.example.com"))).isEqualTo(ACCEPTED);
        assertThat(on(rule, of(OTHER, v2(TENANT))))
                .isEqualTo(refused("issuer's tenant is not the token's tenant (tid)"));
        assertThat(on(rule, of(null, v2(TENANT)))).isEqualTo(refused("token has no tenant (tid)"));
        assertThat(on(rule, of("not-a-guid", null))).isEqualTo(refused("token's tenant (tid) is not a GUID"));
    }

    @Test
    void refusals_never_echo_the_tenant_or_the_token() {
        var rule = TenantRule.tenants(List.of(A));
        var token = rs256(KEY, of(OTHER, v2(OTHER)));
        var reason = NimbusTokenVerifier.jwkSet(new JWKSet(KEY), rule)
                .withClock(CLOCK)
                .verify(token)
                .getLeft()
                .reason();

        assertThat(reason).doesNotContain(OTHER).doesNotContain(TENANT).doesNotContain(token);
    }

    @Test
    void contradictory_or_empty_rules_are_refused_when_made() {
        assertThatIllegalArgumentException().isThrownBy(() -> TenantRule.tenants(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TenantRule.tenants(List.of(A)).withIssuer(v2(OTHER)))
                .withMessageContaining(OTHER);
        assertThat(TenantRule.tenants(List.of(A)).withIssuer(v2(TENANT)).issuer())
                .isEqualTo(Option.some(v2(TENANT)));
    }

    @Test
    void the_entra_issuer_forms_name_their_tenant() {
        assertThat(TenantRule.entraIssuerTenant(v2(TENANT))).isEqualTo(Option.some(A));
        assertThat(TenantRule.entraIssuerTenant(v1(TENANT))).isEqualTo(Option.some(A));
        assertThat(TenantRule.entraIssuerTenant("https://login.microsoftonline.us/" + TENANT + "/v2.0"))
                .isEqualTo(Option.some(A));
        assertThat(TenantRule.entraIssuerTenant("https://login.microsoftonline.com/common/v2.0"))
                .isEmpty();
        assertThat(TenantRule.entraIssuerTenant("http://login.microsoftonline.com/" + TENANT + "/v2.0"))
                .isEmpty();
        assertThat(TenantRule.entraIssuerTenant(null)).isEmpty();
    }

    @Test
    void a_verifier_admitting_one_tenant_refuses_the_others() {
        var verifier = NimbusTokenVerifier.jwkSet(new JWKSet(KEY), TenantRule.anyTenant())
                .withClock(CLOCK)
                .admitting(A);

        assertThat(verdict(verifier.verify(rs256(KEY, of(TENANT, v2(TENANT)))))).isEqualTo(ACCEPTED);
        assertThat(verdict(verifier.verify(rs256(KEY, of(OTHER, v2(OTHER))))))
                .isEqualTo(refused("tenant not served here"));
    }

    @Test
    void the_rule_is_said_in_the_verifiers_description() {
        var verifier = NimbusTokenVerifier.jwkSet(new JWKSet(KEY), TenantRule.tenants(List.of(A)));

        assertThat(verifier.toString()).contains("tenants " + TENANT);
        assertThat(TenantRule.anyTenant().toString()).isEqualTo("any tenant");
    }
}
