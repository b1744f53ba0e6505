package io.devicestatus.adapter.graph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.vavr.collection.List;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DevelopmentTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(3600);

    @Test
    void a_delegated_token_carries_every_claim_given() throws ParseException, JOSEException {
        var secret = DevelopmentTokens.newSecret();
        var token = DevelopmentTokens.sign(
                secret,
                new DevelopmentTokens.Claims(
                        "user-1",
                        "tenant-1",
                        List.of("DeviceManagementApps.Read.All", "User.Read"),
                        List.of("Admin"),
                        "https://issuer",
                        "api://x",
                        ISSUED,
                        EXPIRES));

        var jwt = SignedJWT.parse(token);
        var claims = jwt.getJWTClaimsSet();

        assertThat(jwt.verify(new MACVerifier(secret))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(claims.getSubject()).isEqualTo("user-1");
        assertThat(claims.getStringClaim("tid")).isEqualTo("tenant-1");
        assertThat(claims.getStringClaim("scp")).isEqualTo("DeviceManagementApps.Read.All User.Read");
        assertThat(claims.getStringListClaim("roles")).containsExactly("Admin");
        assertThat(claims.getIssuer()).isEqualTo("https://issuer");
        assertThat(claims.getAudience()).containsExactly("api://x");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(ISSUED));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(EXPIRES));
    }

    @Test
    void an_application_token_has_no_scp_and_absent_claims_are_left_out() throws ParseException {
        var token = DevelopmentTokens.sign(
                DevelopmentTokens.newSecret(),
                new DevelopmentTokens.Claims(
                        "app-1",
                        "tenant-1",
                        List.empty(),
                        List.of("DeviceManagementApps.ReadWrite.All"),
                        null,
                        null,
                        ISSUED,
                        EXPIRES));

        var claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getClaims()).containsOnlyKeys("sub", "tid", "roles", "iat", "exp");
    }

    @Test
    void a_token_without_permissions_has_neither_scp_nor_roles() throws ParseException {
        var token = DevelopmentTokens.sign(
                DevelopmentTokens.newSecret(),
                new DevelopmentTokens.Claims("app-1", "t", List.empty(), List.empty(), null, null, ISSUED, EXPIRES));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaims()).doesNotContainKeys("scp", "roles");
    }

    @Test
    void a_short_secret_is_refused() {
        var claims = new DevelopmentTokens.Claims("u", "t", List.of("s"), List.empty(), null, null, ISSUED, EXPIRES);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DevelopmentTokens.sign(new byte[31], claims))
                .withMessageContaining("32");
    }

    @Test
    void new_secrets_are_32_random_bytes() {
        var one = DevelopmentTokens.newSecret();
        var other = DevelopmentTokens.newSecret();

        assertThat(one).hasSize(32);
        assertThat(other).hasSize(32).isNotEqualTo(one);
    }

    @Test
    void a_token_may_have_no_tid_for_tests_of_its_refusal() throws ParseException {
        var token = DevelopmentTokens.sign(
                DevelopmentTokens.newSecret(),
                new DevelopmentTokens.Claims("app-1", null, List.empty(), List.of("r"), null, null, ISSUED, EXPIRES));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaims()).doesNotContainKey("tid");
    }

    @Test
    void claims_are_checked() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DevelopmentTokens.Claims(
                        " ", "t", List.empty(), List.empty(), null, null, ISSUED, EXPIRES));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DevelopmentTokens.Claims(
                        "u", "t", List.of("two scopes"), List.empty(), null, null, ISSUED, EXPIRES))
                .withMessageContaining("whitespace");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new DevelopmentTokens.Claims("u", "t", List.empty(), List.of(""), null, null, ISSUED, EXPIRES));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new DevelopmentTokens.Claims("u", "t", List.empty(), List.empty(), null, null, ISSUED, ISSUED));
    }
}
