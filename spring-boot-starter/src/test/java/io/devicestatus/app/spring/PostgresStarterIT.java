package io.devicestatus.app.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.vavr.collection.List;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot application as a platform builds one, on the real PostgreSQL: its DataSource (Hikari) and its own Flyway
 * migration in a schema of this test's own, the starter's store and migrations in the same schema, and the Graph API
 * mounted at {@code /graph} with the platform's token verifier, called over a real socket.
 */
@SpringBootTest(
        classes = PostgresStarterIT.Platform.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "device-status.api.enabled=true",
            // the platform's own migrations are in Boot's default location, classpath:db/migration, with Flyway's
            // default history table, beside the library's
            "device-status.api.path=/graph"
        })
class PostgresStarterIT {

    private static final String SCHEMA =
            "starter_" + UUID.randomUUID().toString().replace("-", "");
    private static final byte[] SECRET = DevelopmentTokens.newSecret();
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String OTHER_TENANT = "0d7a1b2c-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
    private static final String COLLECTION = "/graph/v1.0/deviceManagement/iosUpdateStatuses";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Autowired
    private DataSource dataSource;

    /** The platform: Boot's auto-configuration, and its JWT verification as the API's TokenVerifier. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Platform {
        @Bean
        TokenVerifier platformTokens() {
            return NimbusTokenVerifier.development(SECRET);
        }
    }

    @BeforeAll
    static void createSchema() throws SQLException {
        PostgresServer.requireReachable();
        try (var admin = PostgresServer.admin();
                var statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresServer.url(SCHEMA));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (var admin = PostgresServer.admin();
                var statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void a_status_created_through_the_mounted_api_is_read_back_by_its_tenant_only() throws Exception {
        var created = send("POST", COLLECTION, token(TENANT), """
                {"installStatus": "available", "deviceId": "device-1", "osVersion": "17.1", "status": "compliant",
                 "complianceGracePeriodExpirationDateTime": "2026-12-31T00:00:00Z",
                 "lastReportedDateTime": "2026-11-23T10:00:00Z"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").textValue();
        assertThat(created.headers().firstValue("Location"))
                .hasValue("http://127.0.0.1:" + port + COLLECTION + "/" + id);

        var read = send("GET", COLLECTION + "/" + id, token(TENANT), null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("deviceId").textValue()).isEqualTo("device-1");

        var otherTenant = send("GET", COLLECTION + "/" + id, token(OTHER_TENANT), null);
        assertThat(otherTenant.statusCode()).as(otherTenant.body()).isEqualTo(404);
        JsonNode otherList =
                json.readTree(send("GET", COLLECTION, token(OTHER_TENANT), null).body());
        assertThat(otherList.get("value")).isEmpty();

        var noToken = send("GET", COLLECTION + "/" + id, null, null);
        assertThat(noToken.statusCode()).isEqualTo(401);
    }

    @Test
    void the_platforms_migrations_and_the_librarys_share_the_schema() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1")) {
            statement.setString(1, SCHEMA);
            var tables = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables)
                    .contains(
                            "platform_device",
                            "flyway_schema_history",
                            "ios_update_status",
                            "app_configuration_status",
                            "app_install_status",
                            "device_status_schema_history");
        }
        // the platform's Flyway ran first: this library found its table there and started its history at a baseline
        try (var connection = dataSource.getConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT version, type FROM device_status_schema_history ORDER BY installed_rank")) {
            var history = new java.util.ArrayList<String>();
            while (rows.next()) {
                history.add(rows.getString(1) + " " + rows.getString(2));
            }
            assertThat(history).containsExactly("0 BASELINE", "1 SQL", "2 SQL", "3 SQL");
        }
    }

    private static String token(String tenant) {
        var now = Instant.now();
        return DevelopmentTokens.sign(
                SECRET,
                new DevelopmentTokens.Claims(
                        "platform-test",
                        tenant,
                        List.empty(),
                        List.of("DeviceManagementConfiguration.ReadWrite.All"),
                        null,
                        null,
                        now,
                        now.plus(Duration.ofHours(1))));
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
