package io.devicestatus.adapter.graph.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenVerifier} for signed JWTs, on nimbus-jose-jwt's {@link DefaultJWTProcessor} and
 * {@link DefaultJWTClaimsVerifier}. One algorithm is accepted: RS256 against a JWK set
 * ({@link #jwks(URL, TenantRule)}, {@link #jwkSet(JWKSet, TenantRule)}) or HS256 with a shared secret
 * ({@link #development(byte[])}), so a token can never choose how it is checked (no {@code alg: none}, no HS256 keyed
 * with an RSA public key).
 *
 * <p>Rules: {@code exp} is required, {@code nbf} honoured when present, both with a clock skew (default 60 s) either
 * way; {@code iss} must equal the issuer and {@code aud} contain the audience, when configured; {@code typ}, when
 * present, is {@code JWT} or {@code at+jwt}; the caller needs a {@code sub} (or {@code oid}) and a GUID {@code tid},
 * which the {@link TenantRule} accepts (with the {@code iss} it names). Instances are immutable
 * and thread-safe; the {@code with...} methods answer a changed copy that shares the key source (and its cache).
 *
 * <p>A token accepted is remembered (up to {@value #VERIFIED_TOKENS} tokens, each for at most
 * {@link #VERIFIED_FOR}), so that a client sending the same token on every request has its signature and claims
 * checked once, not each time: until then the same text gets the same caller, for as long as the configured clock says
 * it has not expired ({@code exp} plus the skew, as when it was checked). Refusals are never remembered, and each
 * copy remembers its own tokens.
 */
public final class NimbusTokenVerifier implements TokenVerifier {

    /** How far {@code exp} and {@code nbf} may be off the clock, unless {@link #withClockSkew(Duration)} says. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    /** How many accepted tokens are remembered; a client or two per tenant rarely hold more at once. */
    static final int VERIFIED_TOKENS = 1024;

    /**
     * The longest an accepted token is taken on trust before it is checked again: the JWK set's cache lifetime, so a
     * key withdrawn from the set stops being trusted about as soon as the set itself is fetched again.
     */
    static final Duration VERIFIED_FOR = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(NimbusTokenVerifier.class);

    /** Algorithm names a reason may repeat; any other header text is not echoed. */
    private static final Set<String> STANDARD_ALGORITHMS = HashSet.ofAll(JWSAlgorithm.Family.SIGNATURE)
            .addAll(JWSAlgorithm.Family.HMAC_SHA)
            .map(Algorithm::getName);

    /** {@code typ} values accepted; none ({@code null}) too, as RFC 7519 makes it optional. */
    private static final Set<JOSEObjectType> ACCEPTED_TYPES =
            HashSet.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null);

    /** How a signature is checked, fixed when the verifier is made: the one algorithm, its keys, and what they are. */
    private record Keys(JWSAlgorithm algorithm, JWKSource<SecurityContext> source, String description) {}

    /** {@code keys}, and the claims rules the {@code with...} methods change one by one. */
    private record Settings(Keys keys, TenantRule tenants, Option<String> audience, Duration clockSkew, Clock clock) {

        Option<String> issuer() {
            return tenants.issuer();
        }
    }

    /** A caller and when its token stops being valid ({@code exp} plus the clock skew). */
    private record Verified(Caller caller, Instant validUntil) {}

    private final Settings settings;
    private final DefaultJWTProcessor<SecurityContext> processor;
    /** Accepted tokens by their text. */
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(VERIFIED_TOKENS)
            .expireAfterWrite(VERIFIED_FOR)
            .build();

    private NimbusTokenVerifier(Settings settings) {
        this.settings = settings;
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(ACCEPTED_TYPES.toJavaSet()));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                settings.keys().algorithm(), settings.keys().source()));
        processor.setJWTClaimsSetVerifier(new ClaimsRules(settings));
        this.processor = processor;
    }

    /**
     * HS256 with a shared secret, for development and tests (tokens from {@link DevelopmentTokens}).
     *
     * @throws IllegalArgumentException if the secret is shorter than {@value DevelopmentTokens#SECRET_BYTES} bytes
     */
    public static NimbusTokenVerifier development(byte[] hs256Secret) {
        Objects.requireNonNull(hs256Secret, "hs256Secret");
        if (hs256Secret.length < DevelopmentTokens.SECRET_BYTES) {
            throw new IllegalArgumentException("an HS256 secret needs at least " + DevelopmentTokens.SECRET_BYTES
                    + " bytes, not " + hs256Secret.length);
        }
        // whoever holds the secret mints any caller of any tenant anyway: a tenant rule would protect nothing
        return of(
                JWSAlgorithm.HS256,
                new ImmutableSecret<>(hs256Secret.clone()),
                "a shared secret",
                TenantRule.anyTenant());
    }

    /**
     * RS256 against the JWK set published at {@code jwksUrl} (Microsoft Entra ID:
     * {@code https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys}). The set is cached for 5 minutes and
     * fetched again when a token names a key id it does not hold (at most twice in 30 s); it is fetched on the first
     * token, not here. A failed fetch refuses the token ("signing keys unavailable") and is logged at WARN.
     *
     * @param tenants whose tokens are accepted: Entra ID signs every tenant's tokens with the same keys, so there is
     *                no default
     */
    public static NimbusTokenVerifier jwks(URL jwksUrl, TenantRule tenants) {
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(tenants, "tenants");
        // No refresh-ahead: it would start a non-daemon thread that keeps the JVM alive; the request after the cache
        // expires fetches instead.
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwksUrl)
                .refreshAheadCache(false)
                .build();
        return of(JWSAlgorithm.RS256, keys, "the JWK set at " + jwksUrl, tenants);
    }

    /**
     * RS256 against a fixed JWK set (e.g. read from a file with {@link JWKSet#load(java.io.File)}). Only the keys'
     * public parts are kept.
     *
     * @param tenants whose tokens are accepted; no default, as for {@link #jwks(URL, TenantRule)}
     * @throws IllegalArgumentException if the set holds no RSA key
     */
    public static NimbusTokenVerifier jwkSet(JWKSet keys, TenantRule tenants) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(tenants, "tenants");
        var publicKeys = keys.toPublicJWKSet();
        if (publicKeys.getKeys().stream().noneMatch(RSAKey.class::isInstance)) {
            throw new IllegalArgumentException("the JWK set holds no RSA key, so no RS256 token could be verified");
        }
        return of(
                JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(publicKeys),
                "a JWK set of " + publicKeys.getKeys().size() + " key(s)",
                tenants);
    }

    private static NimbusTokenVerifier of(
            JWSAlgorithm algorithm, JWKSource<SecurityContext> keys, String description, TenantRule tenants) {
        return new NimbusTokenVerifier(new Settings(
                new Keys(algorithm, keys, description), tenants, Option.none(), DEFAULT_CLOCK_SKEW, Clock.systemUTC()));
    }

    /**
     * A copy that requires {@code iss} to equal {@code issuer} exactly (added to the tenant rule: when the issuer is an
     * Entra issuer URL, the token's {@code tid} must be the tenant it names).
     */
    public NimbusTokenVerifier withIssuer(String issuer) {
        requireText(issuer, "issuer");
        var s = settings;
        return new NimbusTokenVerifier(
                new Settings(s.keys(), s.tenants().withIssuer(issuer), s.audience(), s.clockSkew(), s.clock()));
    }

    /** A copy that requires {@code aud} to contain {@code audience} (e.g. the API's application id URI). */
    public NimbusTokenVerifier withAudience(String audience) {
        requireText(audience, "audience");
        var s = settings;
        return new NimbusTokenVerifier(
                new Settings(s.keys(), s.tenants(), Option.some(audience), s.clockSkew(), s.clock()));
    }

    /**
     * A copy that lets {@code exp} and {@code nbf} be off the clock by {@code clockSkew} either way.
     *
     * @throws IllegalArgumentException if it is negative, not whole seconds, or beyond {@link Integer#MAX_VALUE}
     *                                  seconds
     */
    public NimbusTokenVerifier withClockSkew(Duration clockSkew) {
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.getNano() != 0 || clockSkew.getSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "clockSkew must be whole seconds, 0 to " + Integer.MAX_VALUE + ": " + clockSkew);
        }
        var s = settings;
        return new NimbusTokenVerifier(new Settings(s.keys(), s.tenants(), s.audience(), clockSkew, s.clock()));
    }

    /** A copy that judges {@code exp} and {@code nbf} by {@code clock} (the JWK set's cache keeps system time). */
    public NimbusTokenVerifier withClock(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        var s = settings;
        return new NimbusTokenVerifier(new Settings(s.keys(), s.tenants(), s.audience(), s.clockSkew(), clock));
    }

    @Override
    public Either<TokenRejected, Caller> verify(String token) {
        Objects.requireNonNull(token, "token");
        var known = verified.getIfPresent(token);
        // nimbus accepts while exp + skew is after now (DateUtils.isAfter): the same rule, on the same clock
        if (known != null && known.validUntil().isAfter(settings.clock().instant())) {
            return Either.right(known.caller());
        }
        var answer = signedJwt(token)
                .flatMap(this::process)
                .flatMap(claims -> caller(claims)
                        .peek(caller -> verified.put(
                                token,
                                new Verified(
                                        caller,
                                        claims.getExpirationTime().toInstant().plus(settings.clockSkew())))));
        answer.swap().forEach(rejected -> LOG.debug("Bearer token refused: {}", rejected.reason()));
        return answer;
    }

    /** The token as a JWS whose header this verifier accepts and whose payload is a claims set. */
    private Either<TokenRejected, SignedJWT> signedJwt(String token) {
        var dot = token.indexOf('.');
        if (dot < 0) {
            return reject("token is not a JWT");
        }
        try {
            var header = Header.parse(new Base64URL(token.substring(0, dot)));
            if (header instanceof PlainHeader) {
                return reject("unsecured token (alg none) refused");
            }
            if (header instanceof JWEHeader) {
                return reject("encrypted token not accepted");
            }
            var jwsHeader = (JWSHeader) header;
            if (!settings.keys().algorithm().equals(jwsHeader.getAlgorithm())) {
                var name = jwsHeader.getAlgorithm().getName();
                return reject(
                        STANDARD_ALGORITHMS.contains(name)
                                ? "algorithm " + name + " not accepted"
                                : "algorithm not accepted");
            }
            if (!ACCEPTED_TYPES.contains(jwsHeader.getType())) {
                return reject("token type not accepted");
            }
            var jwt = SignedJWT.parse(token);
            jwt.getJWTClaimsSet();
            return Either.right(jwt);
        } catch (ParseException | RuntimeException e) {
            // nimbus 10.10 throws NullPointerException on a header of JSON null: parsing hostile text may fail in
            // any way, and each is a token that is not a JWT.
            return reject("token is not a JWT");
        }
    }

    /** nimbus's verdict: signature, key and claims rules. */
    private Either<TokenRejected, JWTClaimsSet> process(SignedJWT jwt) {
        try {
            return Either.right(processor.process(jwt, null));
        } catch (Refusal e) {
            return reject(e.getMessage());
        } catch (BadJWSException e) {
            return reject("signature invalid");
        } catch (BadJWTException e) {
            return reject("token claims malformed");
        } catch (BadJOSEException e) {
            // The header's algorithm was checked above: what is left is no key for it (an unknown "kid").
            return reject("signing key not found");
        } catch (KeySourceException e) {
            return rejectForKeys("signing keys unavailable", "signing keys unavailable from", e);
        } catch (JOSEException e) {
            return rejectForKeys("signature could not be checked", "its signature could not be checked with", e);
        }
    }

    /**
     * A refusal that is the keys' fault rather than the token's, so the operator hears of it: logged at WARN as
     * {@code logged}, then the keys' description and {@code e}'s message.
     */
    private <T> Either<TokenRejected, T> rejectForKeys(String reason, String logged, JOSEException e) {
        LOG.warn("Bearer token refused: {} {}: {}", logged, settings.keys().description(), e.getMessage());
        return reject(reason);
    }

    private Either<TokenRejected, Caller> caller(JWTClaimsSet claims) {
        try {
            var subject = Option.of(claims.getSubject())
                    .orElse(Option.of(claims.getStringClaim("oid")))
                    .filter(s -> !s.isBlank());
            if (subject.isEmpty()) {
                return reject("token has no subject (sub)");
            }
            var tid = claims.getClaim("tid");
            if (tid == null) {
                return reject("token has no tenant (tid)");
            }
            var tenant = tid instanceof String text ? TenantId.of("tid", text).toOption() : Option.<TenantId>none();
            if (tenant.isEmpty()) {
                return reject("token's tenant (tid) is not a GUID");
            }
            var refused = settings.tenants().refusal(tenant.get(), claims.getIssuer());
            if (refused.isDefined()) {
                return reject(refused.get());
            }
            var scp = Option.of(claims.getStringClaim("scp"));
            Set<String> scopes = LinkedHashSet.ofAll(scp.toList().flatMap(s -> List.of(s.split(" "))))
                    .filter(s -> !s.isEmpty());
            if (scp.isDefined() && scopes.isEmpty()) {
                return reject("token's scp claim names no scope");
            }
            Set<String> roles = Option.of(claims.getStringArrayClaim("roles"))
                    .map(array -> LinkedHashSet.of(array).filter(Objects::nonNull))
                    .getOrElse(LinkedHashSet.empty());
            return Either.right(new Caller(subject.get(), tenant.get(), scopes, roles));
        } catch (ParseException e) {
            return reject("token claims malformed");
        }
    }

    private static <T> Either<TokenRejected, T> reject(String reason) {
        return Either.left(new TokenRejected(reason));
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** The settings, never a secret. */
    @Override
    public String toString() {
        return "NimbusTokenVerifier[" + settings.keys().algorithm() + " with "
                + settings.keys().description()
                + ", " + settings.tenants()
                + settings.audience().map(a -> ", audience " + a).getOrElse("")
                + ", clock skew " + settings.clockSkew() + "]";
    }

    /** A claims rule broken, with a reason fit for a client. */
    private static final class Refusal extends BadJWTException {

        Refusal(String reason) {
            super(reason);
        }
    }

    /**
     * nimbus's claims rules, against the configured clock, turned into specific reasons. nimbus's own messages carry
     * claim values, so the reason comes from which configured rule the claims break.
     */
    private static final class ClaimsRules implements JWTClaimsSetVerifier<SecurityContext> {

        private final Settings settings;
        private final DefaultJWTClaimsVerifier<SecurityContext> nimbus;

        ClaimsRules(Settings settings) {
            this.settings = settings;
            var clock = settings.clock();
            this.nimbus =
                    new DefaultJWTClaimsVerifier<>(
                            settings.audience().map(Collections::singleton).getOrNull(),
                            settings.issuer()
                                    .map(issuer -> new JWTClaimsSet.Builder()
                                            .issuer(issuer)
                                            .build())
                                    .getOrNull(),
                            Collections.singleton("exp"),
                            null) {
                        @Override
                        protected Date currentTime() {
                            return Date.from(clock.instant());
                        }
                    };
            nimbus.setMaxClockSkew((int) settings.clockSkew().getSeconds());
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            try {
                nimbus.verify(claims, context);
            } catch (ExpiredJWTException e) {
                throw new Refusal("token expired");
            } catch (BadJWTException e) {
                throw new Refusal(reason(claims));
            }
        }

        /** Which rule the claims break, in the order nimbus checks them. */
        private String reason(JWTClaimsSet claims) {
            var audience = claims.getAudience();
            if (settings.audience().exists(a -> audience == null || !audience.contains(a))) {
                return "audience not accepted";
            }
            if (claims.getExpirationTime() == null) {
                return "token has no expiry (exp)";
            }
            if (settings.issuer().exists(i -> !i.equals(claims.getIssuer()))) {
                return "issuer not accepted";
            }
            if (claims.getNotBeforeTime() != null) {
                return "token not yet valid";
            }
            return "token claims not accepted";
        }
    }
}
