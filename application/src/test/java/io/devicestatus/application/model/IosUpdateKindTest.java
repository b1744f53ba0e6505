package io.devicestatus.application.model;

import static io.devicestatus.application.model.ModelFixtures.ios;
import static io.devicestatus.application.model.ModelFixtures.iosMinimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus.Draft;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Example;

class IosUpdateKindTest extends StatusKindLaws<IosUpdateDeviceStatus, TenantScope, Draft> {

    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

    @Override
    IosUpdateKind kind() {
        return IosUpdateKind.INSTANCE;
    }

    @Override
    Class<Draft> draftType() {
        return Draft.class;
    }

    @Override
    String domainGraphType() {
        return IosUpdateDeviceStatus.GRAPH_TYPE;
    }

    @Override
    String reportTimeProperty() {
        return "lastReportedDateTime";
    }

    @Override
    TenantScope scope() {
        return TenantScope.of(TENANT);
    }

    /** Every install status, each with a compliance status in turn; every third without a device id. */
    @Override
    Seq<Draft> sampleDrafts() {
        var compliance = List.of(ComplianceStatus.values());
        return List.of(IosUpdatesInstallStatus.values())
                .zipWithIndex()
                .map(s -> {
                    var status = compliance.get(s._2 % compliance.size());
                    return s._2 % 3 == 0 ? ios(s._1, status, null) : ios(s._1, status, "device-" + s._2);
                })
                .appendAll(compliance.map(status -> iosMinimal(IosUpdatesInstallStatus.IDLE, status)));
    }

    @Example
    void the_key_is_the_device_id_in_the_tenant() {
        var status = ModelFixtures.valid(kind().create(
                        "id-1",
                        TenantScope.of(TENANT),
                        ios(IosUpdatesInstallStatus.IDLE, ComplianceStatus.COMPLIANT, "device-9"),
                        ModelFixtures.POLICY));

        assertThat(kind().naturalKeyProperties()).containsExactly("deviceId");
        assertThat(kind().naturalKey(status).get())
                .isEqualTo(new NaturalKey<>(TenantScope.of(TENANT), List.of("device-9")));
    }

    @Example
    void install_status_and_compliance_status_are_counted() {
        assertThat(kind().stateProperties()).containsExactly("installStatus", "status");
    }

    @Example
    void the_device_id_is_the_key_a_list_may_filter_on() {
        assertThat(kind().filterableKey()).contains(IosUpdateProperties.DEVICE_ID);
    }
}
