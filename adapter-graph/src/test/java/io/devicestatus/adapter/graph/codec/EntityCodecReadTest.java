package io.devicestatus.adapter.graph.codec;

import static io.devicestatus.domain.common.ApiVersion.BETA;
import static io.devicestatus.domain.common.ApiVersion.V1_0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading request bodies: what is taken, and every refusal with its field and what it says. The assertions hold
 * whatever HTTP status an endpoint later gives the refusal.
 */
class EntityCodecReadTest {

    private static final Option<String> CREATE = Option.none();
    private static final String IOS_TYPE = "#microsoft.graph.iosUpdateDeviceStatus";
    private static final List<EntityCodec<?, ?>> CODECS =
            List.of(EntityCodecs.IOS_UPDATE, EntityCodecs.APP_CONFIGURATION, EntityCodecs.APP_INSTALL);

    // ---- bodies that are not one JSON object -------------------------------------------------------------------

    @Test
    void malformed_json_is_refused_on_field_body_with_line_and_column() {
        var json = "{\n  \"installStatus\": \"available\",\n  \"status\" \"compliant\"\n}";

        var violation = single(refusedRaw(json));

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).startsWith("is not valid JSON: ").contains("(line 3, column 12)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t  \r\n"})
    void an_empty_body_is_refused_as_empty(String json) {
        var violation = single(refusedRaw(json));

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).contains("is empty").contains("JSON object");
    }

    @ParameterizedTest
    @MethodSource("notObjects")
    void a_json_value_other_than_an_object_is_refused_naming_what_it_is(String json, String nodeType) {
        var violation = single(refusedRaw(json));

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).isEqualTo("is a JSON " + nodeType + "; send the entity as a JSON object");
    }

    static Stream<Arguments> notObjects() {
        return Stream.of(
                Arguments.of("[]", "array"),
                Arguments.of("[{\"installStatus\":\"available\"}]", "array"),
                Arguments.of("\"available\"", "string"),
                Arguments.of("42", "number"),
                Arguments.of("true", "boolean"),
                Arguments.of("null", "null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}]", "{} x", "{} \"more\"", "{}\n42"})
    void anything_after_the_object_is_refused(String json) {
        var violation = single(refusedRaw(json));

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).startsWith("is not valid JSON: ").contains("(line ");
    }

    @Test
    void a_duplicate_property_is_refused_naming_it() {
        var json = "{\"status\": \"compliant\", \"installStatus\": \"available\", \"status\": \"error\"}";

        var violation = single(refusedRaw(json));

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).contains("Duplicate field 'status'").contains("(line 1, column ");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_as_invalid_json() {
        var body = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        var refused = EntityCodecs.IOS_UPDATE.read(body, V1_0, CREATE);

        assertThat(single(invalid(refused)).field()).isEqualTo("body");
        assertThat(single(invalid(refused)).message()).startsWith("is not valid UTF-8: at byte 6 ");
    }

    // ---- answers of a Graph service (the outbound store) ----------------------------------------------------------

    @Test
    void an_answer_may_carry_properties_this_version_does_not_know_and_they_are_left_out() {
        var answer = iosUpdate().put("id", "id-1").put("newPropertyMicrosoftAdded", "x");
        answer.putObject("anotherNewOne").put("nested", 1);

        var read = EntityCodecs.IOS_UPDATE.readAnswer(answer, V1_0, "id-1");

        assertThat(read.get().draft()).isEqualTo(iosUpdateDraft());
        assertThat(EntityCodecs.IOS_UPDATE
                        .read(answer, V1_0, Option.some("id-1"))
                        .isLeft())
                .as("a request with them is still refused")
                .isTrue();
    }

    @Test
    void an_answer_is_as_strict_as_a_request_about_the_properties_it_knows_and_its_id() {
        var unknownMember = iosUpdate().put("id", "id-1").put("installStatus", "somethingNew");
        var otherId = iosUpdate().put("id", "id-2");

        assertThat(single(invalid(EntityCodecs.IOS_UPDATE.readAnswer(unknownMember, V1_0, "id-1")))
                        .field())
                .isEqualTo("installStatus");
        assertThat(single(invalid(EntityCodecs.IOS_UPDATE.readAnswer(otherId, V1_0, "id-1")))
                        .field())
                .isEqualTo("id");
    }

    // ---- @odata.type, annotations, id --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#microsoft.graph.mobileAppInstallStatus",
                "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
                "#microsoft.graph.IosUpdateDeviceStatus",
                "#iosUpdateDeviceStatus",
                "##microsoft.graph.iosUpdateDeviceStatus",
                ""
            })
    void another_odata_type_is_refused_naming_the_expected_one(String type) {
        var body = iosUpdate().put("@odata.type", type);

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0));

        assertThat(violation.field()).isEqualTo("@odata.type");
        assertThat(violation.rejectedValue()).contains(type);
        assertThat(violation.message()).contains("expected " + IOS_TYPE);
    }

    @Test
    void an_odata_type_that_is_not_a_string_is_refused() {
        var body = iosUpdate();
        body.put("@odata.type", 1);

        assertThat(single(refused(EntityCodecs.IOS_UPDATE, body, V1_0)).field()).isEqualTo("@odata.type");
    }

    @Test
    void the_odata_type_is_accepted_with_or_without_its_hash_or_not_at_all() {
        assertThat(read(EntityCodecs.IOS_UPDATE, iosUpdate(), V1_0).draft()).isEqualTo(iosUpdateDraft());
        assertThat(read(EntityCodecs.IOS_UPDATE, iosUpdate().put("@odata.type", IOS_TYPE.substring(1)), V1_0)
                        .draft())
                .isEqualTo(iosUpdateDraft());
        var untyped = iosUpdate();
        untyped.remove("@odata.type");
        assertThat(read(EntityCodecs.IOS_UPDATE, untyped, V1_0).draft()).isEqualTo(iosUpdateDraft());
    }

    @Test
    void each_codec_takes_its_own_type_and_refuses_the_others() {
        var codecs = CODECS;
        var types = List.of(
                IOS_TYPE,
                "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
                "#microsoft.graph.mobileAppInstallStatus");
        for (int codec = 0; codec < codecs.size(); codec++) {
            assertThat(codecs.get(codec).odataType()).isEqualTo(types.get(codec));
            for (int type = 0; type < types.size(); type++) {
                var body = JsonNodeFactory.instance.objectNode().put("@odata.type", types.get(type));
                var result = codecs.get(codec).read(EntityCodec.bytes(body), BETA, CREATE);
                assertThat(result.isRight())
                        .as("%s reading %s", codecs.get(codec).odataType(), types.get(type))
                        .isEqualTo(codec == type);
            }
        }
    }

    @Test
    void instance_and_property_annotations_are_ignored() {
        var body = iosUpdate();
        body.put("@odata.etag", "W/\"1\"");
        body.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#deviceManagement/iosUpdateStatuses");
        body.put("x@odata.context", "whatever");
        body.put("installStatus@odata.type", "#microsoft.graph.iosUpdatesInstallStatus");
        body.put("@contoso.note", 42);

        var read = read(EntityCodecs.IOS_UPDATE, body, V1_0);

        assertThat(read.draft()).isEqualTo(iosUpdateDraft());
        assertThat(read.nulls()).isEmpty();
    }

    @Test
    void an_id_in_a_create_body_is_the_id_the_client_asks_for() {
        var body = iosUpdate().put("id", "my-own-id");

        var read = read(EntityCodecs.IOS_UPDATE, body, V1_0);

        assertThat(read.id()).isEqualTo(Option.some("my-own-id"));
        assertThat(read.draft()).isEqualTo(iosUpdateDraft());
        assertThat(read(EntityCodecs.IOS_UPDATE, iosUpdate(), V1_0).id())
                .as("none: the service mints one")
                .isEmpty();
    }

    @Test
    void a_create_body_s_id_may_be_any_valid_id_up_to_128_characters() {
        var longest = "😀".repeat(128);

        assertThat(read(EntityCodecs.IOS_UPDATE, iosUpdate().put("id", longest), V1_0)
                        .id())
                .contains(longest);
        assertThat(read(EntityCodecs.IOS_UPDATE, iosUpdate().put("id", "a/b ?#"), V1_0)
                        .id())
                .contains("a/b ?#");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "line\nbreak", "129"})
    void a_create_body_s_id_that_is_no_valid_id_is_refused_naming_id(String id) {
        var value = id.equals("129") ? "x".repeat(129) : id;
        var body = iosUpdate().put("id", value).put("colour", "red");

        var violations = refused(EntityCodecs.IOS_UPDATE, body, V1_0).violations();

        assertThat(violations.map(Violation::field))
                .as("with every other violation")
                .containsExactly("id", "colour");
        assertThat(violations.head().message()).containsAnyOf("blank", "at most 128", "control character");
    }

    @Test
    void a_create_body_s_id_that_is_not_a_string_or_is_null_is_refused_naming_id() {
        var number = iosUpdate();
        number.put("id", 7);
        var nothing = iosUpdate();
        nothing.putNull("id");

        assertThat(single(refused(EntityCodecs.IOS_UPDATE, number, V1_0)).message())
                .contains("expected a string");
        assertThat(single(refused(EntityCodecs.IOS_UPDATE, nothing, V1_0)).message())
                .contains("may not be null");
    }

    @Test
    void an_id_in_a_patch_body_equal_to_the_url_id_is_accepted() {
        var body = iosUpdate().put("id", "status-1");

        var read = EntityCodecs.IOS_UPDATE.read(EntityCodec.bytes(body), V1_0, Option.some("status-1"));

        assertThat(read.get().draft()).isEqualTo(iosUpdateDraft());
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-2", "STATUS-1", "status-1 ", ""})
    void an_id_in_a_patch_body_other_than_the_url_id_is_refused(String id) {
        var body = iosUpdate().put("id", id);

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0, Option.some("status-1")));

        assertThat(violation.field()).isEqualTo("id");
        assertThat(violation.message()).contains("read-only").contains("'status-1'");
    }

    @Test
    void an_id_that_is_not_a_string_is_refused_even_when_it_prints_as_the_url_id() {
        var body = iosUpdate();
        body.put("id", 7);

        assertThat(single(refused(EntityCodecs.IOS_UPDATE, body, V1_0, Option.some("7")))
                        .field())
                .isEqualTo("id");
    }

    // ---- properties: unknown, version, enums -------------------------------------------------------------------

    @Test
    void an_unknown_property_is_refused_listing_the_properties_of_the_version() {
        var body = iosUpdate().put("colour", "blue");

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0));

        assertThat(violation.field()).isEqualTo("colour");
        assertThat(violation.rejectedValue()).contains("blue");
        assertThat(violation.message())
                .isEqualTo("is not a property of iosUpdateDeviceStatus in v1.0; it has: id, "
                        + "installStatus, osVersion, deviceId, userId, deviceDisplayName, userName, deviceModel, "
                        + "complianceGracePeriodExpirationDateTime, status, lastReportedDateTime, userPrincipalName");
    }

    @Test
    void a_property_of_another_entity_type_is_unknown() {
        var body = appConfiguration().put("installStatus", "available");

        var violation = single(refused(EntityCodecs.APP_CONFIGURATION, body, BETA));

        assertThat(violation.field()).isEqualTo("installStatus");
        assertThat(violation.message())
                .startsWith("is not a property of managedDeviceMobileAppConfigurationDeviceStatus")
                .contains("platform");
    }

    @Test
    void platform_is_refused_on_v1_0_as_existing_only_in_beta_and_read_on_beta() {
        var ios = iosUpdate();
        ios.put("platform", 8);
        var configuration = appConfiguration();
        configuration.put("platform", 8);

        for (var refusal : List.of(
                refused(EntityCodecs.IOS_UPDATE, ios, V1_0),
                refused(EntityCodecs.APP_CONFIGURATION, configuration, V1_0))) {
            var violation = single(refusal);
            assertThat(violation.field()).isEqualTo("platform");
            assertThat(violation.rejectedValue()).contains("8");
            assertThat(violation.message())
                    .startsWith("exists only in beta; v1.0 has: id, ")
                    .doesNotContain("platform");
        }
        assertThat(read(EntityCodecs.IOS_UPDATE, ios, BETA).draft().platform()).isEqualTo(8);
        assertThat(read(EntityCodecs.APP_CONFIGURATION, configuration, BETA)
                        .draft()
                        .platform())
                .isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeout", "mdmClientCrashed", "updateError", "updateScanFailed", "-2016333898"})
    void a_beta_only_install_status_is_refused_on_v1_0_and_read_on_beta(String member) {
        var body = iosUpdate().put("installStatus", member);

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0));

        assertThat(violation.field()).isEqualTo("installStatus");
        assertThat(violation.rejectedValue()).contains(member);
        assertThat(violation.message()).startsWith("'" + member + "' exists only in beta; allowed in v1.0: ");
        assertThat(violation.message().substring(violation.message().indexOf("allowed in v1.0: ")))
                .contains("available")
                .doesNotContain("timeout", "mdmClientCrashed", "updateError", "updateScanFailed");
        assertThat(read(EntityCodecs.IOS_UPDATE, body, BETA)
                        .draft()
                        .installStatus()
                        .versions())
                .containsExactly(BETA);
    }

    @Test
    void an_unknown_enum_name_is_refused_listing_the_names_of_the_version() {
        var body = iosUpdate().put("installStatus", "done");

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0));

        assertThat(violation.field()).isEqualTo("installStatus");
        assertThat(violation.message())
                .startsWith("'done' is not a iosUpdatesInstallStatus; allowed: downloading, ")
                .endsWith("success, available, idle, unknown")
                .doesNotContain("timeout");
    }

    @Test
    void an_enum_name_in_the_wrong_case_is_refused_with_a_did_you_mean() {
        var body = iosUpdate().put("installStatus", "Available").put("status", "NONCOMPLIANT");

        var violations = refused(EntityCodecs.IOS_UPDATE, body, V1_0).violations();

        assertThat(violations.map(Violation::field)).containsExactly("installStatus", "status");
        assertThat(violations.get(0).message()).contains("did you mean 'available'?");
        assertThat(violations.get(1).message()).contains("did you mean 'nonCompliant'?");
    }

    @Test
    void an_enum_member_may_be_given_by_its_numeric_value_in_a_string() {
        var body = iosUpdate().put("installStatus", "2").put("status", "4");

        var draft = read(EntityCodecs.IOS_UPDATE, body, V1_0).draft();

        assertThat(draft.installStatus()).isEqualTo(IosUpdatesInstallStatus.IDLE);
        assertThat(draft.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
    }

    // ---- JSON types ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void a_value_of_the_wrong_json_type_is_refused_naming_the_type_expected(
            String property, Object value, String message) {
        var body = iosUpdate();
        body.set(property, GraphJson.MAPPER.valueToTree(value));

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, BETA));

        assertThat(violation.field()).isEqualTo(property);
        assertThat(violation.message()).contains(message);
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("deviceId", 5, "is a JSON number, expected a string"),
                Arguments.of("userPrincipalName", true, "is a JSON boolean, expected a string"),
                Arguments.of("osVersion", java.util.List.of("17.1"), "is a JSON array, expected a string"),
                Arguments.of("platform", "8", "is a JSON string, expected an Int32 number"),
                Arguments.of("platform", 8.5, "is a JSON number, expected an Int32 number"),
                Arguments.of("platform", 8.0, "is a JSON number, expected an Int32 number"),
                Arguments.of("platform", 2_147_483_648L, "is outside Int32 (-2147483648 to 2147483647)"),
                Arguments.of("platform", -2_147_483_649L, "is outside Int32"),
                Arguments.of("platform", BigInteger.TWO.pow(70), "is outside Int32"),
                Arguments.of("installStatus", 1, "is a JSON number, expected a iosUpdatesInstallStatus name"),
                Arguments.of("status", 2, "is a JSON number, expected a complianceStatus name"),
                Arguments.of(
                        "lastReportedDateTime",
                        java.util.Map.of("value", "2026-11-23T10:00:00Z"),
                        "is a JSON object, expected a DateTimeOffset string"),
                Arguments.of(
                        "complianceGracePeriodExpirationDateTime",
                        1_700_000_000,
                        "is a JSON number, expected a DateTimeOffset string"));
    }

    @Test
    void int32_bounds_are_read() {
        var body = iosUpdate();
        body.put("platform", Integer.MAX_VALUE);
        assertThat(read(EntityCodecs.IOS_UPDATE, body, BETA).draft().platform()).isEqualTo(Integer.MAX_VALUE);
        body.put("platform", Integer.MIN_VALUE);
        assertThat(read(EntityCodecs.IOS_UPDATE, body, BETA).draft().platform()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void an_error_code_is_read_as_int32() {
        var body = appInstall();
        body.put("errorCode", "9");
        assertThat(single(refused(EntityCodecs.APP_INSTALL, body, BETA)).message())
                .contains("is a JSON string, expected an Int32 number");
        body.put("errorCode", -2016330712);
        assertThat(read(EntityCodecs.APP_INSTALL, body, BETA).draft().errorCode())
                .isEqualTo(-2016330712);
    }

    @Test
    void a_date_time_offset_with_eight_fractional_digits_is_refused() {
        var body = iosUpdate().put("lastReportedDateTime", "2026-11-23T10:00:00.12345678+01:00");

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0));

        assertThat(violation.field()).isEqualTo("lastReportedDateTime");
        assertThat(violation.message()).contains("more than 7 fractional digits");
    }

    @Test
    void a_date_time_offset_keeps_seven_digits_and_its_offset() {
        var body = iosUpdate().put("lastReportedDateTime", "2026-11-23T10:00:00.1234567-08:00");

        var time = read(EntityCodecs.IOS_UPDATE, body, V1_0).draft().lastReportedDateTime();

        assertThat(time).isEqualTo(new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567-08:00")));
        assertThat(time.toString()).isEqualTo("2026-11-23T10:00:00.1234567-08:00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-23",
                "23/11/2026 10:00",
                "2026-11-23T25:00:00Z",
                "2026-02-30T10:00:00Z",
                "2026-11-23T10:00:00+19:00",
                "String (timestamp)",
                ""
            })
    void a_text_that_is_not_a_date_time_offset_is_refused(String text) {
        var body = iosUpdate().put("complianceGracePeriodExpirationDateTime", text);

        var violation = single(refused(EntityCodecs.IOS_UPDATE, body, V1_0));

        assertThat(violation.field()).isEqualTo("complianceGracePeriodExpirationDateTime");
        assertThat(violation.rejectedValue()).contains(text);
    }

    // ---- null and absent -----------------------------------------------------------------------------------------

    @Test
    void null_for_a_nullable_property_is_kept_apart_from_absent() {
        var withNull = iosUpdate();
        withNull.putNull("osVersion");

        var nulled = read(EntityCodecs.IOS_UPDATE, withNull, V1_0);
        var absent = read(EntityCodecs.IOS_UPDATE, iosUpdate(), V1_0);

        assertThat(nulled.nulls()).containsExactly("osVersion");
        assertThat(nulled.draft().osVersion()).isNull();
        assertThat(absent.nulls()).isEmpty();
        assertThat(absent.draft().osVersion()).isNull();
        assertThat(nulled.draft()).isEqualTo(absent.draft());
    }

    @ParameterizedTest
    @MethodSource("nullableProperties")
    void every_nullable_property_may_be_null_and_reads_as_absent_with_its_name_in_nulls(
            EntityCodec<?, ?> codec, String property) {
        var body = JsonNodeFactory.instance.objectNode().putNull(property);

        var read = codec.read(EntityCodec.bytes(body), BETA, CREATE);

        assertThat(read.isRight()).as("%s", read).isTrue();
        assertThat(read.get().nulls()).containsExactly(property);
        assertThat(read.get().draft()).isEqualTo(codec.kind().emptyDraft());
    }

    static Stream<Arguments> nullableProperties() {
        return CODECS.flatMap(codec -> codec.kind().properties().nullableNames().map(p -> Arguments.of(codec, p)))
                .toJavaStream();
    }

    @Test
    void nulls_are_listed_in_body_order_beside_the_values_given() {
        var body = iosUpdate()
                .putNull("userPrincipalName")
                .put("deviceId", "device-1")
                .putNull("osVersion");

        var read = read(EntityCodecs.IOS_UPDATE, body, V1_0);

        assertThat(read.nulls()).containsExactly("userPrincipalName", "osVersion");
        assertThat(read.draft().deviceId()).isEqualTo("device-1");
    }

    @ParameterizedTest
    @MethodSource("nonNullableProperties")
    void null_for_a_property_graph_does_not_let_be_null_is_refused(EntityCodec<?, ?> codec, String property) {
        var body = JsonNodeFactory.instance.objectNode().putNull(property);

        var violation = single(invalid(codec.read(EntityCodec.bytes(body), BETA, CREATE)));

        assertThat(violation.field()).isEqualTo(property);
        assertThat(violation.message()).isEqualTo("may not be null");
    }

    static Stream<Arguments> nonNullableProperties() {
        return CODECS.flatMap(codec -> codec.kind()
                        .properties()
                        .names()
                        .removeAll(codec.kind().properties().nullableNames())
                        .map(p -> Arguments.of(codec, p)))
                .toJavaStream();
    }

    @Test
    void the_non_nullable_properties_are_graphs() {
        assertThat(nonNullableProperties()
                        .map(a -> ((EntityCodec<?, ?>) a.get()[0]).kind().graphType() + "." + a.get()[1]))
                .containsExactlyInAnyOrder(
                        "iosUpdateDeviceStatus.installStatus",
                        "iosUpdateDeviceStatus.platform",
                        "iosUpdateDeviceStatus.complianceGracePeriodExpirationDateTime",
                        "iosUpdateDeviceStatus.status",
                        "iosUpdateDeviceStatus.lastReportedDateTime",
                        "managedDeviceMobileAppConfigurationDeviceStatus.platform",
                        "managedDeviceMobileAppConfigurationDeviceStatus.complianceGracePeriodExpirationDateTime",
                        "managedDeviceMobileAppConfigurationDeviceStatus.status",
                        "managedDeviceMobileAppConfigurationDeviceStatus.lastReportedDateTime",
                        "mobileAppInstallStatus.lastSyncDateTime",
                        "mobileAppInstallStatus.mobileAppInstallStatusValue",
                        "mobileAppInstallStatus.installState",
                        "mobileAppInstallStatus.installStateDetail",
                        "mobileAppInstallStatus.errorCode");
    }

    // ---- all at once ---------------------------------------------------------------------------------------------

    @Test
    void every_violation_is_reported_at_once_in_body_order() {
        var json = "{\"@odata.type\": \"#microsoft.graph.mobileAppInstallStatus\", \"id\": \" \","
                + " \"installStatus\": \"timeout\", \"osVersion\": 17, \"platform\": 8, \"status\": null,"
                + " \"colour\": \"blue\", \"@odata.etag\": \"W/1\", \"lastReportedDateTime\": \"yesterday\","
                + " \"deviceId\": \"device-1\", \"userId\": null}";

        var violations = refusedRaw(json).violations();

        assertThat(violations).hasSize(8);
        assertThat(violations.map(Violation::field))
                .containsExactly(
                        "@odata.type",
                        "id",
                        "installStatus",
                        "osVersion",
                        "platform",
                        "status",
                        "colour",
                        "lastReportedDateTime");
    }

    @Test
    void a_refusal_reads_as_its_violations() {
        var body = iosUpdate().put("installStatus", "done").put("colour", "blue");

        var refusal = refused(EntityCodecs.IOS_UPDATE, body, V1_0);

        assertThat(refusal.message())
                .isEqualTo(refusal.violations().mkString("; "))
                .contains("installStatus 'done': ")
                .contains("colour 'blue': ");
    }

    // ---- what is read ------------------------------------------------------------------------------------------

    @Test
    void an_app_install_body_is_read_into_its_draft() {
        var draft = read(EntityCodecs.APP_INSTALL, appInstall(), BETA).draft();

        assertThat(draft)
                .isEqualTo(AppInstallProperties.draft()
                        .set(AppInstallProperties.DEVICE_NAME, "Anna's phone")
                        .set(AppInstallProperties.DEVICE_ID, "device-1")
                        .set(
                                AppInstallProperties.LAST_SYNC_DATE_TIME,
                                new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.5+03:00")))
                        .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.INSTALLED)
                        .set(AppInstallProperties.DISPLAY_VERSION, "1.0 \"beta\" \\ ü 😀")
                        .build());
    }

    @Test
    void an_app_configuration_body_is_read_into_its_draft() {
        var body =
                appConfiguration().put("deviceDisplayName", "Anna's iPad").put("userPrincipalName", "anna@contoso.com");

        var draft = read(EntityCodecs.APP_CONFIGURATION, body, V1_0).draft();

        assertThat(draft)
                .isEqualTo(AppConfigurationProperties.draft()
                        .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, "Anna's iPad")
                        .set(
                                AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                new GraphDateTime(OffsetDateTime.parse("2026-12-31T00:00:00Z")))
                        .set(AppConfigurationProperties.STATUS, ComplianceStatus.ERROR)
                        .set(
                                AppConfigurationProperties.LAST_REPORTED_DATE_TIME,
                                new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00Z")))
                        .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                        .build());
    }

    @Test
    void property_names_are_listed_id_first_per_version() {
        assertThat(EntityCodecs.IOS_UPDATE.propertyNames(V1_0))
                .startsWith("id", "installStatus")
                .doesNotContain("platform")
                .hasSize(12);
        assertThat(EntityCodecs.IOS_UPDATE.propertyNames(BETA))
                .contains("platform")
                .hasSize(13);
        assertThat(EntityCodecs.APP_INSTALL.versions()).containsExactly(BETA);
        assertThat(EntityCodecs.IOS_UPDATE.versions()).containsExactlyInAnyOrder(V1_0, BETA);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** A minimal valid iOS update body; tests change what they are about. */
    private static ObjectNode iosUpdate() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("@odata.type", IOS_TYPE)
                .put("installStatus", "available")
                .put("complianceGracePeriodExpirationDateTime", "2026-12-31T00:00:00Z")
                .put("status", "compliant")
                .put("lastReportedDateTime", "2026-11-23T10:00:00.1234567+01:00");
    }

    private static IosUpdateDeviceStatus.Draft iosUpdateDraft() {
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                .set(
                        IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                        new GraphDateTime(OffsetDateTime.parse("2026-12-31T00:00:00Z")))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(
                        IosUpdateProperties.LAST_REPORTED_DATE_TIME,
                        new GraphDateTime(OffsetDateTime.parse("2026-11-23T10:00:00.1234567+01:00")))
                .build();
    }

    private static ObjectNode appConfiguration() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("complianceGracePeriodExpirationDateTime", "2026-12-31T00:00:00Z")
                .put("status", "error")
                .put("lastReportedDateTime", "2026-11-23T10:00:00Z");
    }

    private static ObjectNode appInstall() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("@odata.type", "#microsoft.graph.mobileAppInstallStatus")
                .put("deviceName", "Anna's phone")
                .put("deviceId", "device-1")
                .put("lastSyncDateTime", "2026-11-23T10:00:00.5+03:00")
                .put("installState", "installed")
                .put("displayVersion", "1.0 \"beta\" \\ ü 😀");
    }

    private static <D> EntityBody<D> read(EntityCodec<?, D> codec, ObjectNode body, ApiVersion version) {
        var read = codec.read(EntityCodec.bytes(body), version, CREATE);
        assertThat(read.isRight()).as("read %s: %s", body, read).isTrue();
        return read.get();
    }

    private static ApplicationError.Invalid refused(EntityCodec<?, ?> codec, ObjectNode body, ApiVersion version) {
        return refused(codec, body, version, CREATE);
    }

    private static ApplicationError.Invalid refused(
            EntityCodec<?, ?> codec, ObjectNode body, ApiVersion version, Option<String> entityId) {
        return invalid(codec.read(EntityCodec.bytes(body), version, entityId));
    }

    private static ApplicationError.Invalid refusedRaw(String json) {
        return invalid(EntityCodecs.IOS_UPDATE.read(json.getBytes(StandardCharsets.UTF_8), V1_0, CREATE));
    }

    private static ApplicationError.Invalid invalid(Either<ApplicationError, ?> result) {
        assertThat(result.isLeft()).as("refused: %s", result).isTrue();
        assertThat(result.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        return (ApplicationError.Invalid) result.getLeft();
    }

    private static Violation single(ApplicationError.Invalid invalid) {
        assertThat(invalid.violations()).as(invalid.message()).hasSize(1);
        return invalid.violations().get(0);
    }
}
