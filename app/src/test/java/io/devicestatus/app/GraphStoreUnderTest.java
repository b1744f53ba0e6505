package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphClientSettings;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.store.GraphStatusStore;
import io.devicestatus.adapter.graph.store.GraphVersions;
import io.devicestatus.application.contract.StatusRepositoryContract;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The outbound Graph store talking over loopback to this project's own server, which keeps its statuses in a fresh
 * in-memory H2 database (migrated by Flyway, as {@code serve --jdbc-url} would). The server's clock is far ahead, so
 * that no report time of the contract kit is in its future.
 */
final class GraphStoreUnderTest implements AutoCloseable {

    /** The tenant of {@link #store}: the contract kit's. */
    static final TenantId TENANT = StatusRepositoryContract.TENANT;

    static final Clock SERVER_CLOCK = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);

    final ServerUnderTest server;
    final GraphClient client;
    final GraphStatusStore store;
    private final GraphVersions versions;
    private final java.util.List<GraphClient> clients = new java.util.ArrayList<>();

    private GraphStoreUnderTest(GraphVersions versions) throws Exception {
        var storage = Storage.sql(
                        "jdbc:h2:mem:graph-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", SERVER_CLOCK)
                .get();
        this.server = ServerUnderTest.over(storage);
        this.versions = versions;
        this.client = client(token(TENANT));
        this.store = GraphStatusStore.of(client, TENANT, versions);
    }

    private GraphClient client(String token) {
        var client = new GraphClient(
                GraphClientSettings.defaults(GraphBaseUrl.of(server.baseUri()).get())
                        .withRetry(new RetryPolicy(
                                3, Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(100)))
                        .withRequestTimeout(Duration.ofSeconds(30)),
                AccessTokenProvider.fixed(token));
        clients.add(client);
        return client;
    }

    /**
     * The store of another tenant against the same server: its own client, with a token for {@code tenant}, as a
     * platform serving many tenants wires one store per tenant.
     */
    GraphStatusStore storeFor(TenantId tenant) {
        return GraphStatusStore.of(client(token(tenant)), tenant, versions);
    }

    /** A token of {@code tenant} allowed everything, for the server under {@link #store}. */
    String token(TenantId tenant) {
        return server.sign(
                io.vavr.collection.List.of(ServerUnderTest.CONFIG_WRITE, ServerUnderTest.APPS_WRITE),
                io.vavr.collection.List.empty(),
                tenant.toString());
    }

    /**
     * Every type on beta: the contract kit writes every enum member, and some exist in beta only (v1.0 refuses
     * them, as {@code GraphStoreBehaviourTest} shows).
     */
    static GraphStoreUnderTest start() throws Exception {
        return new GraphStoreUnderTest(GraphVersions.all(ApiVersion.BETA));
    }

    static GraphStoreUnderTest start(GraphVersions versions) throws Exception {
        return new GraphStoreUnderTest(versions);
    }

    @Override
    public void close() {
        clients.forEach(GraphClient::close);
        server.close();
    }
}
