package io.devicestatus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListRequestTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    private static final StatusFilter<IosUpdateDeviceStatus.Draft> ANY = StatusFilter.any();
    private static final Instant TIME = Instant.parse("2026-11-23T10:00:00.1234567Z");

    @Test
    void a_limit_is_at_least_1() {
        assertThat(new ListRequest<>(TENANT, Option.<TenantScope>none(), ANY, Option.none(), 1).limit())
                .isEqualTo(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListRequest<>(TENANT, Option.<TenantScope>none(), ANY, Option.none(), 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListRequest<>(
                        TENANT, Option.<TenantScope>none(), ANY, ListOrder.REPORT_TIME_DESC, Option.none(), 0));
    }

    @Test
    void tenant_scope_filter_order_and_start_are_required_as_options() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ListRequest<TenantScope, IosUpdateDeviceStatus.Draft>(
                        null, Option.none(), ANY, Option.none(), 10))
                .withMessage("tenant");
        assertThatNullPointerException()
                .isThrownBy(() -> new ListRequest<TenantScope, IosUpdateDeviceStatus.Draft>(
                        TENANT, null, ANY, Option.none(), 10));
        assertThatNullPointerException()
                .isThrownBy(() -> new ListRequest<TenantScope, IosUpdateDeviceStatus.Draft>(
                        TENANT, Option.none(), null, Option.none(), 10));
        assertThatNullPointerException()
                .isThrownBy(() -> new ListRequest<TenantScope, IosUpdateDeviceStatus.Draft>(
                        TENANT, Option.none(), ANY, null, 10));
        assertThatNullPointerException()
                .isThrownBy(() -> new ListRequest<TenantScope, IosUpdateDeviceStatus.Draft>(
                        TENANT, Option.none(), ANY, null, Option.none(), 10));
        assertThatNullPointerException()
                .isThrownBy(() -> new ListRequest<TenantScope, IosUpdateDeviceStatus.Draft>(
                        TENANT, Option.none(), ANY, ListOrder.ID, null, 10));
    }

    @Test
    void the_four_argument_form_lists_in_id_order_after_that_id() {
        var request = new ListRequest<>(TENANT, Option.<TenantScope>none(), ANY, Option.some("id-7"), 10);

        assertThat(request.order()).isEqualTo(ListOrder.ID);
        assertThat(request.after()).contains(ListPosition.afterId("id-7"));
    }

    @ParameterizedTest
    @EnumSource(
            value = ListOrder.class,
            names = {"REPORT_TIME_ASC", "REPORT_TIME_DESC"})
    void a_report_time_order_needs_a_position_with_a_report_time(ListOrder order) {
        var request = new ListRequest<>(
                TENANT, Option.<TenantScope>none(), ANY, order, Option.some(ListPosition.after(TIME, "id-7")), 10);
        assertThat(request.after().get().reportTime()).contains(TIME);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListRequest<>(
                        TENANT, Option.<TenantScope>none(), ANY, order, Option.some(ListPosition.afterId("id-7")), 10))
                .withMessageContaining(order.description());
        assertThat(new ListRequest<>(TENANT, Option.<TenantScope>none(), ANY, order, Option.none(), 10).after())
                .isEmpty();
    }

    @Test
    void id_order_refuses_a_position_with_a_report_time() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListRequest<>(
                        TENANT,
                        Option.<TenantScope>none(),
                        ANY,
                        ListOrder.ID,
                        Option.some(ListPosition.after(TIME, "id-7")),
                        10))
                .withMessageContaining("id order");
    }

    @Test
    void a_position_needs_an_id_and_a_report_time_option() {
        assertThatNullPointerException().isThrownBy(() -> ListPosition.afterId(null));
        assertThatNullPointerException().isThrownBy(() -> ListPosition.after(null, "id-7"));
        assertThatNullPointerException().isThrownBy(() -> new ListPosition("id-7", null));
        assertThat(ListPosition.after(TIME, "id-7").fits(ListOrder.REPORT_TIME_ASC))
                .isTrue();
        assertThat(ListPosition.after(TIME, "id-7").fits(ListOrder.ID)).isFalse();
        assertThat(ListPosition.afterId("id-7").fits(ListOrder.ID)).isTrue();
    }
}
