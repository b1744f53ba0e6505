package io.devicestatus.adapter.graph.auth;

import static io.devicestatus.adapter.graph.auth.TestTokens.CLOCK;
import static io.devicestatus.adapter.graph.auth.TestTokens.READ_APPS;
import static io.devicestatus.adapter.graph.auth.TestTokens.READ_CONFIGURATION;
import static io.devicestatus.adapter.graph.auth.TestTokens.TENANT;
import static io.devicestatus.adapter.graph.auth.TestTokens.application;
import static io.devicestatus.adapter.graph.auth.TestTokens.at;
import static io.devicestatus.adapter.graph.auth.TestTokens.delegated;
import static io.devicestatus.adapter.graph.auth.TestTokens.hs256;
import static io.devicestatus.adapter.graph.auth.TestTokens.rs256;
import static io.devicestatus.adapter.graph.auth.Verdicts.ACCEPTED;
import static io.devicestatus.adapter.graph.auth.Verdicts.accepted;
import static io.devicestatus.adapter.graph.auth.Verdicts.refused;
import static io.devicestatus.adapter.graph.auth.Verdicts.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.LinkedHashSet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verifier's rules, over HS256 development tokens and a fixed clock; RS256 and remote JWK sets are in
 * {@link NimbusTokenVerifierJwksTest}.
 */
class NimbusTokenVerifierTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private static final String ISSUER = "https://login.example.com/t/v2.0";
    private static final String AUDIENCE = "api://device-status";

    private final NimbusTokenVerifier verifier =
            NimbusTokenVerifier.development(SECRET).withClock(CLOCK);

    @Test
    void a_delegated_token_gives_its_subject_tenant_and_scopes() {
        var caller = accepted(verifier.verify(hs256(SECRET, delegated())));

        assertThat(caller)
                .isEqualTo(new Caller(
                        "user-1",
                        TenantId.fromString(TENANT),
                        LinkedHashSet.of(READ_CONFIGURATION, READ_APPS),
                        LinkedHashSet.empty()));
        assertThat(caller.delegated()).isTrue();
    }

    @Test
    void an_application_token_gives_its_roles_and_no_scopes() {
        var caller = accepted(verifier.verify(hs256(SECRET, application())));

        assertThat(caller)
                .isEqualTo(new Caller(
                        "app-1",
                        TenantId.fromString(TENANT),
                        LinkedHashSet.empty(),
                        LinkedHashSet.of("DeviceManagementApps.ReadWrite.All")));
        assertThat(caller.delegated()).isFalse();
    }

    @Test
    void a_token_from_development_tokens_is_accepted() {
        var secret = DevelopmentTokens.newSecret();
        var token = DevelopmentTokens.sign(
                secret,
                new DevelopmentTokens.Claims(
                        "user-2",
                        TENANT,
                        io.vavr.collection.List.of("DeviceManagementApps.ReadWrite.All"),
                        io.vavr.collection.List.empty(),
                        null,
                        null,
                        TestTokens.NOW,
                        TestTokens.NOW.plusSeconds(600)));

        assertThat(accepted(
                        NimbusTokenVerifier.development(secret).withClock(CLOCK).verify(token)))
                .isEqualTo(new Caller(
                        "user-2",
                        TenantId.fromString(TENANT),
                        LinkedHashSet.of("DeviceManagementApps.ReadWrite.All"),
                        LinkedHashSet.empty()));
    }

    @Test
    void scopes_split_on_any_number_of_spaces() {
        var caller = verifier.verify(hs256(SECRET, delegated().claim("scp", " a  b ")));

        assertThat(accepted(caller).scopes()).isEqualTo(LinkedHashSet.of("a", "b"));
    }

    @Test
    void a_delegated_token_keeps_the_roles_it_carries() {
        var caller = verifier.verify(hs256(SECRET, delegated().claim("roles", List.of("Admin"))));

        assertThat(accepted(caller).roles()).isEqualTo(LinkedHashSet.of("Admin"));
        assertThat(accepted(caller).delegated()).isEqualTo(true);
    }

    @Test
    void a_token_without_a_guid_tid_is_refused() {
        assertRefused(hs256(SECRET, delegated().claim("tid", null)), "token has no tenant (tid)");
        assertRefused(hs256(SECRET, delegated().claim("tid", "")), "token's tenant (tid) is not a GUID");
        assertRefused(
                hs256(SECRET, delegated().claim("tid", "contoso.onmicrosoft.com")),
                "token's tenant (tid) is not a GUID");
        assertRefused(
                hs256(SECRET, delegated().claim("tid", "3f2b7c1e8d4a4e6b9c0d1a2b3c4d5e6f")),
                "token's tenant (tid) is not a GUID");
    }

    @Test
    void the_tenant_is_the_tid_in_its_canonical_form() {
        var caller =
                verifier.verify(hs256(SECRET, delegated().claim("tid", TENANT.toUpperCase(java.util.Locale.ROOT))));

        assertThat(accepted(caller).tenant()).isEqualTo(TenantId.fromString(TENANT));
    }

    @Test
    void without_sub_the_subject_is_oid() {
        var caller = verifier.verify(hs256(SECRET, delegated().subject(null).claim("oid", "object-1")));

        assertThat(accepted(caller).subject()).isEqualTo("object-1");
    }

    @Test
    void sub_wins_over_oid() {
        var caller = verifier.verify(hs256(SECRET, delegated().claim("oid", "object-1")));

        assertThat(accepted(caller).subject()).isEqualTo("user-1");
    }

    @Test
    void a_token_without_sub_or_oid_is_refused() {
        assertRefused(hs256(SECRET, delegated().subject(null)), "token has no subject (sub)");
    }

    @Test
    void an_scp_that_names_no_scope_is_refused() {
        assertRefused(hs256(SECRET, delegated().claim("scp", "  ")), "token's scp claim names no scope");
    }

    @Test
    void claims_of_the_wrong_type_are_refused() {
        assertRefused(
                hs256(SECRET, application().claim("roles", "DeviceManagementApps.ReadWrite.All")),
                "token claims malformed");
        assertRefused(hs256(SECRET, delegated().claim("scp", List.of(READ_APPS))), "token claims malformed");
        assertRefused(hs256(SECRET, delegated().claim("tid", 42)), "token's tenant (tid) is not a GUID");
    }

    @Test
    void a_token_expired_beyond_the_skew_is_refused() {
        assertRefused(hs256(SECRET, delegated().expirationTime(at(Duration.ofSeconds(-61)))), "token expired");
    }

    @Test
    void a_token_expired_within_the_skew_is_accepted() {
        assertThat(on(verifier, delegated().expirationTime(at(Duration.ofSeconds(-59)))))
                .isEqualTo(ACCEPTED);
    }

    @Test
    void the_skew_is_configurable() {
        var token = hs256(SECRET, delegated().expirationTime(at(Duration.ofSeconds(-5))));

        assertThat(verdict(verifier.withClockSkew(Duration.ZERO).verify(token))).isEqualTo(refused("token expired"));
        assertThat(verdict(verifier.withClockSkew(Duration.ofSeconds(10)).verify(token)))
                .isEqualTo(ACCEPTED);
    }

    @Test
    void the_skew_must_be_whole_non_negative_seconds() {
        assertThatIllegalArgumentException().isThrownBy(() -> verifier.withClockSkew(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> verifier.withClockSkew(Duration.ofMillis(1500)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> verifier.withClockSkew(Duration.ofSeconds(Integer.MAX_VALUE + 1L)));
    }

    @Test
    void the_clock_decides_what_is_expired() {
        var token = hs256(SECRET, delegated());
        var later = verifier.withClock(Clock.offset(CLOCK, Duration.ofHours(2)));

        assertThat(verdict(later.verify(token))).isEqualTo(refused("token expired"));
    }

    @Test
    void a_token_without_exp_is_refused() {
        assertRefused(hs256(SECRET, delegated().expirationTime(null)), "token has no expiry (exp)");
    }

    @Test
    void a_token_not_valid_before_a_time_beyond_the_skew_is_refused() {
        assertRefused(hs256(SECRET, delegated().notBeforeTime(at(Duration.ofSeconds(61)))), "token not yet valid");
    }

    @Test
    void nbf_within_the_skew_or_past_is_accepted() {
        assertThat(on(verifier, delegated().notBeforeTime(at(Duration.ofSeconds(59)))))
                .isEqualTo(ACCEPTED);
        assertThat(on(verifier, delegated().notBeforeTime(at(Duration.ofMinutes(-5)))))
                .isEqualTo(ACCEPTED);
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        assertRefused(hs256(OTHER_SECRET, delegated()), "signature invalid");
    }

    @Test
    void a_tampered_payload_is_refused() {
        var token = hs256(SECRET, delegated());
        var parts = token.split("\\.");
        var forged = Base64URL.encode(delegated().subject("admin").build().toString());

        assertRefused(parts[0] + "." + forged + "." + parts[2], "signature invalid");
    }

    @Test
    void a_secret_shorter_than_32_bytes_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NimbusTokenVerifier.development(new byte[31]))
                .withMessageContaining("32");
        assertThat(NimbusTokenVerifier.development(new byte[32])).isNotNull();
    }

    @Test
    void the_secret_is_copied() {
        var secret = SECRET.clone();
        var copyingVerifier = NimbusTokenVerifier.development(secret).withClock(CLOCK);
        secret[0] ^= 1;

        assertThat(on(copyingVerifier, delegated())).isEqualTo(ACCEPTED);
    }

    @Test
    void the_issuer_must_match_exactly_when_configured() {
        var strict = verifier.withIssuer(ISSUER);

        assertThat(on(strict, delegated().issuer(ISSUER))).isEqualTo(ACCEPTED);
        assertThat(on(strict, delegated().issuer(ISSUER + "/"))).isEqualTo(refused("issuer not accepted"));
        assertThat(on(strict, delegated())).isEqualTo(refused("issuer not accepted"));
        assertThat(on(verifier, delegated().issuer("anyone"))).isEqualTo(ACCEPTED);
    }

    @Test
    void the_audience_must_be_among_the_tokens_when_configured() {
        var strict = verifier.withAudience(AUDIENCE);

        assertThat(on(strict, delegated().audience(AUDIENCE))).isEqualTo(ACCEPTED);
        assertThat(on(strict, delegated().audience(List.of("other", AUDIENCE)))).isEqualTo(ACCEPTED);
        assertThat(on(strict, delegated().audience("api://other"))).isEqualTo(refused("audience not accepted"));
        assertThat(on(strict, delegated())).isEqualTo(refused("audience not accepted"));
        assertThat(on(verifier, delegated().audience("api://other"))).isEqualTo(ACCEPTED);
    }

    @Test
    void issuer_audience_and_time_rules_combine() {
        var strict = verifier.withIssuer("iss").withAudience("aud");
        var good = delegated().issuer("iss").audience("aud");

        assertThat(on(strict, good)).isEqualTo(ACCEPTED);
        assertThat(on(strict, good.expirationTime(at(Duration.ofHours(-1))))).isEqualTo(refused("token expired"));
    }

    @Test
    void an_rs256_token_is_refused_by_the_development_verifier() {
        assertRefused(rs256(TestTokens.rsaKey("k1"), delegated()), "algorithm RS256 not accepted");
    }

    @Test
    void other_hmac_algorithms_are_refused() {
        var secret = new byte[64];
        var token = TestTokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS512), delegated(), secret);

        var verdict =
                verdict(NimbusTokenVerifier.development(secret).withClock(CLOCK).verify(token));

        assertThat(verdict).isEqualTo(refused("algorithm HS512 not accepted"));
    }

    @Test
    void an_algorithm_name_that_is_not_standard_is_not_repeated() {
        var header = Base64URL.encode("{\"alg\":\"<script>\",\"typ\":\"JWT\"}");
        var payload = Base64URL.encode(delegated().build().toString());

        assertRefused(header + "." + payload + ".c2ln", "algorithm not accepted");
    }

    @Test
    void an_unsecured_token_is_refused() {
        var plain = new PlainJWT(delegated().build()).serialize();

        assertRefused(plain, "unsecured token (alg none) refused");
        assertRefused(plain + "c2ln", "unsecured token (alg none) refused");
    }

    @Test
    void an_encrypted_token_is_refused() throws JOSEException {
        var jwe = new EncryptedJWT(
                new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                delegated().build());
        jwe.encrypt(new DirectEncrypter(SECRET));

        assertRefused(jwe.serialize(), "encrypted token not accepted");
    }

    @Test
    void a_token_type_other_than_jwt_is_refused() {
        var secevent = TestTokens.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("secevent+jwt")),
                delegated(),
                SECRET);
        var accessToken = TestTokens.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")), delegated(), SECRET);
        var untyped = TestTokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS256), delegated(), SECRET);

        assertRefused(secevent, "token type not accepted");
        assertThat(verdict(verifier.verify(accessToken))).isEqualTo(ACCEPTED);
        assertThat(verdict(verifier.verify(untyped))).isEqualTo(ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "a.b.c",
                "...",
                "a..",
                ".e30.",
                "Bearer x.y.z",
                "bm90IGpzb24.e30.c2ln", // header not JSON
                "WzFd.e30.c2ln", // header a JSON array
                "bnVsbA.e30.c2ln", // header JSON null (nimbus's parser throws NullPointerException)
                "e30.e30.c2ln", // header without alg
                "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln", // payload not JSON
                "eyJhbGciOiJIUzI1NiJ9.WzFd.c2ln", // payload a JSON array
                "eyJhbGciOiJIUzI1NiJ9.bnVsbA.c2ln", // payload JSON null
                "eyJhbGciOiJIUzI1NiJ9.e30", // two parts
                "eyJhbGciOiJIUzI1NiJ9.e30.c2ln.e30", // four parts
            })
    void garbage_is_not_a_jwt(String token) {
        assertRefused(token, "token is not a JWT");
    }

    @Test
    void a_null_token_is_a_programming_error() {
        assertThatNullPointerException().isThrownBy(() -> verifier.verify(null));
    }

    @Test
    void to_string_names_the_settings_but_never_the_secret() {
        var text = verifier.withIssuer("iss").withAudience("aud").toString();

        assertThat(text)
                .contains("HS256", "iss", "aud", "PT1M")
                .doesNotContain(new String(SECRET, StandardCharsets.US_ASCII))
                .doesNotContain(Base64URL.encode(SECRET).toString());
    }

    private static String on(TokenVerifier verifier, JWTClaimsSet.Builder claims) {
        return verdict(verifier.verify(hs256(SECRET, claims)));
    }

    private void assertRefused(String token, String reason) {
        assertThat(verdict(verifier.verify(token))).isEqualTo(refused(reason));
    }
}
