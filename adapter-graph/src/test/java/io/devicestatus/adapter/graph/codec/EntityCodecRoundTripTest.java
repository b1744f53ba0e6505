package io.devicestatus.adapter.graph.codec;

import static io.devicestatus.adapter.graph.codec.WireArbitraries.dateTimes;
import static io.devicestatus.adapter.graph.codec.WireArbitraries.identifier;
import static io.devicestatus.adapter.graph.codec.WireArbitraries.optionalText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.application.model.AppConfigurationProperties;
import io.devicestatus.application.model.AppInstallProperties;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.domain.appconfig.AppConfigurationDeviceStatus;
import io.devicestatus.domain.appconfig.ConfigurationCollection;
import io.devicestatus.domain.appconfig.ConfigurationScope;
import io.devicestatus.domain.appinstall.AppInstallScope;
import io.devicestatus.domain.appinstall.MobileAppInstallStatus;
import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.error.DomainError;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever valid status the domain holds, the codec writes it in Graph's form and reads that form back to the same
 * draft: every string (quotes, backslashes, characters outside the BMP), every nullable property present or absent,
 * every enum member of the version, DateTimeOffsets to the 100 ns with their offsets.
 */
class EntityCodecRoundTripTest {

    /** A clock at the end of Graph's range, so that no generated report time lies in the future. */
    private static final ReportTimePolicy POLICY =
            ReportTimePolicy.withDefaultSkew(Clock.fixed(GraphDateTime.LATEST, ZoneOffset.UTC));

    private static final TenantId TENANT = TenantId.fromString("3f2b7c1e-8d4a-4e6b-9c0d-1a2b3c4d5e6f");
    private static final ConfigurationScope CONFIGURATION =
            new ConfigurationScope(TENANT, ConfigurationCollection.MOBILE_APP_CONFIGURATIONS, "configuration-1");
    private static final AppInstallScope APP = new AppInstallScope(TENANT, "app-1", Option.some("user-status-1"));

