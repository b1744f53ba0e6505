package io.devicestatus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.Versioned;
import io.devicestatus.application.port.in.ImportItemResult.Outcome;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportItemResultTest {

    private static final Either<ApplicationError, Versioned<String>> STORED = Either.right(new Versioned<>("s", 1));
    private static final Either<ApplicationError, Versioned<String>> REFUSED =
            Either.left(ApplicationError.invalid("status", null, "is required"));

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "REJECTED", mode = EnumSource.Mode.EXCLUDE)
    void an_accepted_outcome_carries_the_stored_status_and_no_error(Outcome outcome) {
        assertThat(new ImportItemResult<>(3, outcome, STORED).result()).isEqualTo(STORED);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ImportItemResult<>(3, outcome, REFUSED))
                .withMessageContaining(outcome.name());
    }

    @Test
    void a_rejected_item_carries_its_error_and_no_status() {
        assertThat(new ImportItemResult<>(0, Outcome.REJECTED, REFUSED).result())
                .isEqualTo(REFUSED);
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportItemResult<>(0, Outcome.REJECTED, STORED));
    }

    @Test
    void outcome_and_result_are_required() {
        assertThatNullPointerException().isThrownBy(() -> new ImportItemResult<>(0, null, STORED));
        assertThatNullPointerException().isThrownBy(() -> new ImportItemResult<String>(0, Outcome.CREATED, null));
    }
}
