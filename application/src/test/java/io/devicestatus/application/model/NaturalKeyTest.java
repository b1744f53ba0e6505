package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class NaturalKeyTest {

    @Test
    void keys_of_equal_scope_and_parts_are_equal_and_differ_otherwise() {
        var key = new NaturalKey<>(TenantScope.TENANT, List.of("device-1"));

        assertThat(key).isEqualTo(new NaturalKey<>(TenantScope.TENANT, List.of("device-1")))
                .hasSameHashCodeAs(new NaturalKey<>(TenantScope.TENANT, List.of("device-1")))
                .isNotEqualTo(new NaturalKey<>(TenantScope.TENANT, List.of("device-2")));
        assertThat(new NaturalKey<>("config-1", List.of("a", "b")))
                .isNotEqualTo(new NaturalKey<>("config-1", List.of("b", "a")));
    }

    @Test
    void a_key_needs_a_scope_and_at_least_one_non_null_part() {
        assertThatNullPointerException().isThrownBy(() -> new NaturalKey<>(null, List.of("device-1")));
        assertThatNullPointerException().isThrownBy(() -> new NaturalKey<>(TenantScope.TENANT, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new NaturalKey<>(TenantScope.TENANT, List.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NaturalKey<>(TenantScope.TENANT, List.of("Anna's iPad", null)));
    }
}
