package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.CONFIG_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TenantRule;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Forged and unfit tokens over real HTTP, against development auth (HS256) and production auth (RS256 keys with
 * issuer and audience): each is 401 with a Bearer {@code invalid_token} challenge, and the token appears nowhere in
 * the answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAttacksTest {

    private static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";
    private static final String ISSUER = "https://login.microsoftonline.com/6babcaad-604b-40ac-a9d7-9fd97c0b779f/v2.0";
    private static final String AUDIENCE = "api://device-status";

    private RSAKey signingKey;
    private RSAKey otherKey;
    private ServerUnderTest development;
    private ServerUnderTest production;

    @BeforeAll
    void start() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        development = ServerUnderTest.inMemory();
        var verifier = NimbusTokenVerifier.jwkSet(new JWKSet(signingKey.toPublicJWK()), TenantRule.issuer(ISSUER))
                .withAudience(AUDIENCE);
        production = ServerUnderTest.over(Storage.memory(Clock.systemUTC()).application(), verifier);
    }

    @AfterAll
    void stop() throws Exception {
        development.close();
        production.close();
    }

    @Test
    void production_accepts_a_token_signed_by_its_key_for_its_audience_and_issuer() throws Exception {
        assertThat(production
                        .get(IOS, rs256(signingKey, claims(ISSUER, AUDIENCE, 600)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void development_accepts_its_own_tokens() {
        assertThat(development.get(IOS, development.delegated(CONFIG_WRITE)).status())
                .isEqualTo(200);
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        assertRefused(production, rs256(otherKey, claims(ISSUER, AUDIENCE, 600)), "signature invalid");
        assertRefused(
                development,
                DevelopmentTokens.sign(DevelopmentTokens.newSecret(), devClaims(600)),
                "signature invalid");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        assertRefused(production, rs256(signingKey, claims(ISSUER, AUDIENCE, -600)), "expired");
        assertRefused(development, DevelopmentTokens.sign(development.key, devClaims(-600)), "expired");
    }

    @Test
    void a_token_for_another_audience_or_from_another_issuer_is_refused() throws Exception {
        assertRefused(production, rs256(signingKey, claims(ISSUER, "https://graph.microsoft.com", 600)), "audience");
        assertRefused(production, rs256(signingKey, claims("https://evil.example/v2.0", AUDIENCE, 600)), "issuer");
    }

    @Test
    void an_unsecured_token_alg_none_is_refused() {
        assertRefused(production, new PlainJWT(claims(ISSUER, AUDIENCE, 600)).serialize(), "alg none");
        assertRefused(development, new PlainJWT(claims(null, null, 600)).serialize(), "alg none");
    }

    @Test
    void hs256_keyed_with_the_rsa_public_key_is_refused_by_production() throws Exception {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims(ISSUER, AUDIENCE, 600));
        jwt.sign(new MACSigner(signingKey.toRSAPublicKey().getEncoded()));

        assertRefused(production, jwt.serialize(), "HS256");
    }

    @Test
    void rs256_is_refused_by_development_auth() throws Exception {
        assertRefused(development, rs256(signingKey, claims(null, null, 600)), "RS256");
    }

    @Test
    void garbage_is_refused() {
        assertRefused(development, "not-a-jwt", "not a JWT");
        assertRefused(development, "e30.e30.e30", "");
    }

    private static void assertRefused(ServerUnderTest server, String token, String reason) {
        var reply = server.get(IOS, token);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(reply.message()).contains(reason);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(reply.body()).doesNotContain(token);
        assertThat(reply.header("WWW-Authenticate")).doesNotContain(token);
    }

    private static JWTClaimsSet claims(String issuer, String audience, int expiresInSeconds) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("tester")
                .claim("tid", "6babcaad-604b-40ac-a9d7-9fd97c0b779f")
                .claim("scp", CONFIG_WRITE)
                .issueTime(Date.from(now.minusSeconds(900)))
                .notBeforeTime(Date.from(now.minusSeconds(900)))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .build();
    }

    private static DevelopmentTokens.Claims devClaims(int expiresInSeconds) {
        var now = Instant.now();
        return new DevelopmentTokens.Claims(
                "tester",
                "6babcaad-604b-40ac-a9d7-9fd97c0b779f",
                io.vavr.collection.List.of(CONFIG_WRITE),
                io.vavr.collection.List.empty(),
                null,
                null,
                now.minusSeconds(900),
                now.plusSeconds(expiresInSeconds));
    }

    private static String rs256(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
