package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphClientSettings;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.store.GraphStore;
import io.devicestatus.adapter.graph.store.GraphVersions;
import io.devicestatus.domain.common.ApiVersion;
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

    static final Clock SERVER_CLOCK = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);

    final ServerUnderTest server;
    final GraphClient client;
    final GraphStore store;

    private GraphStoreUnderTest(GraphVersions versions) throws Exception {
        var storage = Storage.sql("jdbc:h2:mem:graph-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "",
                SERVER_CLOCK).get();
        this.server = ServerUnderTest.over(storage);
        this.client = new GraphClient(GraphClientSettings.defaults(GraphBaseUrl.of(server.baseUri()).get())
                .withRetry(new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(100)))
                .withRequestTimeout(Duration.ofSeconds(30)), AccessTokenProvider.fixed(server.admin()));
        this.store = GraphStore.of(client, versions);
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
        client.close();
        server.close();
    }
}
