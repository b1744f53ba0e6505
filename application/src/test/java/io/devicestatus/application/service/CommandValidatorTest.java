package io.devicestatus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.port.in.CreateStatusCommand;
import io.devicestatus.application.port.in.DeleteStatusCommand;
import io.devicestatus.application.port.in.GetStatusQuery;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.application.port.in.ReportStatusCommand;
import io.devicestatus.application.port.in.SummarizeStatusesQuery;
import io.devicestatus.application.port.in.UpdateStatusCommand;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jakarta.validation constraints of the commands and queries, as the use cases see them. Messages come from the
 * provider and may be localised, so only what every language shows is asserted: the field path, the rejected value
 * and the bound.
 */
class CommandValidatorTest {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final TenantScope SCOPE = TenantScope.of(TENANT);
    private static final StatusFilter<IosUpdateDeviceStatus.Draft> FILTER = StatusFilter.any();
    private static final Object DRAFT = "a draft";
    private static final StatusId ID = new StatusId("id-1");

    @Test
    void a_null_command_is_invalid_naming_the_command() {
        var violations = violations(null);

        assertThat(violations.map(Violation::field)).containsExactly("command");
        assertThat(violations.head().rejectedValue()).isEmpty();
        assertThat(violations.head().message()).isEqualTo("is required");
    }

    @Test
    void a_valid_command_passes_unchanged() {
        var query = new ListStatusesQuery<>(TENANT, SCOPE, FILTER, 50, "k10041", true);

        assertThat(VALIDATOR.check(query).get()).isSameAs(query);
    }

