package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTemplatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "/health /health",
                "/health/live /health/live",
                "/health/ready /health/ready",
                "/v1.0/$metadata /v1.0/$metadata",
                "/beta/$metadata /beta/$metadata",
                "/v1.0/$batch /v1.0/$batch",
                "/beta/$batch /beta/$batch",
                "/v1.0/deviceManagement/iosUpdateStatuses /v1.0/deviceManagement/iosUpdateStatuses",
                "/v1.0/deviceManagement/iosUpdateStatuses/abc /v1.0/deviceManagement/iosUpdateStatuses/{id}",
                "/beta/deviceManagement/iosUpdateStatuses/$count /beta/deviceManagement/iosUpdateStatuses/$count",
                "/v1.0/deviceAppManagement/mobileAppConfigurations/c1/deviceStatuses"
                        + " /v1.0/deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses",
                "/beta/deviceAppManagement/mobileAppConfigurations/c1/deviceStatuses/d1"
                        + " /beta/deviceAppManagement/mobileAppConfigurations/{configId}/deviceStatuses/{id}",
                "/beta/deviceAppManagement/iosLobAppProvisioningConfigurations/c1/deviceStatuses/$count"
                        + " /beta/deviceAppManagement/iosLobAppProvisioningConfigurations/{configId}/deviceStatuses/$count",
                "/beta/deviceAppManagement/mobileApps/a1/deviceStatuses/d1"
                        + " /beta/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{id}",
                "/beta/deviceAppManagement/mobileApps/a1/userStatuses/u1/deviceStatuses/$count"
                        + " /beta/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userStatusId}/deviceStatuses/$count",
                "/beta/deviceAppManagement/mobileApps/a1/userStatuses/u1/deviceStatuses"
                        + " /beta/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userStatusId}/deviceStatuses",
            })
    void a_served_path_has_its_template(String path, String template) {
        assertThat(RouteTemplates.of(path)).isEqualTo(template);
        assertThat(RouteTemplates.TEMPLATES).contains(template);
    }

    @Test
    void ids_of_any_shape_are_placeholders_and_one_trailing_slash_is_the_same_route() {
        assertThat(RouteTemplates.of("/v1.0/deviceManagement/iosUpdateStatuses/a%2Fb%20c%E2%82%AC"))
                .isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses/{id}");
        // an id '$count' is sent encoded (as Routes reads it): an entity, not the count
        assertThat(RouteTemplates.of("/v1.0/deviceManagement/iosUpdateStatuses/%24count"))
                .isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses/{id}");
        assertThat(RouteTemplates.of("/v1.0/deviceManagement/iosUpdateStatuses/"))
                .isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses");
        // literals compare decoded, as Routes compares them
        assertThat(RouteTemplates.of("/v1.0/deviceManagement/ios%55pdateStatuses"))
                .isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/",
                "//",
                "/metrics",
                "/v1.0",
                "/v2.0/deviceManagement/iosUpdateStatuses",
                "/v1.0/deviceManagement/iosUpdateStatuses/a/b",
                "/v1.0/deviceManagement/iosUpdateStatuses//",
                "/v1.0/deviceManagement/iosUpdateStatuses//x",
                "/v1.0/deviceAppManagement/mobileApps/a1/deviceStatuses", // beta only
                "/v1.0/deviceAppManagement/iosLobAppProvisioningConfigurations/c/deviceStatuses", // beta only
                "/beta/deviceAppManagement/mobileAppConfigurations//deviceStatuses",
                "/health/../metrics",
                "/V1.0/$metadata",
                "/v1.0/$Batch",
                "/v1.0/$batch/x",
                "v1.0/$batch",
                "/health/ready/now",
                "/beta/deviceManagement/iosUpdateStatuses/%zz/x"
            })
    void anything_else_is_unmatched(String path) {
        assertThat(RouteTemplates.of(path)).isEqualTo(RouteTemplates.UNMATCHED);
    }

    @Test
    void hostile_paths_never_make_a_new_route_value() {
        var random = new Random(17);
        var seen = new HashSet<String>();
        String alphabet = "/%$a{}.0vbet1-_~'()";
        for (int i = 0; i < 20_000; i++) {
            var path = new StringBuilder(
                    i % 2 == 0
                            ? RouteTemplates.TEMPLATES
                                    .get(i % RouteTemplates.TEMPLATES.size())
                                    .replaceAll("\\{[A-Za-z]+}", "x")
                            : "/");
            for (int n = random.nextInt(12); n > 0; n--) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            seen.add(RouteTemplates.of(path.toString()));
        }
        seen.add(RouteTemplates.of("/a".repeat(100_000)));
        seen.add(RouteTemplates.of("/v1.0/deviceManagement/iosUpdateStatuses/" + "x".repeat(100_000)));
        var bounded = new HashSet<>(RouteTemplates.TEMPLATES);
        bounded.add(RouteTemplates.UNMATCHED);
        assertThat(seen).isSubsetOf(bounded).contains(RouteTemplates.UNMATCHED);
        // 3 health, then per version $metadata, $batch and 3 per collection: v1.0 has 2 collections, beta 5
        assertThat(RouteTemplates.TEMPLATES).doesNotHaveDuplicates().hasSize(3 + 2 + 3 * 2 + 2 + 3 * 5);
    }
}
