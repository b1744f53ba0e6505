package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.TestTokens.CLOCK;
import static io.devicestatus.adapter.graph.auth.TestTokens.TENANT;
import static io.devicestatus.adapter.graph.auth.TestTokens.application;
import static io.devicestatus.adapter.graph.auth.TestTokens.delegated;
import static io.devicestatus.adapter.graph.auth.TestTokens.rs256;
import static io.devicestatus.adapter.graph.auth.TestTokens.rsaKey;
import static io.devicestatus.adapter.graph.auth.Verdicts.ACCEPTED;
import static io.devicestatus.adapter.graph.auth.Verdicts.accepted;
import static io.devicestatus.adapter.graph.auth.Verdicts.refused;
import static io.devicestatus.adapter.graph.auth.Verdicts.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import io.devicestatus.adapter.graph.CapturedLog;
import io.vavr.collection.LinkedHashSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RS256 against a JWK set: served over loopback by a JDK HTTP server, or given in memory. */
class NimbusTokenVerifierJwksTest {

    private static final RSAKey KEY = rsaKey("key-1");
    private static final RSAKey NEXT_KEY = rsaKey("key-2");
    private static final RSAKey STRANGER = rsaKey("stranger");

    private final JwksServer server = JwksServer.serving(new JWKSet(KEY));
    private final NimbusTokenVerifier verifier =
            NimbusTokenVerifier.jwks(server.url(), TenantRule.anyTenant()).withClock(CLOCK);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_token_signed_with_a_published_key_is_accepted() {
        var caller = accepted(verifier.verify(rs256(KEY, application())));

        assertThat(caller)
                .isEqualTo(new Caller(
                        "app-1",
                        io.devicestatus.domain.common.TenantId.fromString(TENANT),
                        LinkedHashSet.empty(),
                        LinkedHashSet.of("DeviceManagementApps.ReadWrite.All")));
    }

