package io.devicestatus.adapter.graph.codec;

import static io.devicestatus.domain.common.ApiVersion.BETA;
import static io.devicestatus.domain.common.ApiVersion.V1_0;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.application.error.ApplicationError;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.Violation;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The request examples of the spec pages (copied into {@code src/test/resources/seed}, see its README): what the
 * codec makes of each as written, and of the placeholder ones once their {@code "String"} values are real names.
 */
class EntityCodecSeedTest {

    private static GraphDateTime time(String text) {
        return new GraphDateTime(OffsetDateTime.parse(text));
    }

    @Test
    void the_v1_0_create_example_reads_on_v1_0_as_written() {
        var read = EntityCodecs.IOS_UPDATE.read(seed("001-request"), V1_0, Option.none());

        assertThat(read.isRight()).as("%s", read).isTrue();
        assertThat(read.get().nulls()).isEmpty();
        assertThat(read.get().draft())
                .isEqualTo(IosUpdateProperties.draft()
                        .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                        .set(IosUpdateProperties.OS_VERSION, "Os Version value")
                        .set(IosUpdateProperties.DEVICE_ID, "Device Id value")
                        .set(IosUpdateProperties.USER_ID, "User Id value")
                        .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Device Display Name value")
                        .set(IosUpdateProperties.USER_NAME, "User Name value")
                        .set(IosUpdateProperties.DEVICE_MODEL, "Device Model value")
                        .set(
                                IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                time("2016-12-31T23:56:44.951111-08:00"))
                        .set(IosUpdateProperties.STATUS, ComplianceStatus.NOT_APPLICABLE)
                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, time("2017-01-01T00:00:17.7769392-08:00"))
                        .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "User Principal Name value")
                        .build());
        assertThat(read.get().draft().lastReportedDateTime().toString()).isEqualTo("2017-01-01T00:00:17.7769392-08:00");
    }

    @Test
    void the_beta_ios_update_example_fails_as_written_naming_its_two_placeholder_enums() {
        var violations = refused(EntityCodecs.IOS_UPDATE.read(seed("000-request"), BETA, Option.none()));

        assertThat(violations.map(Violation::field)).containsExactly("installStatus", "status");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).startsWith("'String' is not a "));
    }

    @Test
    void the_beta_ios_update_example_reads_on_beta_with_real_enum_names() {
        var json = text("000-request")
                .replace("\"installStatus\": \"String\"", "\"installStatus\": \"timeout\"")
                .replace("\"status\": \"String\"", "\"status\": \"nonCompliant\"");

        var read = EntityCodecs.IOS_UPDATE.read(bytes(json), BETA, Option.none());

        assertThat(read.isRight()).as("%s", read).isTrue();
        assertThat(read.get().draft())
                .isEqualTo(IosUpdateProperties.draft()
                        .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.TIMEOUT)
                        .set(IosUpdateProperties.OS_VERSION, "Os Version value")
                        .set(IosUpdateProperties.DEVICE_ID, "Device Id value")
                        .set(IosUpdateProperties.USER_ID, "User Id value")
                        .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "Device Display Name value")
                        .set(IosUpdateProperties.USER_NAME, "User Name value")
                        .set(IosUpdateProperties.DEVICE_MODEL, "Device Model value")
                        .set(IosUpdateProperties.PLATFORM, 8)
                        .set(
                                IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                time("2016-12-31T23:59:17.6121771+00:00"))
                        .set(IosUpdateProperties.STATUS, ComplianceStatus.NON_COMPLIANT)
                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, time("2017-01-01T00:02:16.0971046+00:00"))
                        .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "User Principal Name value")
                        .build());
    }

    @Test
    void the_beta_ios_update_example_is_refused_on_v1_0_for_platform_too() {
        var violations = refused(EntityCodecs.IOS_UPDATE.read(seed("000-request"), V1_0, Option.none()));

        assertThat(violations.map(Violation::field)).containsExactly("installStatus", "platform", "status");
    }

    @Test
    void the_app_configuration_example_fails_as_written_naming_status() {
        var violations = refused(EntityCodecs.APP_CONFIGURATION.read(seed("003-request"), BETA, Option.none()));

        assertThat(violations.map(Violation::field)).containsExactly("status");
        assertThat(violations.get(0).message()).startsWith("'String' is not a complianceStatus; allowed: unknown, ");
    }

    @Test
    void the_app_configuration_example_reads_on_beta_with_a_real_status() {
        var json = text("003-request").replace("\"status\": \"String\"", "\"status\": \"compliant\"");

        var read = EntityCodecs.APP_CONFIGURATION.read(bytes(json), BETA, Option.none());

        assertThat(read.isRight()).as("%s", read).isTrue();
        assertThat(read.get().draft())
                .isEqualTo(AppConfigurationProperties.draft()
                        .set(AppConfigurationProperties.DEVICE_DISPLAY_NAME, "Device Display Name value")
                        .set(AppConfigurationProperties.USER_NAME, "User Name value")
                        .set(AppConfigurationProperties.DEVICE_MODEL, "Device Model value")
                        .set(AppConfigurationProperties.PLATFORM, 8)
                        .set(
                                AppConfigurationProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                                time("2016-12-31T23:57:41.6559639+03:00"))
                        .set(AppConfigurationProperties.STATUS, ComplianceStatus.COMPLIANT)
                        .set(
                                AppConfigurationProperties.LAST_REPORTED_DATE_TIME,
                                time("2016-12-31T23:59:04.0371883+03:00"))
                        .set(AppConfigurationProperties.USER_PRINCIPAL_NAME, "User Principal Name value")
                        .build());
    }

    @Test
    void the_app_install_example_fails_as_written_naming_its_three_placeholder_enums() {
        var violations = refused(EntityCodecs.APP_INSTALL.read(seed("004-request"), BETA, Option.none()));

        assertThat(violations.map(Violation::field))
                .containsExactly("mobileAppInstallStatusValue", "installState", "installStateDetail");
    }

    @Test
    void the_app_install_example_reads_on_beta_with_real_names_and_the_domain_accepts_it() {
        var json = text("004-request")
                .replace("\"mobileAppInstallStatusValue\": \"String\"", "\"mobileAppInstallStatusValue\": \"failed\"")
                .replace("\"installState\": \"String\"", "\"installState\": \"failed\"")
                .replace("\"installStateDetail\": \"String\"", "\"installStateDetail\": \"seeInstallErrorCode\"");

        var read = EntityCodecs.APP_INSTALL.read(bytes(json), BETA, Option.none());

        assertThat(read.isRight()).as("%s", read).isTrue();
        var draft = read.get().draft();
        assertThat(draft)
                .isEqualTo(AppInstallProperties.draft()
                        .set(AppInstallProperties.DEVICE_NAME, "Device Name value")
                        .set(AppInstallProperties.DEVICE_ID, "Device Id value")
                        .set(AppInstallProperties.LAST_SYNC_DATE_TIME, time("2016-12-31T23:59:56.035751+03:00"))
                        .set(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, ResultantAppState.FAILED)
                        .set(AppInstallProperties.INSTALL_STATE, ResultantAppState.FAILED)
                        .set(AppInstallProperties.INSTALL_STATE_DETAIL, ResultantAppStateDetail.SEE_INSTALL_ERROR_CODE)
                        .set(AppInstallProperties.ERROR_CODE, 9)
                        .set(AppInstallProperties.OS_VERSION, "Os Version value")
                        .set(AppInstallProperties.OS_DESCRIPTION, "Os Description value")
                        .set(AppInstallProperties.USER_NAME, "User Name value")
                        .set(AppInstallProperties.USER_PRINCIPAL_NAME, "User Principal Name value")
                        .set(AppInstallProperties.DISPLAY_VERSION, "Display Version value")
                        .build());
        var policy =
                ReportTimePolicy.withDefaultSkew(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
        assertThat(MobileAppInstallStatus.create(
                                "status-1",
                                new AppInstallScope(
                                        TenantId.fromString("3f2b7c1e-8d4a-4e6b-9c0d-1a2b3c4d5e6f"),
                                        "app-1",
                                        Option.none()),
                                draft,
                                policy)
                        .isRight())
                .isTrue();
    }

    @Test
    void the_v1_0_patch_example_fails_naming_its_two_timestamp_placeholders_and_its_two_enums() {
        var violations = refused(EntityCodecs.IOS_UPDATE.read(
                seed("002-request"), V1_0, Option.some("1086e543-e543-1086-43e5-861043e58610")));

        assertThat(violations.map(Violation::field))
                .containsExactly(
                        "installStatus", "complianceGracePeriodExpirationDateTime", "status", "lastReportedDateTime");
        assertThat(violations.filter(v -> v.field().endsWith("DateTime")))
                .hasSize(2)
                .allSatisfy(v -> {
                    assertThat(v.rejectedValue()).contains("String (timestamp)");
                    assertThat(v.message()).startsWith("is not an ISO 8601 date-time");
                });
    }

    @Test
    void the_v1_0_patch_example_reads_as_a_patch_with_real_values() {
        var json = text("002-request")
                .replace("\"installStatus\": \"String\"", "\"installStatus\": \"installing\"")
                .replace("\"status\": \"String\"", "\"status\": \"unknown\"")
                .replace("\"String (timestamp)\"", "\"2017-01-01T00:02:16.0971046+00:00\"");

        var read = EntityCodecs.IOS_UPDATE.read(bytes(json), ApiVersion.V1_0, Option.some("1086e543"));

        assertThat(read.isRight()).as("%s", read).isTrue();
        assertThat(read.get().draft().installStatus()).isEqualTo(IosUpdatesInstallStatus.INSTALLING);
        assertThat(read.get().draft().userPrincipalName()).isEqualTo("String");
    }

    private static io.vavr.collection.Seq<Violation> refused(Either<ApplicationError, ?> result) {
        assertThat(result.isLeft()).as("refused: %s", result).isTrue();
        assertThat(result.getLeft()).isInstanceOf(ApplicationError.Invalid.class);
        return ((ApplicationError.Invalid) result.getLeft()).violations();
    }

    private static byte[] seed(String name) {
        return bytes(text(name));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String name) {
        try (InputStream in = EntityCodecSeedTest.class.getResourceAsStream("/seed/" + name + ".json")) {
            assertThat(in).as("seed/%s.json", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
