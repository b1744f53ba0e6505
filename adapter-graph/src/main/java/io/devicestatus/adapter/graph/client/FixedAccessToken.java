package io.devicestatus.adapter.graph.client;

import java.util.Objects;

/** {@link AccessTokenProvider#fixed}: a class rather than a lambda so that its {@code toString} can hide the token. */
final class FixedAccessToken implements AccessTokenProvider {

    private final String token;

    FixedAccessToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the token is blank");
        }
        this.token = token;
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String toString() {
        return "AccessTokenProvider.fixed(<hidden>)";
    }
}
