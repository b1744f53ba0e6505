package io.devicestatus.adapter.graph.auth;

import java.util.Objects;

/**
 * Why a verified caller may not do what it asked.
 *
 * @param message names the permissions that would allow it and the claim checked ({@code scp} or {@code roles});
 *                safe to show the caller
 */
public record PermissionDenied(String message) {

    public PermissionDenied {
        Objects.requireNonNull(message, "message");
    }
}
