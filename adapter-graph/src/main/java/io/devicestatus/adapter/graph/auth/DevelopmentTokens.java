package io.devicestatus.adapter.graph.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vavr.collection.Seq;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * HS256 tokens for development and tests, shaped like Microsoft Entra ID's: what
 * {@link NimbusTokenVerifier#development(byte[])} accepts. Not for production: whoever holds the secret can mint any
 * caller.
 */
public final class DevelopmentTokens {

    /** Bytes in a secret from {@link #newSecret()}, and the fewest HS256 accepts. */
    public static final int SECRET_BYTES = 32;

    private DevelopmentTokens() {}

    /**
     * What a development token says.
     *
     * @param subject   {@code sub}; not blank
     * @param tenantId  {@code tid}; {@code null} for none (which every verifier refuses: for tests). Any other text is
     *                  signed as given, so that tests can make a token with a malformed tenant
     * @param scopes    {@code scp}, joined with spaces; empty for an application token (no {@code scp} claim). Each
     *                  scope is non-blank and has no whitespace
     * @param roles     {@code roles}; empty for no {@code roles} claim
     * @param issuer    {@code iss}; {@code null} for none
     * @param audience  {@code aud}; {@code null} for none
     * @param issuedAt  {@code iat}, in whole seconds in the token
     * @param expiresAt {@code exp}, in whole seconds in the token; after {@code issuedAt}
     */
    public record Claims(
            String subject,
            String tenantId,
            Seq<String> scopes,
            Seq<String> roles,
            String issuer,
            String audience,
            Instant issuedAt,
            Instant expiresAt) {

        public Claims {
            requireText(subject, "subject");
            Objects.requireNonNull(scopes, "scopes");
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            scopes.forEach(scope -> requireWord(scope, "scope"));
            roles.forEach(role -> requireWord(role, "role"));
            if (!expiresAt.isAfter(issuedAt)) {
                throw new IllegalArgumentException(
                        "expiresAt must be after issuedAt: " + expiresAt + " is not after " + issuedAt);
            }
        }

        private static void requireText(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
        }

        private static void requireWord(String value, String name) {
            requireText(value, name);
            if (value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(name + " must not contain whitespace: '" + value + "'");
            }
        }
    }

    /**
     * A compact HS256 JWT ({@code typ: JWT}) carrying {@code claims}.
     *
     * @throws IllegalArgumentException if the secret is shorter than {@value #SECRET_BYTES} bytes
     */
    public static String sign(byte[] hs256Secret, Claims claims) {
        Objects.requireNonNull(hs256Secret, "hs256Secret");
        Objects.requireNonNull(claims, "claims");
        var body = new JWTClaimsSet.Builder()
                .subject(claims.subject())
                .claim("tid", claims.tenantId()) // a null claim is left out
                .issuer(claims.issuer())
                .audience(claims.audience())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()));
        if (!claims.scopes().isEmpty()) {
            body.claim("scp", claims.scopes().mkString(" "));
        }
        if (!claims.roles().isEmpty()) {
            body.claim("roles", claims.roles().toJavaList());
        }
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                body.build());
        try {
            jwt.sign(new MACSigner(hs256Secret));
        } catch (KeyLengthException e) {
            throw new IllegalArgumentException(
                    "an HS256 secret needs at least " + SECRET_BYTES + " bytes, not " + hs256Secret.length, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    /** A new random secret of {@value #SECRET_BYTES} bytes, from {@link SecureRandom}. */
    public static byte[] newSecret() {
        var secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
