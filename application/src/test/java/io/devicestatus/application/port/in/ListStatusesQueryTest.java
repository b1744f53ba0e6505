package io.devicestatus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.model.ListOrder;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.domain.common.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListStatusesQueryTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static final StatusFilter<String> FILTER = StatusFilter.any();

    @Test
    void the_first_page_has_the_scope_and_filter_and_no_page_size_cursor_or_count() {
        var query = ListStatusesQuery.firstPage(TENANT, "scope", FILTER);

        assertThat(query.scope()).isEqualTo("scope");
        assertThat(query.filter()).isSameAs(FILTER);
        assertThat(query.pageSize()).isNull();
        assertThat(query.cursor()).isNull();
        assertThat(query.withCount()).isFalse();
        assertThat(query.order()).isNull();
        assertThat(query.effectiveOrder()).isEqualTo(ListOrder.ID);
    }

    @Test
    void the_five_argument_form_lists_in_id_order() {
        var query = new ListStatusesQuery<>(TENANT, "scope", FILTER, 10, "k10041", true);

        assertThat(query).isEqualTo(new ListStatusesQuery<>(TENANT, "scope", FILTER, 10, "k10041", true, null));
        assertThat(query.effectiveOrder()).isEqualTo(ListOrder.ID);
    }

    @ParameterizedTest
    @EnumSource(ListOrder.class)
    void a_given_order_is_used(ListOrder order) {
        assertThat(new ListStatusesQuery<>(TENANT, null, FILTER, null, null, false, order).effectiveOrder())
                .isEqualTo(order);
    }

    @Test
    void without_a_page_size_the_default_is_used() {
        assertThat(ListStatusesQuery.firstPage(TENANT, null, FILTER).effectivePageSize())
                .isEqualTo(ListStatusesQuery.DEFAULT_PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, ListStatusesQuery.DEFAULT_PAGE_SIZE + 1, ListStatusesQuery.MAX_PAGE_SIZE})
    void a_given_page_size_is_used(int pageSize) {
        assertThat(new ListStatusesQuery<>(TENANT, null, FILTER, pageSize, null, false).effectivePageSize())
                .isEqualTo(pageSize);
    }

    @Test
    void the_default_page_size_is_within_the_allowed_range() {
        assertThat(ListStatusesQuery.DEFAULT_PAGE_SIZE).isBetween(1, ListStatusesQuery.MAX_PAGE_SIZE);
    }
}
