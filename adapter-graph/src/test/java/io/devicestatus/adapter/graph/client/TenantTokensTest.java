package io.devicestatus.adapter.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TenantTokensTest {

    private static final TenantId A = TenantId.fromString("3f2b7c1e-8d4a-4e6b-9c0d-1a2b3c4d5e6f");
    private static final TenantId B = TenantId.fromString("9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");

    /** A JWT-shaped token with this payload (the signature is never checked here). */
    private static String jwt(String payload) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void the_tenant_of_a_jwt_is_its_tid() {
        assertThat(TenantTokens.tenantOf(jwt("{\"tid\":\"" + A + "\"}"))).isEqualTo(Option.some(A));
        assertThat(TenantTokens.tenantOf(jwt("{\"tid\":\"" + A.toString().toUpperCase() + "\"}")))
                .isEqualTo(Option.some(A));
    }

    @Test
    void an_opaque_token_or_one_without_a_guid_tid_names_no_tenant() {
        assertThat(TenantTokens.tenantOf("opaque-token")).isEmpty();
        assertThat(TenantTokens.tenantOf("a.b")).isEmpty();
        assertThat(TenantTokens.tenantOf("a.!!!.c")).isEmpty();
        assertThat(TenantTokens.tenantOf(jwt("{}"))).isEmpty();
        assertThat(TenantTokens.tenantOf(jwt("[1]"))).isEmpty();
        assertThat(TenantTokens.tenantOf(jwt("{\"tid\":42}"))).isEmpty();
        assertThat(TenantTokens.tenantOf(jwt("{\"tid\":\"contoso\"}"))).isEmpty();
    }

    @Test
    void a_bound_provider_hands_out_its_tenants_tokens_and_opaque_ones() {
        var own = jwt("{\"tid\":\"" + A + "\"}");

        assertThat(TenantTokens.boundTo(A, () -> own).accessToken()).isEqualTo(own);
        assertThat(TenantTokens.boundTo(A, () -> "opaque").accessToken()).isEqualTo("opaque");
    }

    @Test
    void a_bound_provider_refuses_another_tenants_token_without_showing_it() {
        var foreign = jwt("{\"tid\":\"" + B + "\"}");

        assertThatIllegalStateException()
                .isThrownBy(() -> TenantTokens.boundTo(A, () -> foreign).accessToken())
                .withMessageContaining(A.toString())
                .withMessageContaining(B.toString())
                .withMessageNotContaining(foreign);
    }
}
