package io.devicestatus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.port.in.ImportStatusCommand.Mode;
import org.junit.jupiter.api.Test;

class ImportStatusCommandTest {

    @Test
    void create_makes_a_create_item_of_the_scope_and_draft() {
        assertThat(ImportStatusCommand.create("scope", "draft"))
                .isEqualTo(new ImportStatusCommand<>(Mode.CREATE, "scope", "draft"));
    }

    @Test
    void report_makes_a_report_item_of_the_scope_and_draft() {
        assertThat(ImportStatusCommand.report("scope", "draft"))
                .isEqualTo(new ImportStatusCommand<>(Mode.REPORT, "scope", "draft"));
    }
}
