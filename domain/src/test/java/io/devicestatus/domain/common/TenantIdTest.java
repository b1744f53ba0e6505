package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @Test
    void a_guid_in_any_case_is_one_tenant_written_in_lowercase() {
        var upper = TenantId.of("tid", "72F988BF-86F1-41AF-91AB-2D7CD011DB47").get();
        var lower = TenantId.of("tid", "72f988bf-86f1-41af-91ab-2d7cd011db47").get();

        assertThat(upper).isEqualTo(lower);
        assertThat(upper.toString())
                .isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47")
                .hasSize(TenantId.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "common",
                "1-1-1-1-1",
                "72f988bf86f141af91ab2d7cd011db47",
                "{72f988bf-86f1-41af-91ab-2d7cd011db47}",
                "72f988bf-86f1-41af-91ab-2d7cd011db4g",
                " 72f988bf-86f1-41af-91ab-2d7cd011db47"
            })
    void anything_but_the_8_4_4_4_12_hex_form_is_refused_naming_the_field_and_the_form(String text) {
        var violation = TenantId.of("tid", text).getError();

        assertThat(violation.field()).isEqualTo("tid");
        assertThat(violation.rejectedValue()).contains(text);
        assertThat(violation.message()).contains("GUID").contains("8-4-4-4-12");
    }

    @Test
    void a_missing_tenant_is_refused_as_missing() {
        assertThat(TenantId.of("tenant", null).getError()).isEqualTo(Violation.missing("tenant"));
        assertThat(TenantId.parse(null).getLeft()).isInstanceOf(DomainError.Invalid.class);
    }

    @Test
    void from_string_is_for_known_good_values_only() {
        assertThatThrownBy(() -> TenantId.fromString("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenant 'nope'");
    }
}