    @ParameterizedTest
    @ValueSource(
            ints = {
                1,
                2,
                ListStatusesQuery.DEFAULT_PAGE_SIZE,
                ListStatusesQuery.MAX_PAGE_SIZE - 1,
                ListStatusesQuery.MAX_PAGE_SIZE
            })
    void page_sizes_from_1_to_the_maximum_pass(int pageSize) {
        assertThat(VALIDATOR
                        .check(new ListStatusesQuery<>(TENANT, SCOPE, FILTER, pageSize, null, false))
                        .isRight())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0})
    void a_page_size_below_1_is_refused_naming_page_size_and_the_minimum(int pageSize) {
        var violation = onlyViolation(new ListStatusesQuery<>(TENANT, SCOPE, FILTER, pageSize, null, false));

        assertThat(violation.field()).isEqualTo("pageSize");
        assertThat(violation.rejectedValue()).contains(String.valueOf(pageSize));
        assertThat(violation.message()).contains("1");
    }

    @ParameterizedTest
    @ValueSource(ints = {ListStatusesQuery.MAX_PAGE_SIZE + 1, Integer.MAX_VALUE})
    void a_page_size_above_the_maximum_is_refused_naming_page_size_and_the_maximum(int pageSize) {
        var violation = onlyViolation(new ListStatusesQuery<>(TENANT, SCOPE, FILTER, pageSize, null, false));

        assertThat(violation.field()).isEqualTo("pageSize");
        assertThat(violation.rejectedValue()).contains(String.valueOf(pageSize));
        assertThat(violation.message()).contains(String.valueOf(ListStatusesQuery.MAX_PAGE_SIZE));
    }

    @Test
    void a_list_query_needs_a_filter_but_no_scope_page_size_or_cursor() {
        assertThat(VALIDATOR
                        .check(ListStatusesQuery.firstPage(TENANT, null, FILTER))
                        .isRight())
                .isTrue();

        var violation = onlyViolation(ListStatusesQuery.firstPage(TENANT, SCOPE, null));
        assertThat(violation.field()).isEqualTo("filter");
        assertThat(violation.rejectedValue()).isEmpty();
    }

    @Test
    void a_cursor_longer_than_the_longest_issued_one_is_refused_naming_cursor_and_the_bound() {
        var atBound = "k1" + "0".repeat(ListStatusesQuery.MAX_CURSOR_LENGTH - 2);
        assertThat(VALIDATOR
                        .check(new ListStatusesQuery<>(TENANT, SCOPE, FILTER, null, atBound, false))
                        .isRight())
                .isTrue();

        var violation = onlyViolation(new ListStatusesQuery<>(TENANT, SCOPE, FILTER, null, atBound + "0", false));
        assertThat(violation.field()).isEqualTo("cursor");
        assertThat(violation.message()).contains(String.valueOf(ListStatusesQuery.MAX_CURSOR_LENGTH));
    }

    @Test
    void get_needs_a_scope_and_an_id_and_reports_both_ordered_by_field() {
        var violations = violations(new GetStatusQuery<TenantScope>(null, null));

        assertThat(violations.map(Violation::field)).containsExactly("id", "scope");
        assertThat(violations.flatMap(Violation::rejectedValue)).isEmpty();
    }

    /** What an id may hold is the domain's rule, checked by the use cases (see adapter-memory's id tests). */
    @Test
    void an_id_is_any_status_id_at_this_boundary() {
        assertThat(VALIDATOR.check(new GetStatusQuery<>(SCOPE, ID)).isRight()).isTrue();
        assertThat(VALIDATOR.check(DeleteStatusCommand.of(SCOPE, ID)).isRight()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1, 0})
    void an_expected_version_below_1_is_refused_on_delete_and_update(long version) {
        var delete = onlyViolation(new DeleteStatusCommand<>(SCOPE, ID, version));
        var update = onlyViolation(new UpdateStatusCommand<>(SCOPE, ID, DRAFT, List.empty(), version));

        for (var violation : List.of(delete, update)) {
            assertThat(violation.field()).isEqualTo("expectedVersion");
            assertThat(violation.rejectedValue()).contains(String.valueOf(version));
        }
    }

    @Test
    void an_expected_version_is_optional_and_any_positive_one_passes() {
        assertThat(VALIDATOR.check(new DeleteStatusCommand<>(SCOPE, ID, null)).isRight())
                .isTrue();
        assertThat(VALIDATOR.check(new DeleteStatusCommand<>(SCOPE, ID, 1L)).isRight())
                .isTrue();
        assertThat(VALIDATOR
                        .check(new UpdateStatusCommand<>(SCOPE, ID, DRAFT, List.empty(), null))
                        .isRight())
                .isTrue();
        assertThat(VALIDATOR
                        .check(new UpdateStatusCommand<>(SCOPE, ID, DRAFT, List.of("osVersion"), 7L))
                        .isRight())
                .isTrue();
    }

    @Test
    void an_update_with_nothing_reports_every_required_part() {
        var violations = violations(new UpdateStatusCommand<TenantScope, Object>(null, null, null, null, null));

        assertThat(violations.map(Violation::field)).containsExactly("changes", "cleared", "id", "scope");
        assertThat(violations.flatMap(Violation::rejectedValue)).isEmpty();
    }

    @Test
    void a_delete_with_nothing_reports_scope_and_id() {
        var violations = violations(new DeleteStatusCommand<TenantScope>(null, null, null));

        assertThat(violations.map(Violation::field)).containsExactly("id", "scope");
    }

    @Test
    void create_and_report_need_a_scope_and_a_draft() {
        assertThat(violations(new CreateStatusCommand<>(null, null)).map(Violation::field))
                .containsExactly("draft", "scope");
        assertThat(violations(new ReportStatusCommand<>(null, null)).map(Violation::field))
                .containsExactly("draft", "scope");
        assertThat(VALIDATOR.check(new CreateStatusCommand<>(SCOPE, DRAFT)).isRight())
                .isTrue();
        assertThat(VALIDATOR.check(new ReportStatusCommand<>(SCOPE, DRAFT)).isRight())
                .isTrue();
    }

    @Test
    void a_create_may_bring_its_own_id_or_none_but_not_null_for_the_option() {
        assertThat(VALIDATOR
                        .check(new CreateStatusCommand<>(SCOPE, DRAFT, Option.some(new StatusId("client-1"))))
                        .isRight())
                .isTrue();
        assertThat(new CreateStatusCommand<>(SCOPE, DRAFT).id()).isEqualTo(Option.none());
        assertThat(violations(new CreateStatusCommand<>(SCOPE, DRAFT, null)).map(Violation::field))
                .containsExactly("id");
    }

    @Test
    void an_import_item_needs_a_mode_a_scope_and_a_draft() {
        assertThat(violations(new ImportStatusCommand<>(null, null, null)).map(Violation::field))
                .containsExactly("draft", "mode", "scope");
        assertThat(VALIDATOR.check(ImportStatusCommand.create(SCOPE, DRAFT)).isRight())
                .isTrue();
        assertThat(VALIDATOR.check(ImportStatusCommand.report(SCOPE, DRAFT)).isRight())
                .isTrue();
    }

    @Test
    void a_summary_of_every_scope_passes() {
        assertThat(VALIDATOR.check(new SummarizeStatusesQuery<>(TENANT, null)).isRight())
                .isTrue();
    }

    @Test
    void a_validator_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new CommandValidator(null));
    }

    private static Violation onlyViolation(Object command) {
        var violations = violations(command);
        assertThat(violations).as("violations of %s", command).hasSize(1);
        return violations.head();
    }

    private static Seq<Violation> violations(Object command) {
        var result = VALIDATOR.check(command);
        assertThat(result.isLeft()).as("%s is refused", command).isTrue();
        assertThat(result.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        return ((ApplicationError.Invalid) result.getLeft()).violations();
    }
}
