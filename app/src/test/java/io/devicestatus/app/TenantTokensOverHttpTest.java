package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.CONFIG_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TenantRule;
import io.devicestatus.domain.common.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A token whose tenant is missing, malformed, mismatched or not allowed, over real HTTP: 401 with Graph's error body
 * and a Bearer {@code invalid_token} challenge, the token echoed nowhere, and nothing written. Production auth here
 * has an allow-list of tenant A; every token is signed by the same key for the same audience, as Entra ID signs every
 * tenant's tokens for a multi-tenant app.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantTokensOverHttpTest {

    private static final String IOS = "/v1.0/deviceManagement/iosUpdateStatuses";
    private static final String A = ServerUnderTest.TENANT;
    private static final String B = TenantsEndToEndContract.TENANT_B;
    private static final String AUDIENCE = "api://device-status";

    private RSAKey key;
    private ServerUnderTest production;
    private ServerUnderTest development;

    @BeforeAll
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        var verifier = NimbusTokenVerifier.jwkSet(
                        new JWKSet(key.toPublicJWK()), TenantRule.tenants(List.of(TenantId.fromString(A))))
                .withAudience(AUDIENCE);
        production = ServerUnderTest.over(Storage.memory(Clock.systemUTC()).application(), verifier);
        development = ServerUnderTest.inMemory();
    }

    @AfterAll
    void stop() {
        production.close();
        development.close();
    }

    @Test
    void production_accepts_an_allowed_tenant_from_its_own_issuer_v2_and_v1() throws Exception {
        assertThat(production.get(IOS, token(A, v2(A))).status()).isEqualTo(200);
        assertThat(production
                        .get(IOS, token(A, "https://sts.windows.net/" + A + "/"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void production_refuses_a_tenant_not_allowed_even_with_the_same_keys_and_audience() throws Exception {
        assertRefusedAndUnwritten(production, token(B, v2(B)), "tenant not allowed");
    }

    @Test
    void production_refuses_an_issuer_of_another_tenant() throws Exception {
        assertRefusedAndUnwritten(production, token(A, v2(B)), "issuer's tenant is not the token's tenant");
        assertRefusedAndUnwritten(production, token(A, "https://idp.example.com"), "issuer not accepted");
    }

    @Test
    void production_refuses_a_tid_that_is_missing_or_not_a_guid() throws Exception {
        assertRefusedAndUnwritten(production, token(null, v2(A)), "token has no tenant (tid)");
        assertRefusedAndUnwritten(production, token("contoso.onmicrosoft.com", v2(A)), "not a GUID");
    }

    @Test
    void development_refuses_a_tid_that_is_missing_or_not_a_guid() {
        var none = development.sign(io.vavr.collection.List.of(CONFIG_WRITE), io.vavr.collection.List.empty(), null);
        var malformed =
                development.sign(io.vavr.collection.List.of(CONFIG_WRITE), io.vavr.collection.List.empty(), "tenant-1");

        assertRefusedAndUnwritten(development, none, "token has no tenant (tid)");
        assertRefusedAndUnwritten(development, malformed, "not a GUID");
    }

    /** 401 as Graph answers it, for a read and a write; the write left nothing behind. */
    private void assertRefusedAndUnwritten(ServerUnderTest server, String token, String reason) {
        for (var reply :
                List.of(server.get(IOS, token), server.post(IOS, token, TenantsEndToEndContract.device("device-1")))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("InvalidAuthenticationToken");
            assertThat(reply.message()).contains(reason);
            assertThat(reply.json()
                            .path("error")
                            .path("innerError")
                            .path("request-id")
                            .asText())
                    .isNotBlank();
            assertThat(reply.header("WWW-Authenticate"))
                    .startsWith("Bearer")
                    .contains("error=\"invalid_token\"")
                    .doesNotContain(token);
            assertThat(reply.body()).doesNotContain(token);
        }
        for (var tenant : List.of(A, B)) {
            var reader = server == production
                    ? uncheckedToken(tenant)
                    : server.sign(io.vavr.collection.List.of(CONFIG_WRITE), io.vavr.collection.List.empty(), tenant);
            var list = server.get(IOS + "?$count=true", reader);
            if (list.status() == 200) {
                assertThat(list.json().path("@odata.count").asInt())
                        .as("nothing written in " + tenant)
                        .isZero();
            }
        }
    }

    private String uncheckedToken(String tenant) {
        try {
            return token(tenant, v2(tenant));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String v2(String tenant) {
        return "https://login.microsoftonline.com/" + tenant + "/v2.0";
    }

    private String token(String tid, String issuer) throws JOSEException {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject("tester")
                .claim("tid", tid)
                .claim("scp", CONFIG_WRITE)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
