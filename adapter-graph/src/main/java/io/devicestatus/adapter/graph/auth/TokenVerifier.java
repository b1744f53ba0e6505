package io.devicestatus.adapter.graph.auth;

import io.vavr.control.Either;

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
}
