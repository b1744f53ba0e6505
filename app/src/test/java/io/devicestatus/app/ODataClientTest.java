package io.devicestatus.app;

import static io.devicestatus.app.ServerUnderTest.CONFIG_READ;
import static io.devicestatus.app.ServerUnderTest.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.olingo.client.api.ODataClient;
import org.apache.olingo.client.api.communication.ODataClientErrorException;
import org.apache.olingo.client.api.domain.ClientEntity;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.edm.EdmEnumType;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generic OData tooling against the real server: Apache Olingo's OData V4 client reads {@code $metadata} of both
 * versions into its EDM (which checks every type reference resolves), builds URLs from the container it learnt and
 * lists a collection with a Bearer token, as any OData client would.
 */
class ODataClientTest {

    private static final String NS = "microsoft.graph";
    private static final String IOS = "/deviceManagement/iosUpdateStatuses";

    private final ODataClient client = ODataClientFactory.getClient();
    private ServerUnderTest server;

    @BeforeEach
    void start() throws Exception {
        server = ServerUnderTest.inMemory();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void olingo_reads_the_v1_metadata_without_a_token() {
        var response = client.getRetrieveRequestFactory()
                .getMetadataRequest(root("v1.0"))
                .execute();
        Edm edm = response.getBody();

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/xml");
        assertThat(response.getHeader("OData-Version")).containsExactly("4.0");

        EdmEntityType ios = edm.getEntityType(new FullQualifiedName(NS, "iosUpdateDeviceStatus"));
        assertThat(ios.getKeyPredicateNames()).containsExactly("id");
        assertThat(ios.getPropertyNames())
                .contains("id", "installStatus", "status", "lastReportedDateTime")
                .doesNotContain("platform");
        assertThat(ios.getStructuralProperty("installStatus").getType().getFullQualifiedName())
                .isEqualTo(new FullQualifiedName(NS, "iosUpdatesInstallStatus"));
        assertThat(ios.getStructuralProperty("installStatus").isNullable()).isFalse();
        assertThat(ios.getStructuralProperty("osVersion").isNullable()).isTrue();
        assertThat(ios.getStructuralProperty("lastReportedDateTime").getType().getFullQualifiedName())
                .isEqualTo(EdmPrimitiveTypeKind.DateTimeOffset.getFullQualifiedName());

        EdmEnumType install = edm.getEnumType(new FullQualifiedName(NS, "iosUpdatesInstallStatus"));
        assertThat(install.getMemberNames()).hasSize(18).doesNotContain("updateScanFailed");
        assertThat(install.getMember("downloading").getValue()).isEqualTo("-2016330712");
        assertThat(edm.getEnumType(new FullQualifiedName(NS, "complianceStatus"))
                        .getMemberNames())
                .hasSize(8);
        assertThat(edm.getEnumType(new FullQualifiedName(NS, "resultantAppState")))
                .isNull();
        assertThat(edm.getEntityType(new FullQualifiedName(NS, "mobileAppInstallStatus")))
                .isNull();

        var statuses = edm.getEntityContainer()
                .getSingleton("deviceManagement")
                .getEntityType()
                .getNavigationProperty("iosUpdateStatuses");
        assertThat(statuses.isCollection()).isTrue();
        assertThat(statuses.containsTarget()).isTrue();
        assertThat(statuses.getType()).isSameAs(ios);
        assertThat(edm.getEntityContainer()
                        .getSingleton("deviceAppManagement")
                        .getEntityType()
                        .getNavigationPropertyNames())
                .containsExactly("mobileAppConfigurations");
    }

    @Test
    void olingo_reads_the_beta_metadata_with_betas_members_properties_and_paths() {
        Edm edm = client.getRetrieveRequestFactory()
                .getMetadataRequest(root("beta"))
                .execute()
                .getBody();

        EdmEntityType ios = edm.getEntityType(new FullQualifiedName(NS, "iosUpdateDeviceStatus"));
        assertThat(ios.getStructuralProperty("platform").getType().getFullQualifiedName())
                .isEqualTo(EdmPrimitiveTypeKind.Int32.getFullQualifiedName());
        EdmEnumType install = edm.getEnumType(new FullQualifiedName(NS, "iosUpdatesInstallStatus"));
        assertThat(install.getMemberNames()).hasSize(22);
        assertThat(install.getMember("updateScanFailed").getValue()).isEqualTo("-2016324062");
        assertThat(edm.getEnumType(new FullQualifiedName(NS, "resultantAppStateDetail"))
                        .getMemberNames())
                .hasSize(36);

        EdmEntityType installStatus = edm.getEntityType(new FullQualifiedName(NS, "mobileAppInstallStatus"));
        assertThat(installStatus
                        .getStructuralProperty("installStateDetail")
                        .getType()
                        .getFullQualifiedName())
                .isEqualTo(new FullQualifiedName(NS, "resultantAppStateDetail"));
        var apps = edm.getEntityContainer().getSingleton("deviceAppManagement").getEntityType();
        assertThat(apps.getNavigationPropertyNames())
                .containsExactlyInAnyOrder(
                        "mobileAppConfigurations", "iosLobAppProvisioningConfigurations", "mobileApps");
        var userStatus = apps.getNavigationProperty("mobileApps").getType().getNavigationProperty("userStatuses");
        assertThat(userStatus.getType().getNavigationProperty("deviceStatuses").getType())
                .isSameAs(installStatus);
    }

    @Test
    void olingo_reads_the_raw_csdl_of_both_versions() {
        for (String version : List.of("v1.0", "beta")) {
            var metadata = client.getRetrieveRequestFactory()
                    .getXMLMetadataRequest(root(version))
                    .execute()
                    .getBody();

            assertThat(metadata.getSchemas()).hasSize(1);
            var schema = metadata.getSchema(NS);
            assertThat(schema.getEntityContainer().getName()).isEqualTo("GraphService");
            assertThat(schema.getEnumType("complianceStatus").getMembers()).hasSize(8);
        }
    }

    @Test
    void olingo_lists_a_collection_with_a_bearer_token_and_follows_the_next_link() {
        String token = server.delegated(CONFIG_READ);
        String admin = server.admin();
        for (int i = 0; i < 3; i++) {
            assertThat(server.post(
                                    "/v1.0" + IOS,
                                    admin,
                                    seed("001-request.json").replace("Device Id value", "device-" + i))
                            .status())
                    .isEqualTo(201);
        }
        URI firstPage = client.newURIBuilder(root("v1.0"))
                .appendSingletonSegment("deviceManagement")
                .appendNavigationSegment("iosUpdateStatuses")
                .top(2)
                .orderBy("lastReportedDateTime")
                .build();

        var entities = new ArrayList<ClientEntity>();
        URI next = firstPage;
        int pages = 0;
        while (next != null) {
            ClientEntitySet page = list(next, token);
            entities.addAll(page.getEntities());
            next = page.getNext();
            pages++;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(entities).hasSize(3);
        assertThat(entities)
                .extracting(e -> value(e, "deviceId"))
                .containsExactlyInAnyOrder("device-0", "device-1", "device-2");
        for (ClientEntity entity : entities) {
            assertThat(value(entity, "installStatus")).isEqualTo("available");
            assertThat(value(entity, "status")).isEqualTo("notApplicable");
            assertThat(value(entity, "lastReportedDateTime")).isEqualTo("2017-01-01T00:00:17.7769392-08:00");
            assertThat(value(entity, "id")).isNotBlank();
            assertThat(entity.getProperty("platform")).isNull(); // v1.0 has none
        }
    }

    @Test
    void an_edm_enabled_olingo_client_learns_the_types_from_metadata_and_reads_typed_values() throws Exception {
        assertThat(server.post(
                                "/beta" + IOS,
                                server.admin(),
                                seed("001-request.json").replace("\"available\"", "\"updateScanFailed\""))
                        .status())
                .isEqualTo(201);
        var typed = ODataClientFactory.getEdmEnabledClient(root("beta"));
        var request = typed.getRetrieveRequestFactory().getEntitySetRequest(URI.create(root("beta") + IOS));
        request.addCustomHeader("Authorization", "Bearer " + server.delegated(CONFIG_READ));

        ClientEntity entity = request.execute().getBody().getEntities().get(0);

        assertThat(entity.getTypeName()).isEqualTo(new FullQualifiedName(NS, "iosUpdateDeviceStatus"));
        var installStatus = entity.getProperty("installStatus");
        assertThat(installStatus.hasEnumValue()).isTrue();
        assertThat(installStatus.getEnumValue().getTypeName()).isEqualTo(NS + ".iosUpdatesInstallStatus");
        assertThat(installStatus.getEnumValue().getValue()).isEqualTo("updateScanFailed"); // a beta-only member
        assertThat(entity.getProperty("status").getEnumValue().getValue()).isEqualTo("notApplicable");
        var reported = entity.getProperty("lastReportedDateTime").getPrimitiveValue();
        assertThat(reported.getTypeKind()).isEqualTo(EdmPrimitiveTypeKind.DateTimeOffset);
        assertThat(reported.toCastValue(java.sql.Timestamp.class).toInstant())
                .isEqualTo(java.time.Instant.parse("2017-01-01T08:00:17.7769392Z")); // all seven digits
        var platform = entity.getProperty("platform").getPrimitiveValue(); // beta only, defaulted on create
        assertThat(platform.getTypeKind()).isEqualTo(EdmPrimitiveTypeKind.Int32);
        assertThat(platform.toValue()).isEqualTo(0);
    }

    @Test
    void without_a_token_the_collection_is_401_and_olingo_reads_graphs_error_body() {
        URI uri = URI.create(root("v1.0") + IOS);

        var refused = catchThrowableOfType(
                ODataClientErrorException.class,
                () -> client.getRetrieveRequestFactory()
                        .getEntitySetRequest(uri)
                        .execute());

        assertThat(refused.getStatusLine().getStatusCode()).isEqualTo(401);
        assertThat(refused.getODataError().getCode()).isEqualTo("InvalidAuthenticationToken");
        assertThat(refused.getODataError().getMessage()).isEqualTo("Access token is empty.");
    }

    @Test
    void metadata_is_served_without_a_token_with_request_ids_and_refusals_in_graphs_error_body() {
        var document = server.send("GET", "/v1.0/$metadata", null, null, "client-request-id", "metadata-1");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("request-id")).isNotBlank();
        assertThat(document.header("client-request-id")).isEqualTo("metadata-1");
        assertThat(document.body()).contains("<EntityContainer Name=\"GraphService\">");

        var post = server.send("POST", "/beta/$metadata", server.admin(), "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
        assertThat(post.code()).isEqualTo("MethodNotAllowed");
        assertThat(post.json()
                        .path("error")
                        .path("innerError")
                        .path("request-id")
                        .asText())
                .isNotBlank();

        var json = server.send("GET", "/beta/$metadata?$format=json", null, null);
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.message()).isEqualTo("Query option '$format' is not supported here.");
    }

    private ClientEntitySet list(URI uri, String token) {
        var request = client.getRetrieveRequestFactory().getEntitySetRequest(uri);
        request.addCustomHeader("Authorization", "Bearer " + token);
        var response = request.execute();
        assertThat(response.getStatusCode()).as(uri.toString()).isEqualTo(200);
        return response.getBody();
    }

    private static String value(ClientEntity entity, String property) {
        var found = entity.getProperty(property);
        assertThat(found).as(property).isNotNull();
        return found.getPrimitiveValue().toString();
    }

    private String root(String version) {
        return server.baseUri() + "/" + version;
    }
}
