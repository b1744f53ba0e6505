package io.devicestatus.adapter.graph.auth;

import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which tenants' tokens a {@link NimbusTokenVerifier} accepts. With Microsoft Entra ID every tenant's tokens for a
 * multi-tenant app share the signing keys and the audience, so keys and audience alone would let any tenant in: a
 * production verifier cannot be built without one of these rules.
 *
 * <ul>
 *   <li>{@link #issuer(String)}: {@code iss} must equal the issuer (a single-tenant app, or another identity
 *       provider);</li>
 *   <li>{@link #tenants(Iterable)}: an allow-list of {@code tid}s, each token's {@code iss} being its own tenant's Entra
 *       issuer ({@link #entraIssuerTenant});</li>
 *   <li>{@link #anyTenant()}: a multi-tenant service, said out loud; each tenant then sees only its own data.</li>
 * </ul>
 *
 * <p>Under every rule, {@code tid} must be a GUID, and an {@code iss} of an Entra issuer form must name the token's own
 * {@code tid} (an Entra token never names another tenant's issuer).
 *
 * @param issuer  the exact {@code iss} required; none for no such check
 * @param tenants the {@code tid}s accepted; none for any tenant. Without an issuer, tokens must then carry their own
 *                tenant's Entra issuer
 */
public record TenantRule(Option<String> issuer, Option<Set<TenantId>> tenants) {

    /**
     * Entra ID's issuer forms, v2 and v1, in the global and national clouds: the tenant GUID is group 1. Only these
     * are read for a tenant; any other {@code iss} names none.
     */
    private static final List<Pattern> ENTRA_ISSUERS = List.of(
            Pattern.compile("https://login\\.(?:microsoftonline\\.com|microsoftonline\\.us|partner\\.microsoftonline"
                    + "\\.cn|chinacloudapi\\.cn)/([0-9a-fA-F-]{36})/v2\\.0"),
            Pattern.compile("https://sts\\.(?:windows\\.net|chinacloudapi\\.cn)/([0-9a-fA-F-]{36})/"));

    public TenantRule {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(tenants, "tenants");
        issuer.forEach(i -> {
            if (i.isBlank()) {
                throw new IllegalArgumentException("issuer must not be blank");
            }
        });
        if (tenants.exists(Set::isEmpty)) {
            throw new IllegalArgumentException("an allow-list of tenants needs at least one tenant");
        }
        var issuerTenant = issuer.flatMap(TenantRule::entraIssuerTenant);
        if (issuerTenant.isDefined() && tenants.exists(allowed -> !allowed.contains(issuerTenant.get()))) {
            throw new IllegalArgumentException(
                    "the issuer names tenant " + issuerTenant.get() + ", which is not among the allowed tenants "
                            + tenants.get().mkString(", "));
        }
    }

    /** Tokens whose {@code iss} is exactly {@code issuer}; if it is an Entra issuer, its tenant must be the {@code tid}. */
    public static TenantRule issuer(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return new TenantRule(Option.some(issuer), Option.none());
    }

    /** Tokens of these tenants only, each issued by its own tenant's Entra issuer (v2 or v1 form). */
    public static TenantRule tenants(Iterable<TenantId> tenants) {
        Objects.requireNonNull(tenants, "tenants");
        return new TenantRule(Option.none(), Option.some(LinkedHashSet.ofAll(tenants)));
    }

    /** Tokens of any tenant: a multi-tenant service, which then keeps every tenant's data apart. */
    public static TenantRule anyTenant() {
        return new TenantRule(Option.none(), Option.none());
    }

    /** This rule, also requiring {@code iss} to equal {@code issuer}. */
    public TenantRule withIssuer(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return new TenantRule(Option.some(issuer), tenants);
    }

    /** The tenant an Entra ID issuer URL names ({@code https://login.microsoftonline.com/{tid}/v2.0}, ...). */
    public static Option<TenantId> entraIssuerTenant(String issuer) {
        if (issuer == null) {
            return Option.none();
        }
        return ENTRA_ISSUERS
                .map(pattern -> pattern.matcher(issuer))
                .find(java.util.regex.Matcher::matches)
                .flatMap(m -> TenantId.of("iss", m.group(1)).toOption());
    }

    /**
     * Why a verified token's tenant is refused under this rule, or none when it is accepted. Reasons name the rule
     * broken, never a claim's value.
     *
     * @param tid the token's {@code tid}, already a GUID
     * @param iss the token's {@code iss}, or {@code null}; when an issuer is configured, already equal to it
     */
    Option<String> refusal(TenantId tid, String iss) {
        var issuerTenant = entraIssuerTenant(iss);
        if (issuerTenant.isDefined() && !issuerTenant.get().equals(tid)) {
            return Option.some("issuer's tenant is not the token's tenant (tid)");
        }
        if (tenants.exists(allowed -> !allowed.contains(tid))) {
            return Option.some("tenant not allowed");
        }
        if (tenants.isDefined() && issuer.isEmpty() && issuerTenant.isEmpty()) {
            return Option.some("issuer not accepted: an allowed tenant's token must come from its own Entra issuer");
        }
        return Option.none();
    }

    /** The rule in words, for a start-up line. */
    @Override
    public String toString() {
        var parts = issuer.map(i -> List.of("issuer " + i))
                .getOrElse(List.empty())
                .append(tenants.map(t -> "tenants " + t.mkString(", ")
                                + (issuer.isEmpty() ? " (each from its own Entra issuer)" : ""))
                        .getOrElse(issuer.isEmpty() ? "any tenant" : "any tenant the issuer names"));
        return parts.mkString(", ");
    }
}
