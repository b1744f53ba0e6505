package io.devicestatus.app.bench;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.GraphClient;
import io.devicestatus.adapter.graph.client.GraphClientSettings;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.adapter.graph.servlet.GraphServlet;
import io.devicestatus.adapter.graph.store.GraphStatusStore;
import io.devicestatus.adapter.memory.InMemoryStatusStore;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.application.model.Write;
import io.devicestatus.application.port.in.ImportStatusCommand;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.service.CommandValidator;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.application.service.DeviceStatusSettings;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.collection.List;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Bulk writes through the Graph store to this project's server (in memory), with a fixed latency added to every
 * HTTP request the server receives: one request per status ({@code insert}) against {@code writeAll}, which sends
 * {@code $batch}es of 20, and the import use case over the Graph store (reports: a {@code $batch} of key lookups, then
 * {@code $batch}es of writes, per import batch of 500). Not a test: run its {@code main} (see the README) and read the rates it prints.
 *
 * <p>Arguments: statuses per round (default 400), latency in ms (default 20), rounds (default 3).
 */
public final class GraphBatchBenchmark {

    private static final TenantId TENANT = TenantId.fromString("00000000-0000-0000-0000-00000000be7c");

    private GraphBatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int statuses = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        long latencyMillis = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var key = DevelopmentTokens.newSecret();
        var clock = Clock.systemUTC();
        var memory = new InMemoryStatusStore();
        var application = new DeviceStatusApplication(
                memory,
                IdGeneratorPort.randomUuids(),
                CommandValidator.withDefaultProvider(),
                DeviceStatusSettings.defaults(clock));
        var server = new Server();
        var connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        var context = new ServletContextHandler();
        context.addFilter(
                new FilterHolder((request, response, chain) -> {
                    try {
                        Thread.sleep(latencyMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    chain.doFilter(request, response);
                }),
                "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(
                new ServletHolder(new GraphServlet(new GraphApi(
                        application, NimbusTokenVerifier.development(key), GraphApiSettings.defaults(clock)))),
                "/*");
        server.setHandler(context);
        server.start();
        try {
            var base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
            var now = Instant.now();
            String token = DevelopmentTokens.sign(
                    key,
                    new DevelopmentTokens.Claims(
                            "bench",
                            TENANT.toString(),
                            List.of("DeviceManagementConfiguration.ReadWrite.All"),
                            List.empty(),
                            null,
                            null,
                            now,
                            now.plusSeconds(3600)));
            try (var client = new GraphClient(
                    GraphClientSettings.defaults(GraphBaseUrl.of(base).get()), AccessTokenProvider.fixed(token))) {
                var graph = GraphStatusStore.of(client, TENANT);
                var repository = graph.iosUpdateStatuses();
                var overGraph = new DeviceStatusApplication(
                        graph,
                        IdGeneratorPort.randomUuids(),
                        CommandValidator.withDefaultProvider(),
                        DeviceStatusSettings.defaults(clock));
                System.out.printf(
                        "%d statuses per round, %d ms added to every request, %d rounds (+1 warm-up)%n",
                        statuses, latencyMillis, rounds);
                for (int round = 0; round <= rounds; round++) {
                    var single = statuses("one-" + round + "-", statuses);
                    long start = System.nanoTime();
                    for (var status : single) {
                        repository.insert(status).get();
                    }
                    double perItem = rate(statuses, start);
                    var batched = statuses("batch-" + round + "-", statuses);
                    start = System.nanoTime();
                    for (var chunk : batched.grouped(100)) {
                        repository
                                .writeAll(chunk.map(s -> (Write<IosUpdateDeviceStatus>) new Write.Insert<>(s)))
                                .get();
                    }
                    double batch = rate(statuses, start);
                    var reports = statuses("import-" + round + "-", statuses)
                            .map(s -> ImportStatusCommand.report(TenantScope.of(TENANT), s.toDraft()));
                    start = System.nanoTime();
                    var summary = overGraph.iosUpdates().importAll(TENANT, reports.iterator(), result -> {});
                    double imported = rate(statuses, start);
                    if (summary.created() != statuses) {
                        throw new IllegalStateException("the import did not create every status: " + summary);
                    }
                    System.out.printf(
                            "%s: one request per status %.0f/s, $batch of 20 %.0f/s (x%.1f), "
                                    + "import use case (reports) %.0f/s%n",
                            round == 0 ? "warm-up" : "round " + round, perItem, batch, batch / perItem, imported);
                }
            }
        } finally {
            server.stop();
        }
    }

    private static double rate(int count, long startNanos) {
        return count / (Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9);
    }

    private static List<IosUpdateDeviceStatus> statuses(String prefix, int count) {
        var policy = ReportTimePolicy.withDefaultSkew(Clock.systemUTC());
        var reported =
                new GraphDateTime(OffsetDateTime.now().minusDays(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return List.range(0, count)
                .map(n -> IosUpdateKind.INSTANCE
                        .create(
                                prefix + n,
                                TenantScope.of(TENANT),
                                IosUpdateProperties.draft()
                                        .set(IosUpdateProperties.INSTALL_STATUS, IosUpdatesInstallStatus.AVAILABLE)
                                        .set(IosUpdateProperties.OS_VERSION, "17.1")
                                        .set(IosUpdateProperties.DEVICE_ID, prefix + "device-" + n)
                                        .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad " + n)
                                        .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,1")
                                        .set(IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME, reported)
                                        .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                                        .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, reported)
                                        .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "anna@contoso.com")
                                        .build(),
                                policy)
                        .get());
    }
}
