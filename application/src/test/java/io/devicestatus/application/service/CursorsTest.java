package io.devicestatus.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.IosUpdateStatusFilter;
import io.devicestatus.application.port.in.ListStatusesQuery;
import io.devicestatus.domain.common.StatusId;
import io.devicestatus.domain.common.TextLimit;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();

    /** The longest id the domain accepts that takes the most UTF-16 units: 128 code points outside the BMP. */
    private static final String LONGEST_ID = "\uD83D\uDE00".repeat(TextLimit.IDENTIFIER.maxCodePoints());

    @Test
    void the_longest_id_is_a_valid_status_id() {
        assertThat(LONGEST_ID.codePointCount(0, LONGEST_ID.length())).isEqualTo(TextLimit.IDENTIFIER.maxCodePoints());
        assertThat(StatusId.of(LONGEST_ID).isValid()).isTrue();
    }

    @Test
    void the_cursor_bound_is_the_cursor_length_of_the_longest_id() {
        assertThat(ListStatusesQuery.MAX_CURSOR_LENGTH).isEqualTo(2 + 4 * 2 * TextLimit.IDENTIFIER.maxCodePoints());
    }

    @Test
    void the_cursor_of_the_longest_id_fits_the_bound_and_round_trips() {
        var cursor = Cursors.after(LONGEST_ID);

        assertThat(cursor).hasSizeLessThanOrEqualTo(ListStatusesQuery.MAX_CURSOR_LENGTH);
        assertThat(Cursors.lastId(cursor)).isEqualTo(Either.right(LONGEST_ID));
    }

    @Test
    void a_query_with_the_cursor_of_the_longest_id_passes_validation() {
        var query = new ListStatusesQuery<>(null, IosUpdateStatusFilter.ANY, 10, Cursors.after(LONGEST_ID), false);

        assertThat(VALIDATOR.check(query)).isEqualTo(Either.<ApplicationError, Object>right(query));
    }
}