    /** Graph's text form of a DateTimeOffset as the codec must write it: seconds always, at most 7 digits. */
    private static final Pattern DATE_TIME_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)");

    @Property
    void an_ios_update_status_reads_back_as_the_draft_it_was_written_from(
            @ForAll("versions") ApiVersion version,
            @ForAll("iosUpdateDrafts") IosUpdateDeviceStatus.Draft draft,
            @ForAll("ids") String id) {
        Assume.that(draft.installStatus().existsIn(version)); // beta's members are refused on v1.0 elsewhere
        var status = created(IosUpdateDeviceStatus.create(id, TENANT, draft, POLICY));
        var expected = status.toDraft();
        if (version == ApiVersion.V1_0) {
            expected = IosUpdateProperties.draft(expected)
                    .set(IosUpdateProperties.PLATFORM, null)
                    .build();
        }

        roundTrip(EntityCodecs.IOS_UPDATE, "#microsoft.graph.iosUpdateDeviceStatus", status, id, version, expected);
    }

    @Property
    void an_app_configuration_status_reads_back_as_the_draft_it_was_written_from(
            @ForAll("versions") ApiVersion version,
            @ForAll("appConfigurationDrafts") AppConfigurationDeviceStatus.Draft draft,
            @ForAll("ids") String id) {
        var status = created(AppConfigurationDeviceStatus.create(id, CONFIGURATION, draft, POLICY));
        var expected = status.toDraft();
        if (version == ApiVersion.V1_0) {
            expected = AppConfigurationProperties.draft(expected)
                    .set(AppConfigurationProperties.PLATFORM, null)
                    .build();
        }

        roundTrip(
                EntityCodecs.APP_CONFIGURATION,
                "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
                status,
                id,
                version,
                expected);
    }

    @Property
    void an_app_install_status_reads_back_as_the_draft_it_was_written_from(
            @ForAll("appInstallDrafts") MobileAppInstallStatus.Draft draft, @ForAll("ids") String id) {
        var status = created(MobileAppInstallStatus.create(id, APP, draft, POLICY));

        roundTrip(
                EntityCodecs.APP_INSTALL,
                "#microsoft.graph.mobileAppInstallStatus",
                status,
                id,
                ApiVersion.BETA,
                status.toDraft());
    }

    @Property
    void a_select_writes_the_type_and_exactly_the_selected_properties_in_graphs_order(
            @ForAll("versions") ApiVersion version,
            @ForAll("iosUpdateDrafts") IosUpdateDeviceStatus.Draft draft,
            @ForAll("selections") java.util.Set<String> selection) {
        Assume.that(draft.installStatus().existsIn(version)); // beta's members are refused on v1.0 elsewhere
        var status = created(IosUpdateDeviceStatus.create("status-1", TENANT, draft, POLICY));

        var json = EntityCodecs.IOS_UPDATE.write(status, version, Option.some(HashSet.ofAll(selection)));

        var expected = List.of("@odata.type")
                .appendAll(List.of("id")
                        .appendAll(wireProperties(EntityCodecs.IOS_UPDATE, version))
                        .filter(selection::contains));
        assertThat(fieldNames(json)).containsExactlyElementsOf(expected);
        assertThat(json.get("@odata.type").textValue()).isEqualTo("#microsoft.graph.iosUpdateDeviceStatus");
    }

    private static <T, D extends Record> void roundTrip(
            EntityCodec<T, D> codec, String odataType, T status, String id, ApiVersion version, D expected) {
        var json = codec.write(status, version, Option.none());

        var properties = wireProperties(codec, version);
        assertThat(fieldNames(json))
                .containsExactlyElementsOf(List.of("@odata.type", "id").appendAll(properties));
        assertThat(json.get("@odata.type").textValue()).isEqualTo(odataType);
        assertThat(json.get("id").textValue()).isEqualTo(id);
        assertThat(json.has("platform"))
                .isEqualTo(version == ApiVersion.BETA
                        && codec.kind().properties().names().contains("platform"));
        var absent = codec.kind().properties().nullableNames().filter(name -> component(expected, name) == null);
        for (String name : absent) {
            assertThat(json.get(name).isNull())
                    .as("%s is written as JSON null", name)
                    .isTrue();
        }
        for (String name : properties) {
            if (component(expected, name) instanceof GraphDateTime) {
                assertThat(json.get(name).textValue()).as(name).matches(DATE_TIME_OFFSET);
            }
        }

        var read = codec.read(EntityCodec.bytes(json), version, Option.some(id));

        assertThat(read.isRight()).as("read back: %s", read).isTrue();
        D draft = read.get().draft();
        assertThat(draft).isEqualTo(expected);
        assertThat(read.get().nulls()).containsExactlyElementsOf(absent);
        for (RecordComponent part : expected.getClass().getRecordComponents()) {
            if (component(expected, part.getName()) instanceof GraphDateTime time) {
                var back = (GraphDateTime) component(draft, part.getName());
                assertThat(back.instant()).as(part.getName()).isEqualTo(time.instant());
                assertThat(back.value().getNano())
                        .as(part.getName())
                        .isEqualTo(time.value().getNano());
                assertThat(back.value().getOffset())
                        .as(part.getName())
                        .isEqualTo(time.value().getOffset());
            }
        }
    }

    /** The properties written for {@code version}, as the kind lists them: {@code platform} in beta only. */
    private static Seq<String> wireProperties(EntityCodec<?, ?> codec, ApiVersion version) {
        return codec.kind().properties().names().filter(name -> version == ApiVersion.BETA || !name.equals("platform"));
    }

    private static List<String> fieldNames(ObjectNode json) {
        var names = List.<String>empty();
        for (var it = json.fieldNames(); it.hasNext(); ) {
            names = names.append(it.next());
        }
        return names;
    }

    private static Object component(Record record, String name) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the draft has no property " + name, e);
        }
    }

    private static <T> T created(Either<DomainError, T> created) {
        assertThat(created.isRight())
                .as("the generated draft is valid: %s", created)
                .isTrue();
        return created.get();
    }

    @Provide
    Arbitrary<ApiVersion> versions() {
        return Arbitraries.of(ApiVersion.values());
    }

    @Provide
    Arbitrary<String> ids() {
        return identifier();
    }

    @Provide
    Arbitrary<java.util.Set<String>> selections() {
        return Arbitraries.of(
                        "id",
                        "installStatus",
                        "osVersion",
                        "deviceId",
                        "userId",
                        "deviceDisplayName",
                        "userName",
                        "deviceModel",
                        "platform",
                        "complianceGracePeriodExpirationDateTime",
                        "status",
                        "lastReportedDateTime",
                        "userPrincipalName",
                        "notAProperty")
                .set();
    }

    @Provide
    Arbitrary<IosUpdateDeviceStatus.Draft> iosUpdateDrafts() {
        var texts = Combinators.combine(
                        optionalText(128),
                        optionalText(128),
                        optionalText(128),
                        optionalText(256),
                        optionalText(256),
                        optionalText(256),
                        optionalText(256))
                .as((osVersion, deviceId, userId, deviceDisplayName, userName, deviceModel, upn) ->
                        new String[] {osVersion, deviceId, userId, deviceDisplayName, userName, deviceModel, upn});
        return Combinators.combine(
                        Arbitraries.of(IosUpdatesInstallStatus.class),
                        texts,
                        Arbitraries.integers().injectNull(0.3),
                        dateTimes(),
                        Arbitraries.of(ComplianceStatus.class),
                        dateTimes())
                .as((installStatus, text, platform, gracePeriod, status, lastReported) -> IosUpdateProperties.draft()
                        .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                        .set(IosUpdateProperties.OS_VERSION, text[0])
                        .set(IosUpdateProperties.DEVICE_ID, text[1])
                        .set(IosUpdateProperties.USER_ID, text[2])
                        .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, text[3])
                        .set(IosUpdateProperties.USER_NAME, text[4])
                        .set(IosUpdateProperties.DEVICE_MODEL, text[5])
                        .set(IosUpdateProperties.PLATFORM, platform)
                        .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, gracePeriod)
                        .set(IosUpdateProperties.STATUS, status)
                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, lastReported)
                        .set(IosUpdateProperties.USER_PRINCIPAL_NAME, text[6])
                        .build());
    }

    @Provide
    Arbitrary<AppConfigurationDeviceStatus.Draft> appConfigurationDrafts() {
        return Combinators.combine(
                        optionalText(256),
                        optionalText(256),
                        optionalText(256),
                        Arbitraries.integers().injectNull(0.3),
                        dateTimes(),
                        Arbitraries.of(ComplianceStatus.class),
                        dateTimes(),
                        optionalText(256))
                .as(AppConfigurationDeviceStatus.Draft::new);
    }

    @Provide
    Arbitrary<MobileAppInstallStatus.Draft> appInstallDrafts() {
        var texts = Combinators.combine(
                        optionalText(256),
                        optionalText(128),
                        optionalText(128),
                        optionalText(1024),
                        optionalText(256),
                        optionalText(256),
                        optionalText(128))
                .as((deviceName, deviceId, osVersion, osDescription, userName, upn, displayVersion) ->
                        new String[] {deviceName, deviceId, osVersion, osDescription, userName, upn, displayVersion});
        return Combinators.combine(texts, dateTimes(), WireArbitraries.appState())
                .as((text, lastSync, state) -> AppInstallProperties.draft()
                        .set(AppInstallProperties.DEVICE_NAME, text[0])
                        .set(AppInstallProperties.DEVICE_ID, text[1])
                        .set(AppInstallProperties.LAST_SYNC_DATE_TIME, lastSync)
                        .set(AppInstallProperties.MOBILE_APP_INSTALL_STATUS_VALUE, (ResultantAppState) state[1])
                        .set(AppInstallProperties.INSTALL_STATE, (ResultantAppState) state[0])
                        .set(AppInstallProperties.INSTALL_STATE_DETAIL, (ResultantAppStateDetail) state[2])
                        .set(AppInstallProperties.ERROR_CODE, (Integer) state[3])
                        .set(AppInstallProperties.OS_VERSION, text[2])
                        .set(AppInstallProperties.OS_DESCRIPTION, text[3])
                        .set(AppInstallProperties.USER_NAME, text[4])
                        .set(AppInstallProperties.USER_PRINCIPAL_NAME, text[5])
                        .set(AppInstallProperties.DISPLAY_VERSION, text[6])
                        .build());
    }
}
