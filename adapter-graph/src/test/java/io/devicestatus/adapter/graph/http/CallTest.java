package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.domain.common.ApiVersion;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The {@code @odata.context} forms Graph writes: collection, entity, {@code $select}ed, nested under keys. */
class CallTest {

    private static final String BASE = "http://127.0.0.1:8080";

    private static Call call(ApiVersion version, String contextPath) {
        return new Call(version, BASE, "/" + version.pathSegment() + "/x", contextPath);
    }

    @Test
    void a_collection_an_entity_and_their_select_forms() {
        var call = call(ApiVersion.V1_0, "deviceManagement/iosUpdateStatuses");
        var select = Option.some(LinkedHashSet.of("id", "deviceId"));

        assertThat(call.context(Option.none(), false))
                .isEqualTo(BASE + "/v1.0/$metadata#deviceManagement/iosUpdateStatuses");
        assertThat(call.context(Option.none(), true))
                .isEqualTo(BASE + "/v1.0/$metadata#deviceManagement/iosUpdateStatuses/$entity");
        assertThat(call.context(select, false))
                .isEqualTo(BASE + "/v1.0/$metadata#deviceManagement/iosUpdateStatuses(id,deviceId)");
        assertThat(call.context(select, true))
                .isEqualTo(BASE + "/v1.0/$metadata#deviceManagement/iosUpdateStatuses(id,deviceId)/$entity");
    }

    @Test
    void a_nested_collection_keeps_its_parent_keys() {
        var call = call(ApiVersion.BETA, "deviceAppManagement/mobileAppConfigurations('c1')/deviceStatuses");

        assertThat(call.context(Option.none(), true))
                .isEqualTo(BASE
                        + "/beta/$metadata#deviceAppManagement/mobileAppConfigurations('c1')/deviceStatuses/$entity");
    }
}
