package io.devicestatus.app.sdk;

import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.app.DeviceStatusServer;
import io.devicestatus.app.Storage;
import io.vavr.collection.List;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The standalone server on a random loopback port over the in-memory store, with development auth, and Microsoft's
 * Graph SDK clients (v1.0 and beta) pointed at it. Each test takes a fresh tenant, so tests sharing one server never
 * see each other's statuses.
 */
final class SdkServer implements AutoCloseable {

    static final String CONFIG_READ = "DeviceManagementConfiguration.Read.All";
    static final String CONFIG_WRITE = "DeviceManagementConfiguration.ReadWrite.All";
    static final String APPS_READ = "DeviceManagementApps.Read.All";
    static final String APPS_WRITE = "DeviceManagementApps.ReadWrite.All";

    private final byte[] key = DevelopmentTokens.newSecret();
    private final Storage storage = Storage.memory(Clock.systemUTC());
    private final DeviceStatusServer server;

    SdkServer() throws Exception {
        server = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                new GraphApi(
                        storage.application(),
                        NimbusTokenVerifier.development(key),
                        GraphApiSettings.defaults(Clock.systemUTC())));
    }

    URI baseUri() {
        return server.baseUri();
    }

    /** A new tenant's id: a test's own, empty part of the store. */
    static String newTenant() {
        return UUID.randomUUID().toString();
    }

    /** A delegated token of that tenant with these scopes. */
    String token(String tenant, String... scopes) {
        Instant now = Instant.now();
        return DevelopmentTokens.sign(
                key,
                new DevelopmentTokens.Claims(
                        "sdk-user", tenant, List.of(scopes), List.empty(), null, null, now, now.plusSeconds(600)));
    }

    /** Both SDK clients with a token allowed everything in that tenant. */
    SdkClients admin(String tenant) {
        return clients(token(tenant, CONFIG_WRITE, APPS_WRITE));
    }

    /** Both SDK clients, sending this bearer token. */
    SdkClients clients(String token) {
        var auth = new BaseBearerTokenAuthenticationProvider(new LoopbackToken(token));
        var v1 = new com.microsoft.graph.serviceclient.GraphServiceClient(auth);
        v1.getRequestAdapter().setBaseUrl(baseUri() + "/v1.0");
        var beta = new com.microsoft.graph.beta.serviceclient.GraphServiceClient(auth);
        beta.getRequestAdapter().setBaseUrl(baseUri() + "/beta");
        return new SdkClients(v1, beta);
    }

    @Override
    public void close() {
        server.close();
        storage.close();
    }

    /** The two SDK clients of one caller. */
    record SdkClients(
            com.microsoft.graph.serviceclient.GraphServiceClient v1,
            com.microsoft.graph.beta.serviceclient.GraphServiceClient beta) {}

    /**
     * A fixed bearer token for the loopback server only. The SDK's Azure identity provider refuses plain http, so a
     * user pointing the SDK at a local server writes this: Kiota's base bearer provider asks it for a token per
     * request, and it gives one only to the hosts it allows (an empty token means no Authorization header), so the
     * token never leaves for a nextLink or redirect to another host.
     */
    record LoopbackToken(String token) implements AccessTokenProvider {
        private static final AllowedHostsValidator LOOPBACK = new AllowedHostsValidator("127.0.0.1");

        @Override
        public String getAuthorizationToken(URI uri, Map<String, Object> additionalAuthenticationContext) {
            return LOOPBACK.isUrlHostValid(uri) ? token : "";
        }

        @Override
        public AllowedHostsValidator getAllowedHostsValidator() {
            return LOOPBACK;
        }
    }
}