    @Test
    void the_key_set_is_fetched_once_not_per_token() {
        for (var i = 0; i < 5; i++) {
            assertThat(verdict(verifier.verify(rs256(KEY, delegated())))).isEqualTo(ACCEPTED);
        }

        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void nothing_is_fetched_before_the_first_token() {
        assertThat(server.requests()).isZero();
    }

    @Test
    void after_a_key_rotation_a_token_with_the_new_key_id_is_accepted() {
        assertThat(verdict(verifier.verify(rs256(KEY, delegated())))).isEqualTo(ACCEPTED);

        server.serve(new JWKSet(NEXT_KEY));

        assertThat(verdict(verifier.verify(rs256(NEXT_KEY, delegated())))).isEqualTo(ACCEPTED);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void copies_made_with_settings_share_the_cached_key_set() {
        assertThat(verdict(verifier.verify(rs256(KEY, delegated())))).isEqualTo(ACCEPTED);
        assertThat(verdict(verifier.withAudience("aud")
                        .verify(rs256(KEY, delegated().audience("aud")))))
                .isEqualTo(ACCEPTED);

        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void a_token_whose_key_id_is_not_published_is_refused() {
        assertThat(verdict(verifier.verify(rs256(STRANGER, delegated())))).isEqualTo(refused("signing key not found"));
    }

    @Test
    void a_token_signed_with_another_key_under_a_published_key_id_is_refused() {
        var impostor = new RSAKey.Builder(STRANGER).keyID(KEY.getKeyID()).build();

        assertThat(verdict(verifier.verify(rs256(impostor, delegated())))).isEqualTo(refused("signature invalid"));
    }

    @Test
    void an_hs256_token_keyed_with_the_rsa_public_key_is_refused() throws JOSEException {
        var publicKeyBytes = KEY.toRSAPublicKey().getEncoded();
        var confused = TestTokens.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()), delegated(), publicKeyBytes);
        var confusedWithJwk = TestTokens.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()),
                delegated(),
                KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));

        assertThat(verdict(verifier.verify(confused))).isEqualTo(refused("algorithm HS256 not accepted"));
        assertThat(verdict(verifier.verify(confusedWithJwk))).isEqualTo(refused("algorithm HS256 not accepted"));
    }

    @Test
    void other_rsa_algorithms_are_refused() {
        assertThat(verdict(verifier.verify(TestTokens.rsa(JWSAlgorithm.RS384, KEY, delegated()))))
                .isEqualTo(refused("algorithm RS384 not accepted"));
        assertThat(verdict(verifier.verify(TestTokens.rsa(JWSAlgorithm.PS256, KEY, delegated()))))
                .isEqualTo(refused("algorithm PS256 not accepted"));
    }

    @Test
    void the_claims_rules_apply_as_with_any_key() {
        var strict = verifier.withIssuer("iss").withAudience("aud");

        assertThat(verdict(strict.verify(rs256(KEY, delegated().issuer("iss").audience("other")))))
                .isEqualTo(refused("audience not accepted"));
        assertThat(verdict(strict.verify(rs256(KEY, delegated().issuer("other").audience("aud")))))
                .isEqualTo(refused("issuer not accepted"));
        assertThat(verdict(strict.verify(rs256(KEY, delegated().issuer("iss").audience("aud")))))
                .isEqualTo(ACCEPTED);
    }

    @Test
    void an_unreachable_key_set_refuses_the_token_and_warns_without_it() {
        server.close();
        var token = rs256(KEY, delegated());
        var verified = new AtomicReference<String>();

        var log = CapturedLog.during(() -> verified.set(verdict(verifier.verify(token))));

        assertThat(verified.get()).isEqualTo(refused("signing keys unavailable"));
        assertThat(log)
                .contains("WARN")
                .contains("signing keys unavailable")
                .contains(server.url().toString())
                .doesNotContain(token)
                .doesNotContain(token.split("\\.")[1]);
    }

    @Test
    void a_key_set_endpoint_that_fails_refuses_the_token() {
        server.failWith(500);

        var log = CapturedLog.during(() -> assertThat(verdict(verifier.verify(rs256(KEY, delegated()))))
                .isEqualTo(refused("signing keys unavailable")));

        assertThat(log).contains("WARN");
    }

    @Test
    void a_key_set_that_is_not_json_refuses_the_token() {
        server.failWith(200);

        CapturedLog.during(() -> assertThat(verdict(verifier.verify(rs256(KEY, delegated()))))
                .isEqualTo(refused("signing keys unavailable")));
    }

    @Test
    void a_fixed_key_set_verifies_with_its_public_keys() {
        var fixed = NimbusTokenVerifier.jwkSet(new JWKSet(List.of(KEY, NEXT_KEY)), TenantRule.anyTenant())
                .withClock(CLOCK);

        assertThat(verdict(fixed.verify(rs256(KEY, delegated())))).isEqualTo(ACCEPTED);
        assertThat(verdict(fixed.verify(rs256(NEXT_KEY, delegated())))).isEqualTo(ACCEPTED);
        assertThat(verdict(fixed.verify(rs256(STRANGER, delegated())))).isEqualTo(refused("signing key not found"));
        assertThat(fixed.toString())
                .contains("RS256", "2 key(s)")
                .doesNotContain(KEY.getPrivateExponent().toString());
    }

    @Test
    void a_fixed_key_set_refuses_hs256_and_unsecured_tokens() throws JOSEException {
        var fixed = NimbusTokenVerifier.jwkSet(new JWKSet(KEY), TenantRule.anyTenant())
                .withClock(CLOCK);
        var confused = TestTokens.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256),
                delegated(),
                KEY.toRSAPublicKey().getEncoded());

        assertThat(verdict(fixed.verify(confused))).isEqualTo(refused("algorithm HS256 not accepted"));
        assertThat(verdict(fixed.verify(new PlainJWT(delegated().build()).serialize())))
                .isEqualTo(refused("unsecured token (alg none) refused"));
    }

    @Test
    void a_key_set_without_rsa_keys_is_refused() throws JOSEException {
        var secretOnly =
                new JWKSet(new OctetSequenceKeyGenerator(256).keyID("oct").generate());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> NimbusTokenVerifier.jwkSet(secretOnly, TenantRule.anyTenant()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NimbusTokenVerifier.jwkSet(new JWKSet(), TenantRule.anyTenant()));
    }
}
