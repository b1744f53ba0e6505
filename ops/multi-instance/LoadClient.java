import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and lost-update check for several {@code serve} instances behind a load balancer (ops/multi-instance/run.sh).
 *
 * <p>Each report is a read-modify-write of one device's iOS update status: GET it (ETag), then PATCH it with
 * {@code If-Match}, a newer {@code lastReportedDateTime} and a per-device counter, carried in
 * {@code deviceDisplayName} as {@code "<id> #<counter> <token>"} where the token names this one attempt. A 412 is
 * re-read and retried; so is a 5xx or a transport error.
 *
 * <p>A PATCH the balancer replayed after an instance died may have been applied before the instance died: the replay
 * is then refused with 412 (the version moved on). Its attempt token tells: after any PATCH that did not answer 2xx
 * the client re-reads, and finding its own token means its write was applied. Every successful write also records
 * the token it read (its base), so even an applied write that another client overwrote before it could look is
 * found, and the verification can say, per device, that the stored counter is exactly the chain 1..n of applied
 * writes, each value written once (a value written twice is a lost update).
 *
 * <p>Run: {@code java -cp app/target/device-status.jar LoadClient.java --base URL --token TOKEN [options]}; it prints
 * Markdown and exits 0 when every check holds, 1 when one fails, 2 on a usage error.
 */
