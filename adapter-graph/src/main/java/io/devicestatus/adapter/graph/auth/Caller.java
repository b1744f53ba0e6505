package io.devicestatus.adapter.graph.auth;

import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Who calls, as a verified token says.
 *
 * @param subject  the {@code sub} claim, or {@code oid} when the token has no {@code sub}; never blank
 * @param tenant   the {@code tid} claim: every request runs within this tenant, and sees no other's statuses. A token
 *                 without a GUID {@code tid} names no caller
 * @param scopes   the {@code scp} claim split on spaces: the delegated permissions; empty for an application token
 * @param roles    the {@code roles} claim: an application token's permissions (a delegated token may carry the
 *                 user's app roles too); empty if absent
 */
public record Caller(String subject, TenantId tenant, Set<String> scopes, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(roles, "roles");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }

    /**
     * Delegated iff the token has an {@code scp} claim: a user signed in and the app acts for them. The verifier
     * refuses a token whose {@code scp} names no scope, so a delegated caller has at least one.
     */
    public boolean delegated() {
        return !scopes.isEmpty();
    }
}
