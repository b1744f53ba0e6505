package io.devicestatus.adapter.graph.client;

/**
 * Where the client's access tokens come from. It is asked before every HTTP attempt, retries included, so a
 * platform's provider (MSAL, azure-identity, a workload identity) may cache and rotate tokens as it sees fit.
 *
 * <p>The client never logs a token nor puts one in a {@link GraphFailure}. A provider that throws, or answers
 * {@code null} or blank text, makes the request {@link GraphFailure.Refused} before anything is sent; the failure
 * keeps the exception's class and message, so a provider must not put the token in its exception messages.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /** A bearer token for Microsoft Graph (without the {@code Bearer} prefix); never {@code null} nor blank. */
    String accessToken();

    /** The same token for every request: for tests and short-lived tools. Its {@code toString} hides the token. */
    static AccessTokenProvider fixed(String token) {
        return new FixedAccessToken(token);
    }
}
