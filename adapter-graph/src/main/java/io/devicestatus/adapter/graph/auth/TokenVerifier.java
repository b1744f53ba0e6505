package io.devicestatus.adapter.graph.auth;

import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import java.util.Objects;

/** Checks a Bearer token and says who calls. Implementations are thread-safe. */
public interface TokenVerifier {

    /**
     * The caller, or why the token is refused.
     *
     * @param token the Bearer token, without the {@code Bearer } prefix; not {@code null}
     * @return the caller the token names, or a rejection whose reason is safe to show a client: it never contains
     *         the token or its claims
     */
    Either<TokenRejected, Caller> verify(String token);

    /**
     * This verifier, refusing every caller of a tenant other than {@code tenant} ("tenant not served here"): for a
     * server whose store holds one tenant only (a Graph store talks to its token's tenant).
     */
    default TokenVerifier admitting(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        TokenVerifier verifier = this;
        return token -> verifier.verify(token)
                .filterOrElse(
                        caller -> caller.tenant().equals(tenant),
                        caller -> new TokenRejected("tenant not served here"));
    }
}
