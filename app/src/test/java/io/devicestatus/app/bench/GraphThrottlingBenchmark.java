package io.devicestatus.app.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.client.RetryPolicy;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.app.DeviceStatusServer;
import io.devicestatus.app.Storage;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --store graph} against a Graph that throttles writes as Intune does, over real sockets: callers POST
 * creates to serve (this project's server over the Graph store, as {@code serve --store graph} wires it), serve
 * creates each status through its Graph store at a {@link ThrottledGraph} (a token bucket per tenant, 429 with
 * {@code Retry-After}), which passes what the bucket allows to this project's server on an in-memory store. First
 * the same creates without throttling, as the reference. Prints a Markdown table (bench/graph.sh, bench/README.md).
 * Not a test.
 *
 * <p>Arguments: creates (default 400), callers (8), bucket capacity (100), window in seconds (20).
 */
public final class GraphThrottlingBenchmark {

    private static final TenantId TENANT = TenantId.fromString("00000000-0000-0000-0000-0000000000d6");
    private static final String COLLECTION = "/v1.0/deviceManagement/iosUpdateStatuses";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** WARN lines of the Graph client giving up a request. */
    private static final AtomicInteger GIVE_UPS = new AtomicInteger();

    private GraphThrottlingBenchmark() {}

    /** What one case came to. */
    record Result(
            String label,
            int creates,
            double seconds,
            int capacity,
            double window,
            int applied,
            int created,
            long doubled,
            int lost,
            Map<Integer, Integer> refused,
            int throttled,
            int giveUps) {

        double rate() {
            return applied / seconds;
        }

        /** What the bucket let through in the time the run took: full at the start, then refilled. */
        double allowed() {
            return capacity == 0 ? Double.NaN : capacity + capacity / window * seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        // the client's INFO line per retry and serve's access log would drown the progress; the give-ups are WARN
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        var client = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.devicestatus.adapter.graph.client");
        var counter = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.WARN)
                        && event.getFormattedMessage().contains("giving up")) {
                    GIVE_UPS.incrementAndGet();
                }
            }
        };
        counter.start();
        client.addAppender(counter);
        int creates = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int capacity = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        double window = args.length > 3 ? Double.parseDouble(args[3]) : 20;
        var reference = run("no throttling (reference)", creates, callers, 0, window);
        var throttled =
                run("throttled: " + capacity + " writes / " + fmt(window) + " s", creates, callers, capacity, window);
        System.out.println();
        System.out.println("| case | seconds | creates/s | allowed creates/s | ÷ allowed | applied | answered 201"
                + " | doubled | lost | refused (status=count) | 429s from Graph | give-ups logged at WARN |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        for (var r : List.of(reference, throttled)) {
            String allowedRate = r.capacity == 0 ? "unlimited" : fmt(r.allowed() / r.seconds);
            String ratio = r.capacity == 0 ? "" : String.format("%.2f", r.applied / r.allowed());
            System.out.printf(
                    "| %s | %.1f | %.1f | %s | %s | %d | %d | %d | %d | %s | %d | %d |%n",
                    r.label,
                    r.seconds,
                    r.rate(),
                    allowedRate,
                    ratio,
                    r.applied,
                    r.created,
                    r.doubled,
                    r.lost,
                    r.refused.isEmpty() ? "0" : r.refused.toString(),
                    r.throttled,
                    r.giveUps);
        }
        System.out.println();
        System.out.printf(
                "%s · %d cores · %d creates by %d callers through serve --store graph · bucket of %d writes per %s s"
                        + " per tenant, full at the start%n",
                Instant.now().toString().substring(0, 10),
                Runtime.getRuntime().availableProcessors(),
                creates,
                callers,
                capacity,
                fmt(window));
    }

    private static Result run(String label, int creates, int callers, int capacity, double window) throws Exception {
        var clock = Clock.systemUTC();
        var upstreamKey = DevelopmentTokens.newSecret();
        var upstreamToken = token(upstreamKey, "DeviceManagementConfiguration.ReadWrite.All");
        var upstream = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                new GraphApi(
                        Storage.memory(clock).application(),
                        NimbusTokenVerifier.development(upstreamKey),
                        GraphApiSettings.defaults(clock)));
        var graph = new ThrottledGraph(upstream.baseUri(), capacity, window);
        var serveKey = DevelopmentTokens.newSecret();
        var storage = Storage.graph(
                GraphBaseUrl.of(graph.baseUri()).get(),
                AccessTokenProvider.fixed(upstreamToken),
                "the benchmark",
                TENANT,
                RetryPolicy.defaults(),
                clock);
        var serve = DeviceStatusServer.start(
                "127.0.0.1",
                0,
                new GraphApi(
                        storage.application(),
                        NimbusTokenVerifier.development(serveKey),
                        GraphApiSettings.defaults(clock)));
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            System.err.printf("%s: %d creates by %d callers...%n", label, creates, callers);
            String callerToken = token(serveKey, "DeviceManagementConfiguration.ReadWrite.All");
            var next = new AtomicInteger();
            int giveUpsBefore = GIVE_UPS.get();
            Map<String, Integer> answers = new ConcurrentHashMap<>();
            var errors = new ConcurrentLinkedQueue<String>();
            String prefix = "bench-" + (capacity == 0 ? "free" : "throttled") + "-";
            var pool = Executors.newFixedThreadPool(callers);
            long start = System.nanoTime();
            for (int c = 0; c < callers; c++) {
                pool.execute(() -> {
                    for (int n = next.getAndIncrement(); n < creates; n = next.getAndIncrement()) {
                        String device = prefix + n;
                        try {
                            var response = http.send(
                                    HttpRequest.newBuilder(URI.create(serve.baseUri() + COLLECTION))
                                            .header("Authorization", "Bearer " + callerToken)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body(device)))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            answers.put(device, response.statusCode());
                            if (response.statusCode() != 201 && errors.size() < 3) {
                                errors.add(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            answers.put(device, -1);
                            errors.add(e.toString());
                        }
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the callers did not finish within 30 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            errors.forEach(error -> System.err.println("  for example: " + error));
            var stored = storedDevices(http, upstream.baseUri(), upstreamToken);
            Map<Integer, Integer> refused = new TreeMap<>();
            int created = 0;
            int lost = 0;
            for (var answer : answers.entrySet()) {
                if (answer.getValue() == 201) {
                    created++;
                    lost += stored.contains(answer.getKey()) ? 0 : 1;
                } else {
                    refused.merge(answer.getValue(), 1, Integer::sum);
                }
            }
            int applied =
                    (int) stored.stream().filter(d -> d.startsWith(prefix)).count();
            var result = new Result(
                    label,
                    creates,
                    seconds,
                    capacity,
                    window,
                    applied,
                    created,
                    graph.doubled(),
                    lost,
                    refused,
                    graph.throttled(),
                    GIVE_UPS.get() - giveUpsBefore);
            System.err.printf(
                    "%s: %.1f s, %d applied, %d answered 201, refused %s, %d writes throttled%n",
                    label, seconds, applied, created, refused, graph.throttled());
            return result;
        } finally {
            serve.close();
            storage.close();
            graph.close();
            upstream.close();
        }
    }

    /** The device ids the upstream server holds for the tenant, page by page. */
    private static Set<String> storedDevices(HttpClient http, URI base, String token) throws Exception {
        Set<String> devices = new HashSet<>();
        String next = base + COLLECTION + "?" + URLEncoder.encode("$top", StandardCharsets.UTF_8) + "=1000";
        while (next != null) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(next))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "listing the server's statuses: " + response.statusCode() + " " + response.body());
            }
            JsonNode page = JSON.readTree(response.body());
            page.path("value")
                    .forEach(status -> devices.add(status.path("deviceId").asText()));
            next = page.hasNonNull("@odata.nextLink")
                    ? page.get("@odata.nextLink").asText()
                    : null;
        }
        return devices;
    }

    private static String body(String device) {
        return "{\"installStatus\":\"available\",\"osVersion\":\"17.1\",\"deviceId\":\"" + device + "\","
                + "\"deviceDisplayName\":\"iPad\",\"status\":\"compliant\","
                + "\"complianceGracePeriodExpirationDateTime\":\"2016-12-31T23:56:44Z\","
                + "\"lastReportedDateTime\":\"2017-01-01T00:00:00Z\"}";
    }

    private static String token(byte[] key, String scope) {
        var now = Instant.now();
        return DevelopmentTokens.sign(
                key,
                new DevelopmentTokens.Claims(
                        "bench",
                        TENANT.toString(),
                        List.of(scope),
                        List.empty(),
                        null,
                        null,
                        now,
                        now.plusSeconds(3600)));
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
