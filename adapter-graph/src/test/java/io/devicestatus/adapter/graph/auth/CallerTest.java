package io.devicestatus.adapter.graph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.HashSet;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final TenantId TENANT = TenantId.fromString(TestTokens.TENANT);

    @Test
    void a_caller_with_scopes_is_delegated() {
        assertThat(new Caller("u", TENANT, HashSet.of("s"), HashSet.of("r")).delegated())
                .isTrue();
        assertThat(new Caller("a", TENANT, HashSet.empty(), HashSet.of("r")).delegated())
                .isFalse();
        assertThat(new Caller("a", TENANT, HashSet.empty(), HashSet.empty()).delegated())
                .isFalse();
    }

    @Test
    void every_part_is_required_and_the_subject_not_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Caller(" ", TENANT, HashSet.empty(), HashSet.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Caller("u", TENANT, null, HashSet.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Caller("u", null, HashSet.empty(), HashSet.empty()));
    }
}
