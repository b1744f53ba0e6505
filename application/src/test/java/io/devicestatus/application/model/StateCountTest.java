package io.devicestatus.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.domain.common.TenantId;
import org.junit.jupiter.api.Test;

class StateCountTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    @Test
    void a_count_is_at_least_1() {
        assertThat(new StateCount<>(TenantScope.of(TENANT), "status", "compliant", 1).count())
                .isEqualTo(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StateCount<>(TenantScope.of(TENANT), "status", "compliant", 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StateCount<>(TenantScope.of(TENANT), "status", "compliant", -3));
    }

    @Test
    void scope_property_and_value_are_required() {
        assertThatNullPointerException().isThrownBy(() -> new StateCount<>(null, "status", "compliant", 1));
        assertThatNullPointerException()
                .isThrownBy(() -> new StateCount<>(TenantScope.of(TENANT), null, "compliant", 1));
        assertThatNullPointerException().isThrownBy(() -> new StateCount<>(TenantScope.of(TENANT), "status", null, 1));
    }
}
