package io.devicestatus.adapter.graph.auth;

import java.util.Objects;

/**
 * Why a Bearer token was refused.
 *
 * @param reason short and specific ("token expired", "signature invalid"), safe to show a client: never the token
 *               or a claim's value
 */
public record TokenRejected(String reason) {

    public TokenRejected {
        Objects.requireNonNull(reason, "reason");
    }
}
