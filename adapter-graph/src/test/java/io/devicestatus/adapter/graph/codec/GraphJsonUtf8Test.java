package io.devicestatus.adapter.graph.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.domain.error.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request body is decoded as strict UTF-8 before it is JSON: bytes no UTF-8 encoder writes are refused on field
 * {@code body}, where Jackson's own decoder would take {@code C0 AF} for {@code /} and store text never sent.
 */
class GraphJsonUtf8Test {

    /** {"deviceName":"An<bytes>na"} with the bytes given in hex between An and na. */
    private static byte[] nameWith(String hex) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("{\"deviceName\":\"An".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes("na\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "overlong slash, C0AF, C0 AF",
        "overlong three-byte slash, E080AF, E0 80",
        "overlong four-byte, F08080AF, F0 80",
        "encoded lone high surrogate, EDA080, ED A0",
        "encoded lone low surrogate, EDB080, ED B0",
        "encoded surrogate pair (CESU-8), EDA0BDEDB880, ED A0",
        "above U+10FFFF, F4908080, F4 90",
        "lone continuation byte, 80, 80",
        "FF, FF, FF",
        "truncated two-byte sequence, C3, C3",
        "truncated three-byte sequence, E282, E2 82"
    })
    void invalid_utf8_is_refused_on_body_naming_the_byte(String what, String hex, String shown) {
        var refused = GraphJson.parseObject(nameWith(hex));

        assertThat(refused.isLeft()).as(what).isTrue();
        var violations = ((ApplicationError.Invalid) refused.getLeft()).violations();
        assertThat(violations).extracting(Violation::field).containsExactly("body");
        assertThat(violations.head().message()).contains("not valid UTF-8", "at byte 17", "bytes from there: " + shown);
    }

    @Test
    void a_truncated_sequence_at_the_very_end_is_refused() {
        byte[] body = HexFormat.of().parseHex("7B2261223A2261E2"); // {"a":"a + E2, cut off

        var refused = GraphJson.parseObject(body);

        assertThat(((ApplicationError.Invalid) refused.getLeft())
                        .violations()
                        .head()
                        .message())
                .contains("not valid UTF-8", "at byte 7", "(bytes from there: E2)");
    }

    /** A lone surrogate escape passes UTF-8 decoding as six ASCII bytes, yet is no text UTF-8 can hold. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"deviceName\": \"An\\ud800na\"}                 | deviceName",
                "{\"deviceName\": \"An\\udc00\"}                   | deviceName",
                "{\"deviceName\": \"\\ude00\\ud83d\"}             | deviceName",
                "{\"a\": {\"b\": [\"x\", \"\\ud800\"]}}             | a.b[1]"
            })
    void an_unpaired_surrogate_escape_is_refused_naming_its_field(String json, String field) {
        var refused = GraphJson.parseObject(json.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.isLeft()).as(json).isTrue();
        var violations = ((ApplicationError.Invalid) refused.getLeft()).violations();
        assertThat(violations).extracting(Violation::field).containsExactly(field);
        assertThat(violations.head().message()).contains("unpaired surrogate");
    }

    @Test
    void an_unpaired_surrogate_escape_in_a_property_name_is_refused_on_body() {
        var refused = GraphJson.parseObject("{\"An\\ud800\": 1}".getBytes(StandardCharsets.UTF_8));

        var violations = ((ApplicationError.Invalid) refused.getLeft()).violations();
        assertThat(violations).extracting(Violation::field).containsExactly("body");
        assertThat(violations.head().message()).contains("is not valid JSON", "surrogate");
    }

    @Test
    void an_escaped_surrogate_pair_is_one_character() {
        var read = GraphJson.parseObject("{\"deviceName\": \"\\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(read.get().get("deviceName").textValue()).isEqualTo("\uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C3A9", "E282AC", "F09F9880", "EFBFBF", "F48FBFBF"})
    void valid_multibyte_text_is_read_as_sent(String hex) {
        var read = GraphJson.parseObject(nameWith(hex));

        String expected = "An" + new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8) + "na";
        assertThat(read.get().get("deviceName").textValue()).isEqualTo(expected);
    }

    @Test
    void a_leading_byte_order_mark_is_ignored_as_rfc_8259_allows() {
        byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[json.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(json, 0, body, 3, json.length);

        assertThat(GraphJson.parseObject(body).get().get("a").intValue()).isEqualTo(1);
    }

    /** UTF-16 is no JSON an API may take (RFC 8259, 8.1); read as UTF-8, its zero bytes are not JSON. */
    @Test
    void utf16_is_refused_on_body() {
        var refused = GraphJson.parseObject("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE));

        assertThat(refused.isLeft()).isTrue();
        assertThat(((ApplicationError.Invalid) refused.getLeft()).violations())
                .extracting(Violation::field)
                .containsExactly("body");
    }
}
