package io.devicestatus.adapter.graph.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Base64;
import java.util.Objects;

/**
 * The tenant an access token is for, as far as the token says: Entra ID's access tokens for Microsoft Graph are JWTs
 * carrying {@code tid}. Nothing here verifies a token (the service it is sent to does); it only keeps a store from
 * talking to a tenant other than its own, e.g. after a rotated token file starts naming another tenant.
 */
public final class TenantTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TenantTokens() {}

    /** The {@code tid} of a JWT's payload, not verified; none for an opaque token or one without a GUID tid. */
    public static Option<TenantId> tenantOf(String token) {
        Objects.requireNonNull(token, "token");
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Option.none();
        }
        return Try.of(() -> JSON.readTree(Base64.getUrlDecoder().decode(parts[1])))
                .toOption()
                .filter(JsonNode::isObject)
                .flatMap(payload -> Option.of(payload.get("tid")))
                .filter(JsonNode::isTextual)
                .flatMap(tid -> TenantId.of("tid", tid.textValue()).toOption());
    }

    /**
     * {@code tokens}, each checked: a token whose {@code tid} names a tenant other than {@code tenant} is not handed
     * out (the provider throws, so the client refuses the request before sending it, naming both tenants, never the
     * token). A token that names no tenant (opaque) is handed out: the operator said which tenant it is for.
     */
    public static AccessTokenProvider boundTo(TenantId tenant, AccessTokenProvider tokens) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(tokens, "tokens");
        return new AccessTokenProvider() {
            @Override
            public String accessToken() {
                String token = tokens.accessToken();
                if (token != null) {
                    var named = tenantOf(token);
                    if (named.exists(other -> !other.equals(tenant))) {
                        throw new IllegalStateException("the access token is for tenant " + named.get()
                                + ", but this store talks to tenant " + tenant + " only");
                    }
                }
                return token;
            }

            @Override
            public String toString() {
                return tokens + " bound to tenant " + tenant;
            }
        };
    }
}
