package io.devicestatus.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.error.Violation;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @EnumSource(TextLimit.class)
    void accepts_text_up_to_the_limit_and_refuses_one_more(TextLimit limit) {
        String atLimit = "a".repeat(limit.maxCodePoints());

        assertThat(Text.optional("deviceName", atLimit, limit).get()).isEqualTo(Option.some(atLimit));
        Violation violation = Text.optional("deviceName", atLimit + "a", limit).getError();
        assertThat(violation.field()).isEqualTo("deviceName");
        assertThat(violation.message()).contains("at most " + limit.maxCodePoints());
    }

    @Test
    void counts_code_points_not_utf16_units() {
        String emoji = "\uD83D\uDCF1".repeat(TextLimit.NAME.maxCodePoints());

        assertThat(Text.optional("deviceName", emoji, TextLimit.NAME).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iPad\tA", "iPad\nA", "iPad\u0000", "iPad\u007F", "iPad\u0085"})
    void refuses_control_characters_and_names_the_code_point(String text) {
        Violation violation =
                Text.optional("deviceDisplayName", text, TextLimit.NAME).getError();

        assertThat(violation.message()).matches("contains the control character U\\+[0-9A-F]{4}; .*");
        String echoed = violation.rejectedValue().get();
        assertThat(echoed).startsWith("iPad").contains("?");
        assertThat(echoed.codePoints()).noneMatch(Character::isISOControl);
    }

    @Test
    void absent_optional_text_is_valid_and_empty() {
        assertThat(Text.optional("userName", null, TextLimit.NAME).get()).isEqualTo(Option.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u2003"})
    void refuses_blank_identifiers(String blank) {
        assertThat(Text.identifier("scope.mobileAppId", blank).getError().message())
                .isEqualTo("must not be blank");
    }

    @Test
    void refuses_a_missing_identifier() {
        assertThat(Text.identifier("id", null).getError()).isEqualTo(Violation.missing("id"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "user@contoso.com",
                "first.last@contoso.onmicrosoft.com",
                "o'brien+x@corp.example",
                "User Principal Name value",
                "user"
            })
    void accepts_user_principal_names_as_graph_does_any_string(String upn) {
        assertThat(UserPrincipalName.optional("userPrincipalName", upn)
                        .get()
                        .get()
                        .value())
                .isEqualTo(upn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user\u0000@contoso.com", "line\nbreak@contoso.com"})
    void refuses_user_principal_names_with_control_characters(String upn) {
        Violation violation =
                UserPrincipalName.optional("userPrincipalName", upn).getError();

        assertThat(violation.field()).isEqualTo("userPrincipalName");
        assertThat(violation.message()).contains("control character");
    }

    @Test
    void refuses_user_principal_names_longer_than_a_name() {
        Violation violation = UserPrincipalName.optional("userPrincipalName", "u".repeat(250) + "@c.com1")
                .getError();

        assertThat(violation.field()).isEqualTo("userPrincipalName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iPad \ud800", "\udc00 of Anna", "a\ud800\ud800b"})
    void refuses_unpaired_surrogates(String text) {
        Violation violation =
                Text.optional("deviceDisplayName", text, TextLimit.NAME).getError();

        assertThat(violation.field()).isEqualTo("deviceDisplayName");
        assertThat(violation.message()).contains("unpaired surrogate");
    }

    @Test
    void accepts_characters_beyond_the_basic_plane() {
        assertThat(Text.optional("deviceDisplayName", "Anna's 📱 iPad", TextLimit.NAME)
                        .get())
                .contains("Anna's 📱 iPad");
    }
}
