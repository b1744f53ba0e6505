package io.devicestatus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** What results and commands print: what they hold, with no vavr wrapper ({@code Right(...)}, {@code Some(...)}). */
class ResultTextTest {

    private static final TenantScope SCOPE =
            TenantScope.of(TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    private static final Versioned<String> STORED = new Versioned<>("status-a", 2);

    @Test
    void a_versioned_status_puts_its_version_first() {
        assertThat(STORED).hasToString("version 2 of status-a");
    }

    @Test
    void a_report_result_says_what_it_did_to_which_version() {
        assertThat(new ReportResult<>(ReportResult.Outcome.ADVANCED, STORED))
                .hasToString("ADVANCED to version 2 of status-a");
    }

    @Test
    void an_import_item_shows_its_status_or_its_error_message_not_an_either() {
        var stored = new ImportItemResult<>(3, ImportItemResult.Outcome.CREATED, Either.right(STORED));
        var rejected = new ImportItemResult<String>(
                4,
                ImportItemResult.Outcome.REJECTED,
                Either.left(ApplicationError.invalid("deviceId", "", "must not be blank")));

        assertThat(stored).hasToString("item 3: CREATED version 2 of status-a");
        assertThat(rejected.toString())
                .startsWith("item 4: REJECTED Invalid: ")
                .contains("deviceId")
                .contains("must not be blank")
                .doesNotContain("Left(")
                .doesNotContain("List(");
    }

    @Test
    void an_import_summary_reads_as_a_sentence() {
        assertThat(new ImportSummaryResult(6, 2, 1, 1))
                .hasToString("10 items: 6 created, 2 advanced, 1 unchanged, 1 rejected");
    }

    @Test
    void a_page_shows_its_size_total_cursor_and_items() {
        var middle = new StatusPageResult<>(List.of(STORED), Option.some("k1abc"), Option.some(7L));
        var last = new StatusPageResult<>(List.of(STORED, STORED), Option.none(), Option.none());

        assertThat(middle).hasToString("1 items of 7, next cursor k1abc: [version 2 of status-a]");
        assertThat(last).hasToString("2 items, last page: [version 2 of status-a, version 2 of status-a]");
    }

    @Test
    void commands_with_optional_parts_print_them_plainly() {
        var draft = IosUpdateProperties.draft().set(IosUpdateProperties.DEVICE_ID, "d1");
        var update = UpdateStatusCommand.of(SCOPE, new StatusId("a1"), draft.clear(IosUpdateProperties.USER_NAME));
        var create = new CreateStatusCommand<>(SCOPE, "draft");

        assertThat(update.toString())
                .contains("id=a1")
                .contains("cleared=[userName]")
                .contains("expectedVersion=any")
                .doesNotContain("List(");
        assertThat(update.ifVersion(3).toString()).contains("expectedVersion=3");
        assertThat(create.toString()).contains("id=(minted)").doesNotContain("None");
        assertThat(create.withId(new StatusId("c1")).toString())
                .contains("id=c1")
                .doesNotContain("Some(");
    }

    @Test
    void errors_print_their_values_without_vavr_wrappers() {
        var mismatch = new ApplicationError.VersionMismatch("iosUpdateDeviceStatus", "a1", 1, Option.some(2L));
        var conflict = new ApplicationError.Conflict("iosUpdateDeviceStatus", "deviceId d1", Option.none());
        var invalid = ApplicationError.invalid("deviceId", "", "must not be blank");
        var transition = new ApplicationError.IllegalTransition(
                new DomainError.IllegalTransition("installStatus", "installed", "available", List.of("installed")));

        assertThat(mismatch.toString()).contains("expected=1, actual=2").doesNotContain("Some(");
        assertThat(new ApplicationError.VersionMismatch("t", "a1", 1, Option.none()).toString())
                .doesNotContain("actual")
                .doesNotContain("None");
        assertThat(conflict.toString())
                .contains("taken=deviceId d1")
                .doesNotContain("holderId")
                .doesNotContain("None");
        assertThat(invalid.toString()).startsWith("Invalid[violations=[").doesNotContain("List(");
        assertThat(transition.toString()).contains("allowed=[installed]").doesNotContain("List(");
    }
}
