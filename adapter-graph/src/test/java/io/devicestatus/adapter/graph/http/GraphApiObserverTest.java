package io.devicestatus.adapter.graph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.Caller;
import io.devicestatus.adapter.graph.auth.TokenRejected;
import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphApi} telling its {@link ApiObserver} of each request. The MDC is tested in the app module
 * ({@code AccessLogTest}): slf4j-simple, this module's test binding, keeps no MDC.
 */
class GraphApiObserverTest {

    private static final String TOKEN = "eyJhbGciOiJub25lIn0.c2VjcmV0LWNsYWltcw.c2lnbmF0dXJlLXNlY3JldA";
    private static final TenantId TENANT =
            TenantId.parse("6babcaad-604b-40ac-a9d7-9fd97c0b779f").get();

    private final List<ApiExchange> exchanges = new ArrayList<>();
    private final GraphApi api = api(exchanges::add);

    @Test
    void one_exchange_per_request_with_route_template_status_ids_and_tenant() {
        var response = api.handle(request(
                "GET", "/v1.0/deviceManagement/iosUpdateStatuses/some-id", TOKEN, "client-request-id", "my-client-id"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(exchanges).singleElement().satisfies(exchange -> {
            assertThat(exchange.method()).isEqualTo("GET");
            assertThat(exchange.route()).isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses/{id}");
            assertThat(exchange.status()).isEqualTo(404);
            assertThat(exchange.requestId())
                    .isEqualTo(response.headers().get("request-id").get());
            assertThat(exchange.clientRequestId()).isEqualTo("my-client-id");
            assertThat(exchange.tenant()).contains(TENANT);
            assertThat(exchange.duration().isNegative()).isFalse();
            assertThat(exchange.toString()).doesNotContain(TOKEN).doesNotContain("c2VjcmV0");
        });
    }

    @Test
    void a_request_refused_before_its_token_is_verified_has_no_tenant() {
        api.handle(request("GET", "/v1.0/deviceManagement/iosUpdateStatuses", null));
        api.handle(request("GET", "/v1.0/deviceManagement/iosUpdateStatuses", "not-a-valid-token"));

        assertThat(exchanges).extracting(ApiExchange::status).containsExactly(401, 401);
        assertThat(exchanges)
                .allSatisfy(exchange -> assertThat(exchange.tenant()).isEmpty());
        assertThat(exchanges.toString()).doesNotContain("not-a-valid-token");
    }

    @Test
    void a_batch_is_one_exchange_and_its_items_are_not_observed() {
        String body =
                "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/deviceManagement/iosUpdateStatuses\"},"
                        + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/deviceManagement/iosUpdateStatuses/x\"}]}";
        var response = api.handle(new ApiRequest(
                "POST",
                "/v1.0/$batch",
                "",
                LinkedHashMap.of("authorization", "Bearer " + TOKEN, "content-type", "application/json"),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                "http://localhost"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(exchanges).singleElement().satisfies(exchange -> {
            assertThat(exchange.route()).isEqualTo("/v1.0/$batch");
            assertThat(exchange.tenant()).contains(TENANT);
        });
    }

    @Test
    void a_refusal_of_the_http_server_is_observed_too() {
        var response = api.refuse(
                request("GET", "/v1.0/deviceManagement/iosUpdateStatuses", TOKEN),
                431,
                "RequestHeaderFieldsTooLarge",
                "too large",
                LinkedHashMap.empty());

        assertThat(exchanges).singleElement().satisfies(exchange -> {
            assertThat(exchange.status()).isEqualTo(431);
            assertThat(exchange.route()).isEqualTo("/v1.0/deviceManagement/iosUpdateStatuses");
            assertThat(exchange.requestId())
                    .isEqualTo(response.headers().get("request-id").get());
            assertThat(exchange.tenant()).isEmpty();
        });
    }

    @Test
    void every_template_but_the_health_probes_is_a_route_the_api_serves() {
        for (String template : RouteTemplates.TEMPLATES) {
            if (template.startsWith("/health/")) {
                continue; // answered by the health endpoints, which are not this test's subject
            }
            exchanges.clear();
            var response = api.handle(request("GET", template.replaceAll("\\{[A-Za-z]+}", "x"), TOKEN));

            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .as(template)
                    .doesNotContain("Resource not found for the segment");
            assertThat(response.status()).as(template).isIn(200, 404, 405);
            assertThat(exchanges).singleElement().extracting(ApiExchange::route).isEqualTo(template);
        }
    }

    @Test
    void an_observer_that_throws_does_not_change_the_response() {
        var failing = api(exchange -> {
            throw new IllegalStateException("observer broke");
        });

        assertThat(failing.handle(request("GET", "/health", null)).status()).isEqualTo(200);
    }

    private GraphApi api(ApiObserver observer) {
        var store = new InMemoryStatusStore();
        var application = new DeviceStatusApplication(
                store,
                IdGeneratorPort.randomUuids(),
                CommandValidator.withDefaultProvider(),
                DeviceStatusSettings.defaults(Clock.systemUTC()));
        return new GraphApi(
                application,
                token -> {
                    return token.equals(TOKEN)
                            ? Either.right(new Caller(
                                    "tester",
                                    TENANT,
                                    HashSet.of(
                                            "DeviceManagementConfiguration.ReadWrite.All",
                                            "DeviceManagementApps.ReadWrite.All"),
                                    HashSet.empty()))
                            : Either.left(new TokenRejected("signature invalid"));
                },
                GraphApiSettings.defaults(Clock.systemUTC()).withObserver(observer));
    }

    private static ApiRequest request(String method, String path, String token, String... headers) {
        var map = LinkedHashMap.<String, String>empty();
        if (token != null) {
            map = map.put("authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            map = map.put(headers[i], headers[i + 1]);
        }
        return new ApiRequest(method, path, "", map, new ByteArrayInputStream(new byte[0]), "http://localhost");
    }
}
