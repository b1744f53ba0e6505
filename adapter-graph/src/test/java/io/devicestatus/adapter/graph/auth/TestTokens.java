package io.devicestatus.adapter.graph.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/** Tokens built with nimbus directly, so that a test can shape every header field and claim. */
final class TestTokens {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TENANT = "3f2b7c1e-8d4a-4e6b-9c0d-1a2b3c4d5e6f";
    static final String READ_CONFIGURATION = "DeviceManagementConfiguration.Read.All";
    static final String READ_APPS = "DeviceManagementApps.Read.All";

    private TestTokens() {}

    /** A delegated user's claims: valid from an hour ago for another hour. */
    static JWTClaimsSet.Builder delegated() {
        return new JWTClaimsSet.Builder()
                .subject("user-1")
                .claim("tid", TENANT)
                .claim("scp", READ_CONFIGURATION + " " + READ_APPS)
                .issueTime(at(Duration.ofHours(-1)))
                .expirationTime(at(Duration.ofHours(1)));
    }

    /** An application's claims: roles, no scp. */
    static JWTClaimsSet.Builder application() {
        return new JWTClaimsSet.Builder()
                .subject("app-1")
                .claim("tid", TENANT)
                .claim("roles", List.of("DeviceManagementApps.ReadWrite.All"))
                .issueTime(at(Duration.ofHours(-1)))
                .expirationTime(at(Duration.ofHours(1)));
    }

    static Date at(Duration fromNow) {
        return Date.from(NOW.plus(fromNow));
    }

    static String hs256(byte[] secret, JWTClaimsSet.Builder claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT), claims, secret);
    }

    static String sign(JWSHeader.Builder header, JWTClaimsSet.Builder claims, byte[] hmacSecret) {
        var jwt = new SignedJWT(header.build(), claims.build());
        try {
            jwt.sign(new MACSigner(hmacSecret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static String rs256(RSAKey key, JWTClaimsSet.Builder claims) {
        return rsa(JWSAlgorithm.RS256, key, claims);
    }

    static String rsa(JWSAlgorithm algorithm, RSAKey key, JWTClaimsSet.Builder claims) {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(algorithm)
                        .type(JOSEObjectType.JWT)
                        .keyID(key.getKeyID())
                        .build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
