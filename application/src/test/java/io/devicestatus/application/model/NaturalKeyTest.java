package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class NaturalKeyTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    @Test
    void keys_of_equal_scope_and_parts_are_equal_and_differ_otherwise() {
        var key = new NaturalKey<>(TenantScope.of(TENANT), List.of("device-1"));

        assertThat(key)
                .isEqualTo(new NaturalKey<>(TenantScope.of(TENANT), List.of("device-1")))
                .hasSameHashCodeAs(new NaturalKey<>(TenantScope.of(TENANT), List.of("device-1")))
                .isNotEqualTo(new NaturalKey<>(TenantScope.of(TENANT), List.of("device-2")));
        assertThat(new NaturalKey<>("config-1", List.of("a", "b")))
                .isNotEqualTo(new NaturalKey<>("config-1", List.of("b", "a")));
    }

    @Test
    void a_key_needs_a_scope_and_at_least_one_non_null_part() {
        assertThatNullPointerException().isThrownBy(() -> new NaturalKey<>(null, List.of("device-1")));
        assertThatNullPointerException().isThrownBy(() -> new NaturalKey<>(TenantScope.of(TENANT), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new NaturalKey<>(TenantScope.of(TENANT), List.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NaturalKey<>(TenantScope.of(TENANT), List.of("Anna's iPad", null)));
    }
}
