package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests {@code $metadata} answers, and how; everything else is left to the routes. */
class MetadataEndpointTest {

    private final MetadataEndpoint endpoint = new MetadataEndpoint();

    @ParameterizedTest
    @ValueSource(strings = {"/v1.0/$metadata", "/beta/$metadata", "/v1.0/%24metadata", "/beta/%24metadata"})
    void get_answers_the_versions_csdl_as_xml_with_odata_version_4(String path) {
        var response = endpoint.answer(request("GET", path, "")).get().get();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("Content-Type").get()).isEqualTo("application/xml");
        assertThat(response.headers().get("OData-Version").get()).isEqualTo("4.0");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<edmx:Edmx Version=\"4.0\"");
        // only beta has the app-install statuses
        assertThat(body.contains("Name=\"mobileAppInstallStatus\"")).isEqualTo(path.startsWith("/beta"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1.0/$metadata/",
                "/v2.0/$metadata",
                "/$metadata",
                "/v1.0/$metadata/x",
                "/v1.0/deviceManagement/$metadata",
                "/v1.0/$Metadata",
                "/v1.0/%2",
                "/health"
            })
    void other_paths_are_not_its(String path) {
        assertThat(endpoint.answer(request("GET", path, ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "HEAD", "get"})
    void only_get_is_allowed(String method) {
        var failure =
                endpoint.answer(request(method, "/v1.0/$metadata", "")).get().getLeft();

        assertThat(failure.status()).isEqualTo(405);
        assertThat(failure.code()).isEqualTo("MethodNotAllowed");
        assertThat(failure.message()).isEqualTo(method + " is not allowed on $metadata; read it with GET.");
        assertThat(failure.headers().get("Allow").get()).isEqualTo("GET");
    }

    @Test
    void a_system_query_option_is_refused_and_a_custom_parameter_ignored() {
        var failure = endpoint.answer(request("GET", "/v1.0/$metadata", "$format=json"))
                .get()
                .getLeft();

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.message()).isEqualTo("Query option '$format' is not supported here.");
        assertThat(endpoint.answer(request("GET", "/beta/$metadata", "tracing=1"))
                        .get()
                        .get()
                        .status())
                .isEqualTo(200);
    }

    private static ApiRequest request(String method, String path, String query) {
        return new ApiRequest(
                method, path, query, HashMap.empty(), new ByteArrayInputStream(new byte[0]), "http://127.0.0.1:8080");
    }
}
