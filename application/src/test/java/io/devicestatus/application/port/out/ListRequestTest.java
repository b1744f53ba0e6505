package io.devicestatus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ListRequestTest {

    private static final IosUpdateStatusFilter ANY = IosUpdateStatusFilter.ANY;

    @Test
    void a_limit_is_at_least_1() {
        assertThat(new ListRequest<>(Option.<TenantScope>none(), ANY, Option.none(), 1).limit()).isEqualTo(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListRequest<>(Option.<TenantScope>none(), ANY, Option.none(), 0));
    }

    @Test
    void scope_filter_and_start_are_required_as_options() {
        assertThatNullPointerException().isThrownBy(() -> new ListRequest<TenantScope, IosUpdateStatusFilter>(
                null, ANY, Option.none(), 10));
        assertThatNullPointerException().isThrownBy(() -> new ListRequest<TenantScope, IosUpdateStatusFilter>(
                Option.none(), null, Option.none(), 10));
        assertThatNullPointerException().isThrownBy(() -> new ListRequest<TenantScope, IosUpdateStatusFilter>(
                Option.none(), ANY, null, 10));
    }
}