public class LoadClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern NAME = Pattern.compile("^(\\S+) #(\\d+) (\\S+)$");
    static final String COLLECTION = "/v1.0/deviceManagement/iosUpdateStatuses";
    static final int MAX_ATTEMPTS = 200;

    // options
    String base;
    String token;
    int threads = 8;
    int reportsPerThread = 10_000;
    int devices = 100;
    long eventAt = -1;
    String eventCommand;
    String eventName = "event";
    double windowSeconds = 5;
    String idPrefix = "multi";

    HttpClient http;
    final long startNanos = System.nanoTime();
    volatile long loadStart;
    volatile long eventNanos = -1;

    final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong reportsDone = new AtomicLong();
    final LongAdder refusals412 = new LongAdder();
    final LongAdder replaysFound = new LongAdder();
    final LongAdder abandoned = new LongAdder();
    final List<Worker> workers = new ArrayList<>();

    /** A 5xx or a transport error, with when its request was in flight. */
    record Failure(String method, String what, long start, long end) {
    }

    enum Outcome { OK, APPLIED_UNANSWERED, REFUSED, UNKNOWN }

    /** One PATCH attempt: the counter value and token it wrote, the token it read, the time it sent. */
    static final class Attempt {
        final int device;
        final long value;
        final String token;
        final String baseToken;
        final Instant time;
        volatile Outcome outcome = Outcome.UNKNOWN;

        Attempt(int device, long value, String token, String baseToken, Instant time) {
            this.device = device;
            this.value = value;
            this.token = token;
            this.baseToken = baseToken;
            this.time = time;
        }
    }

    /** A status as read: its ETag, counter, token and report time. */
    record State(String etag, long counter, String token, Instant reported, long version) {
    }

    /** Growable long array for latencies, one per thread and method. */
    static final class Longs {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    public static void main(String[] args) throws Exception {
        var client = new LoadClient();
        try {
            client.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("LoadClient: " + e.getMessage());
            System.err.println("usage: LoadClient --base URL --token TOKEN [--threads 8] [--reports 10000 (per thread)]"
                    + " [--devices 100] [--event-at REPORTS --event-command CMD [--event-name NAME]]"
                    + " [--window-seconds 5] [--id-prefix multi]");
            System.exit(2);
        }
        System.exit(client.run() ? 0 : 1);
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--base" -> base = v.replaceAll("/+$", "");
                case "--token" -> token = v;
                case "--threads" -> threads = Integer.parseInt(v);
                case "--reports" -> reportsPerThread = Integer.parseInt(v);
                case "--devices" -> devices = Integer.parseInt(v);
                case "--event-at" -> eventAt = Long.parseLong(v);
                case "--event-command" -> eventCommand = v;
                case "--event-name" -> eventName = v;
                case "--window-seconds" -> windowSeconds = Double.parseDouble(v);
                case "--id-prefix" -> idPrefix = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (base == null || token == null) {
            throw new IllegalArgumentException("--base and --token are required");
        }
        if ((eventAt >= 0) != (eventCommand != null)) {
            throw new IllegalArgumentException("--event-at and --event-command go together");
        }
    }

    String id(int device) {
        return String.format(Locale.ROOT, "%s-%03d", idPrefix, device);
    }

    boolean run() throws Exception {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        log("creating " + devices + " statuses through " + base);
        for (int d = 0; d < devices; d++) {
            create(d);
        }
        log("load: " + threads + " threads x " + reportsPerThread + " reports on " + devices + " devices"
                + (eventAt >= 0 ? "; " + eventName + " after report " + eventAt : ""));
        loadStart = System.nanoTime();
        var running = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            var worker = new Worker(t);
            workers.add(worker);
            var thread = new Thread(worker, "load-" + t);
            running.add(thread);
            thread.start();
        }
        var progress = new Thread(this::progress, "progress");
        progress.setDaemon(true);
        progress.start();
        for (var thread : running) {
            thread.join();
        }
        long loadEnd = System.nanoTime();
        log("load done; verifying");
        return report(loadEnd, verify());
    }

    void progress() {
        long last = 0;
        while (true) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            long done = reportsDone.get();
            log(String.format(Locale.ROOT, "%,d reports (%,d in the last 5 s), %,d 412s, %d failures", done,
                    done - last, refusals412.sum(), failures.size()));
            last = done;
        }
    }

    void log(String line) {
        System.err.printf(Locale.ROOT, "[%7.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9, line);
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------------

    /** A response, or null after a transport error (recorded). */
    HttpResponse<String> send(HttpRequest.Builder builder, String method, Longs latencies) {
        var request = builder.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            if (latencies != null) {
                latencies.add(end - start);
            }
            statuses.computeIfAbsent(method + " " + response.statusCode(), k -> new LongAdder()).increment();
            if (response.statusCode() >= 500) {
                failures.add(new Failure(method, String.valueOf(response.statusCode()), start, end));
            }
            return response;
        } catch (IOException e) {
            long end = System.nanoTime();
            statuses.computeIfAbsent(method + " transport error", k -> new LongAdder()).increment();
            failures.add(new Failure(method, e.getClass().getSimpleName() + ": " + e.getMessage(), start, end));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void create(int device) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("@odata.type", "#microsoft.graph.iosUpdateDeviceStatus");
        body.put("id", id(device));
        body.put("deviceId", id(device) + "-device");
        body.put("installStatus", "available");
        body.put("osVersion", "17.1");
        body.put("status", "compliant");
        body.put("deviceModel", "iPad13,1");
        body.put("complianceGracePeriodExpirationDateTime", "2027-12-31T00:00:00Z");
        body.put("lastReportedDateTime", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
        body.put("deviceDisplayName", id(device) + " #0 created");
        for (int attempt = 1; ; attempt++) {
            var response = send(HttpRequest.newBuilder(URI.create(base + COLLECTION))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), "POST", null);
            // 409: a create the balancer replayed was stored the first time; the id is ours, so it is there
            if (response != null && (response.statusCode() == 201 || response.statusCode() == 409)) {
                return;
            }
            if (attempt >= 10) {
                throw new IllegalStateException("cannot create " + id(device) + ": "
                        + (response == null ? "transport errors" : response.statusCode() + " " + response.body()));
            }
            pause(200);
        }
    }

    /** The device's status, or null when it could not be read (5xx or transport error, recorded). */
    State read(int device, Longs latencies) {
        var response = send(HttpRequest.newBuilder(URI.create(base + COLLECTION + "/" + id(device))).GET(), "GET",
                latencies);
        if (response == null || response.statusCode() >= 500) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + id(device) + ": " + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            String etag = response.headers().firstValue("ETag").orElseThrow(
                    () -> new IllegalStateException("GET " + id(device) + " answered no ETag"));
            Matcher m = NAME.matcher(node.path("deviceDisplayName").asText(""));
            if (!m.matches()) {
                throw new IllegalStateException("GET " + id(device) + ": deviceDisplayName '"
                        + node.path("deviceDisplayName").asText() + "' is not '<id> #<n> <token>'");
            }
            Instant reported = OffsetDateTime.parse(node.path("lastReportedDateTime").asText()).toInstant();
            return new State(etag, Long.parseLong(m.group(2)), m.group(3), reported, version(etag));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + id(device) + ": not JSON: " + e.getMessage());
        }
    }

    /** {@code W/"7"} is version 7. */
    static long version(String etag) {
        var m = Pattern.compile("^W/\"(\\d+)\"$").matcher(etag);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    // --- load ---------------------------------------------------------------------------------------------------------

    final class Worker implements Runnable {
        final int number;
        final Longs getLatencies = new Longs();
        final Longs patchLatencies = new Longs();
        final List<Attempt> attempts = new ArrayList<>();
        long sequence;

        Worker(int number) {
            this.number = number;
        }

        @Override
        public void run() {
            var random = ThreadLocalRandom.current();
            for (int r = 0; r < reportsPerThread; r++) {
                report(random.nextInt(devices));
                long done = reportsDone.incrementAndGet();
                if (done == eventAt) {
                    fireEvent();
                }
            }
        }

        /** One report: read, write with If-Match, until the write is applied. */
        void report(int device) {
            State state = readRetrying(device);
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                Instant next = now.isAfter(state.reported()) ? now : state.reported().plus(1, ChronoUnit.MICROS);
                var write = new Attempt(device, state.counter() + 1, "t" + number + "-" + (++sequence), state.token(),
                        next);
                attempts.add(write);
                ObjectNode body = JSON.createObjectNode();
                body.put("deviceDisplayName", id(device) + " #" + write.value + " " + write.token);
                body.put("lastReportedDateTime", next.toString());
                var response = send(HttpRequest.newBuilder(URI.create(base + COLLECTION + "/" + id(device)))
                        .header("Content-Type", "application/json")
                        .header("If-Match", state.etag())
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())), "PATCH",
                        patchLatencies);
                if (response != null && (response.statusCode() == 200 || response.statusCode() == 204)) {
                    write.outcome = Outcome.OK;
                    return;
                }
                if (response != null && response.statusCode() == 412) {
                    refusals412.increment();
                } else if (response != null && response.statusCode() < 500) {
                    throw new IllegalStateException("PATCH " + id(device) + ": " + response.statusCode() + " "
                            + response.body());
                } else {
                    pause(20); // a 5xx or a transport error: the write may or may not have been applied
                }
                state = readRetrying(device);
                if (state.token().equals(write.token)) {
                    // applied, though the answer said otherwise: a replay (412) or a lost answer (5xx, transport)
                    write.outcome = Outcome.APPLIED_UNANSWERED;
                    replaysFound.increment();
                    return;
                }
                write.outcome = Outcome.REFUSED; // or applied and overwritten since: the verification's chain tells
            }
            abandoned.increment();
        }

        State readRetrying(int device) {
            for (int attempt = 1; ; attempt++) {
                State state = read(device, getLatencies);
                if (state != null) {
                    return state;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new IllegalStateException("cannot read " + id(device) + " after " + attempt + " attempts");
                }
                pause(20);
            }
        }
    }

    void fireEvent() {
        eventNanos = System.nanoTime();
        log(eventName + ": " + eventCommand);
        try {
            var process = new ProcessBuilder("sh", "-c", eventCommand).inheritIO().start();
            var waiter = new Thread(() -> {
                try {
                    int code = process.waitFor();
                    if (code != 0) {
                        log(eventName + " command exited " + code);
                    }
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.setDaemon(true);
            waiter.start();
        } catch (IOException e) {
            log(eventName + " command failed to start: " + e.getMessage());
        }
    }

    // --- verification -------------------------------------------------------------------------------------------------

    /** Per-device findings; the counts of the checks. */
    static final class Verification {
        int devicesChecked;
        int counterMismatches;
        int versionMismatches;
        int lostUpdates;
        int unaccounted;
        int notNewest;
        long appliedWrites;
        long appliedFoundByChain;
        final List<String> problems = new ArrayList<>();

        void problem(String text) {
            if (problems.size() < 20) {
                problems.add(text);
            }
        }
    }

    Verification verify() {
        var v = new Verification();
        Map<Integer, List<Attempt>> byDevice = new HashMap<>();
        Map<String, Attempt> byToken = new HashMap<>();
        for (var worker : workers) {
            for (var a : worker.attempts) {
                byDevice.computeIfAbsent(a.device, k -> new ArrayList<>()).add(a);
                byToken.put(a.token, a);
            }
        }
        for (int d = 0; d < devices; d++) {
            State stored = null;
            for (int attempt = 0; stored == null && attempt < 50; attempt++) {
                stored = read(d, null);
                if (stored == null) {
                    pause(100);
                }
            }
            if (stored == null) {
                v.problem(id(d) + ": cannot be read");
                v.unaccounted++;
                continue;
            }
            v.devicesChecked++;
            List<Attempt> attempts = byDevice.getOrDefault(d, List.of());
            long counted = attempts.stream()
                    .filter(a -> a.outcome == Outcome.OK || a.outcome == Outcome.APPLIED_UNANSWERED).count();
            // applied writes: those answered (or found) applied, the bases later applied writes read, the last one
            Set<String> applied = new HashSet<>();
            for (var a : attempts) {
                if (a.outcome == Outcome.OK || a.outcome == Outcome.APPLIED_UNANSWERED) {
                    applied.add(a.token);
                    applied.add(a.baseToken);
                }
            }
            applied.add(stored.token());
            applied.remove("created");
            long foundByChain = applied.stream().map(byToken::get)
                    .filter(a -> a != null && a.outcome != Outcome.OK && a.outcome != Outcome.APPLIED_UNANSWERED)
                    .count();
            v.appliedFoundByChain += foundByChain;
            v.appliedWrites += applied.size();
            Map<Long, List<String>> byValue = new TreeMap<>();
            Instant newest = null;
            for (String t : applied) {
                Attempt a = byToken.get(t);
                if (a == null || a.device != d) {
                    v.problem(id(d) + ": stored token " + t + " was written by no attempt on this device");
                    v.unaccounted++;
                    continue;
                }
                byValue.computeIfAbsent(a.value, k -> new ArrayList<>()).add(t);
                newest = newest == null || a.time.isAfter(newest) ? a.time : newest;
            }
            for (var e : byValue.entrySet()) {
                if (e.getValue().size() > 1) {
                    v.lostUpdates += e.getValue().size() - 1;
                    v.problem(id(d) + ": counter " + e.getKey() + " written by " + e.getValue().size()
                            + " applied writes " + e.getValue() + " (a lost update)");
                }
            }
            for (long n : byValue.keySet()) {
                if (n > stored.counter()) {
                    v.unaccounted++;
                    v.problem(id(d) + ": an applied PATCH wrote counter " + n + ", above the stored "
                            + stored.counter());
                }
            }
            for (long n = 1; n <= stored.counter(); n++) {
                if (!byValue.containsKey(n)) {
                    v.unaccounted++;
                    v.problem(id(d) + ": counter value " + n + " stored at some point by no known applied write");
                }
            }
            if (stored.counter() != counted + foundByChain) {
                v.counterMismatches++;
                v.problem(id(d) + ": stored counter " + stored.counter() + ", the clients counted " + counted
                        + " applied PATCHes (+" + foundByChain + " found through the chain)");
            }
            if (stored.version() != stored.counter() + 1) {
                v.versionMismatches++;
                v.problem(id(d) + ": version " + stored.version() + " (ETag " + stored.etag() + ") after "
                        + stored.counter() + " applied PATCHes; expected " + (stored.counter() + 1));
            }
            if (newest != null && !stored.reported().equals(newest)) {
                v.notNewest++;
                v.problem(id(d) + ": lastReportedDateTime " + stored.reported() + ", the newest applied report is "
                        + newest);
            }
        }
        return v;
    }

    // --- report -------------------------------------------------------------------------------------------------------

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long[] merged(List<Longs> parts) {
        int size = parts.stream().mapToInt(l -> l.size).sum();
        long[] all = new long[size];
        int at = 0;
        for (var part : parts) {
            System.arraycopy(part.values, 0, all, at, part.size);
            at += part.size;
        }
        Arrays.sort(all);
        return all;
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    boolean report(long loadEnd, Verification v) {
        double seconds = (loadEnd - loadStart) / 1e9;
        long[] gets = merged(workers.stream().map(w -> w.getLatencies).toList());
        long[] patches = merged(workers.stream().map(w -> w.patchLatencies).toList());
        long[] all = merged(List.of(wrap(gets), wrap(patches)));
        long requests = all.length + failures.stream().filter(f -> !f.what.matches("\\d+")).count();
        long reports = reportsDone.get();

        long windowEnd = eventNanos < 0 ? -1 : eventNanos + (long) (windowSeconds * 1e9);
        var inWindow = new TreeMap<String, Integer>();
        var outside = new TreeMap<String, Integer>();
        var byStatus = new TreeMap<String, Integer>();
        long transport = 0;
        for (var f : failures) {
            boolean isStatus = f.what.matches("\\d+");
            String key = f.method + " " + (isStatus ? f.what : "transport error");
            if (isStatus) {
                byStatus.merge(f.what, 1, Integer::sum);
            } else {
                transport++;
            }
            boolean within = eventNanos >= 0 && f.end >= eventNanos && f.start <= windowEnd;
            (within ? inWindow : outside).merge(key, 1, Integer::sum);
        }
        long fiveXx = byStatus.values().stream().mapToLong(Integer::longValue).sum();
        long outsideCount = outside.values().stream().mapToLong(Integer::longValue).sum();

        var out = new StringBuilder();
        out.append("\n| load through the balancer | |\n|---|---|\n");
        row(out, "clients", String.format(Locale.ROOT, "%d threads x %,d reports on %d devices (read-modify-write:"
                + " GET, then PATCH with If-Match)", threads, reportsPerThread, devices));
        row(out, "duration", String.format(Locale.ROOT, "%.1f s", seconds));
        row(out, "requests", String.format(Locale.ROOT, "%,d (%,.0f/s): %,d GET, %,d PATCH", requests,
                requests / seconds, gets.length, patches.length));
        row(out, "reports", String.format(Locale.ROOT, "%,d (%,.0f/s)%s", reports, reports / seconds,
                abandoned.sum() > 0 ? ", " + abandoned.sum() + " abandoned after " + MAX_ATTEMPTS + " attempts" : ""));
        row(out, "412 retries", String.format(Locale.ROOT, "%,d (%.1f%% of PATCHes)", refusals412.sum(),
                patches.length == 0 ? 0.0 : 100.0 * refusals412.sum() / patches.length));
        row(out, "5xx", fiveXx == 0 ? "0" : fiveXx + " (" + describe(byStatus) + ")");
        row(out, "transport errors", String.valueOf(transport));
        row(out, "latency p50 / p99 (all)", ms(percentile(all, 0.50)) + " / " + ms(percentile(all, 0.99)));
        row(out, "latency p50 / p99 (GET; PATCH)", ms(percentile(gets, 0.50)) + " / " + ms(percentile(gets, 0.99))
                + "; " + ms(percentile(patches, 0.50)) + " / " + ms(percentile(patches, 0.99)));
        if (eventAt >= 0) {
            row(out, eventName, eventNanos < 0 ? "never fired" : String.format(Locale.ROOT,
                    "after report %,d, %.1f s into the load", eventAt, (eventNanos - loadStart) / 1e9));
            row(out, String.format(Locale.ROOT, "5xx + transport errors within %.0f s of the %s", windowSeconds,
                    eventName), inWindow.isEmpty() ? "0" : describe(inWindow));
        }
        row(out, "5xx + transport errors " + (eventAt >= 0 ? "outside that window" : "(no event)"),
                outside.isEmpty() ? "0" : describe(outside));
        row(out, "PATCHes applied but not answered 2xx (found by token)", String.valueOf(replaysFound.sum())
                + (v.appliedFoundByChain > 0 ? " (+" + v.appliedFoundByChain + " found through the chain)" : ""));
        var responses = new TreeMap<String, Long>();
        statuses.forEach((k, c) -> responses.put(k, c.sum()));
        row(out, "responses", describeLongs(responses));

        out.append("\n| check | result |\n|---|---|\n");
        boolean ok = true;
        ok &= check(out, "every device's counter = applied PATCHes the clients counted",
                v.counterMismatches == 0 && v.devicesChecked == devices,
                String.format(Locale.ROOT, "%d/%d devices, %,d applied PATCHes", v.devicesChecked - v.counterMismatches,
                        devices, v.appliedWrites));
        ok &= check(out, "no lost update (no counter value written by two applied PATCHes)", v.lostUpdates == 0,
                v.lostUpdates + " lost");
        ok &= check(out, "every stored counter value written by a known PATCH", v.unaccounted == 0,
                v.unaccounted + " unaccounted");
        ok &= check(out, "ETag version = 1 + applied PATCHes", v.versionMismatches == 0,
                (devices - v.versionMismatches) + "/" + devices + " devices");
        ok &= check(out, "every device at its newest report (lastReportedDateTime)", v.notNewest == 0,
                (devices - v.notNewest) + "/" + devices + " devices");
        ok &= check(out, "every report applied", abandoned.sum() == 0 && reports == (long) threads * reportsPerThread,
                String.format(Locale.ROOT, "%,d/%,d", reports - abandoned.sum(), (long) threads * reportsPerThread));
        ok &= check(out, eventAt >= 0 ? "no 5xx or transport error outside the " + eventName + " window"
                : "no 5xx or transport error", outsideCount == 0, outsideCount + "");
        if (eventAt >= 0) {
            ok &= check(out, eventName + " happened", eventNanos >= 0, eventNanos >= 0 ? "yes" : "no");
        }
        System.out.println(out);
        for (var p : v.problems) {
            System.out.println("- " + p);
        }
        if (!outside.isEmpty()) {
            synchronized (failures) {
                failures.stream().filter(f -> eventNanos < 0 || f.end < eventNanos || f.start > windowEnd).limit(10)
                        .forEach(f -> System.out.printf(Locale.ROOT, "- %s %s at %.3f s into the load%n", f.method,
                                f.what, (f.start - loadStart) / 1e9));
            }
        }
        System.out.println(ok ? "\nRESULT: PASS" : "\nRESULT: FAIL");
        return ok;
    }

    static Longs wrap(long[] values) {
        var l = new Longs();
        l.values = values;
        l.size = values.length;
        return l;
    }

    static void row(StringBuilder out, String name, String value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    static boolean check(StringBuilder out, String name, boolean ok, String detail) {
        out.append("| ").append(name).append(" | ").append(ok ? "PASS" : "**FAIL**").append(": ").append(detail)
                .append(" |\n");
        return ok;
    }

    static String describe(Map<String, Integer> counts) {
        var parts = new ArrayList<String>();
        counts.forEach((k, c) -> parts.add(k + ": " + c));
        return String.join(", ", parts);
    }

    static String describeLongs(Map<String, Long> counts) {
        var parts = new ArrayList<String>();
        counts.forEach((k, c) -> parts.add(String.format(Locale.ROOT, "%s: %,d", k, c)));
        return String.join(", ", parts);
    }
}
