package io.devicestatus.adapter.graph.client;

import io.devicestatus.application.port.out.IdGeneratorPort;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP attempt at the service root, nothing more: a fresh token and {@code client-request-id}, the client's
 * headers, Java's {@link HttpClient} (HTTP/2 where the server offers it, redirects not followed), and the outcome as
 * a value. Tokens go only to the base URL's origin, and are never logged nor put into a failure. Logs one DEBUG line
 * per attempt; bodies are never logged.
 */
final class HttpTransport implements GraphTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    /** An absolute URL starts with a scheme; a relative target cannot (its first segment is a version). */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    /** GUIDs from a generator per thread ({@link java.util.UUID#randomUUID()} has one lock for all threads). */
    private static final IdGeneratorPort CLIENT_REQUEST_IDS = IdGeneratorPort.randomUuids();

    private final GraphClientSettings settings;
    private final AccessTokenProvider tokens;
    private final Clock clock;
    private final HttpClient http;
    private volatile boolean closed;

    HttpTransport(GraphClientSettings settings, AccessTokenProvider tokens, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Makes attempt number {@code attempt} of {@code request}: {@link GraphFailure.Refused} without sending when the
     * transport is closed, the target is not at the base URL's origin, or there is no usable token.
     */
    @Override
    public Either<GraphFailure, GraphResponse> send(GraphRequest request, int attempt) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            return Either.left(refused(request, "the client is closed"));
        }
        return resolve(request.target())
                .fold(reason -> Either.left(refused(request, reason)), uri -> attempt(request, uri, attempt));
    }

    /** Refuses every later attempt. (Java 17's HttpClient has nothing to close.) */
    void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    private Either<GraphFailure, GraphResponse> attempt(GraphRequest request, URI uri, int attempt) {
        String clientRequestId = CLIENT_REQUEST_IDS.newId();
        return token().fold(
                        reason -> Either.left(
                                new GraphFailure.Refused(request.method(), request.target(), reason, clientRequestId)),
                        token -> exchange(request, uri, token, clientRequestId, attempt));
    }

    private Either<GraphFailure, GraphResponse> exchange(
            GraphRequest request, URI uri, String token, String clientRequestId, int attempt) {
        var body = request.body();
        var builder = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .method(
                        request.method(),
                        body.map(HttpRequest.BodyPublishers::ofByteArray).getOrElse(HttpRequest.BodyPublishers::noBody))
                .header("Authorization", "Bearer " + token)
                .header("client-request-id", clientRequestId)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json");
        if (body.isDefined()) {
            builder.header("Content-Type", "application/json");
        }
        request.headers().forEach(builder::setHeader);
        long started = System.nanoTime();
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            var headers = headers(response.headers());
            var requestId = headers.get("request-id");
            int status = response.statusCode();
            LOG.debug(
                    "{} {} -> {} in {} ms (attempt {}, client-request-id {}, request-id {})",
                    request.method(),
                    request.target(),
                    status,
                    millisSince(started),
                    attempt,
                    clientRequestId,
                    requestId.getOrElse("-"));
            if (GraphErrors.success(status)) {
                return Either.right(new GraphResponse(
                        status,
                        headers,
                        response.body(),
                        clientRequestId,
                        requestId,
                        request.method(),
                        request.target()));
            }
            return Either.left(GraphErrors.answered(
                    request.method(),
                    request.target(),
                    status,
                    headers,
                    response.body(),
                    clientRequestId,
                    attempt,
                    clock.instant()));
        } catch (IOException e) {
            return noAnswer(request, noAnswerReason(e), clientRequestId, attempt, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return noAnswer(request, "interrupted while waiting for the answer", clientRequestId, attempt, started);
        }
    }

    /** The token, or why there is none; the provider's exception keeps its class and message, never a token. */
    private Either<String, String> token() {
        String token;
        try {
            token = tokens.accessToken();
        } catch (RuntimeException e) {
            return Either.left("the access-token provider failed: " + describe(e));
        }
        if (token == null || token.isBlank()) {
            return Either.left("the access-token provider gave no token");
        }
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Either.left("the access-token provider gave a token with characters an HTTP header cannot carry");
        }
        return Either.right(token);
    }

    /** Why an attempt that failed with {@code e} got no answer: which timeout ran out, or what the connection did. */
    private String noAnswerReason(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out after " + Text.duration(settings.connectTimeout());
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out: no answer within the request timeout of " + Text.duration(settings.requestTimeout());
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable (" + describe(e) + ")";
        }
        return "connection failed, reset or closed (" + describe(e) + ")";
    }

    private Either<GraphFailure, GraphResponse> noAnswer(
            GraphRequest request, String reason, String clientRequestId, int attempt, long started) {
        LOG.debug(
                "{} {} -> no answer in {} ms: {} (attempt {}, client-request-id {})",
                request.method(),
                request.target(),
                millisSince(started),
                reason,
                attempt,
                clientRequestId);
        return Either.left(
                new GraphFailure.NoAnswer(request.method(), request.target(), reason, clientRequestId, attempt));
    }

    /**
     * A relative target under the base URL, or an absolute one at the base URL's origin (scheme, host, port): a
     * nextLink elsewhere would carry the token there.
     */
    private Either<String, URI> resolve(String target) {
        URI base = settings.baseUrl().root();
        boolean absolute = ABSOLUTE.matcher(target).matches();
        URI uri;
        try {
            uri = new URI(absolute ? target : base + "/" + (target.startsWith("/") ? target.substring(1) : target));
        } catch (URISyntaxException e) {
            return Either.left("the target is not a valid, percent-encoded URI reference (" + e.getReason() + ")");
        }
        if (absolute
                && !(uri.getScheme().equalsIgnoreCase(base.getScheme())
                        && uri.getRawUserInfo() == null
                        && base.getHost().equalsIgnoreCase(uri.getHost())
                        && port(uri) == port(base))) {
            return Either.left("the URL is not at the base URL's origin " + base.getScheme() + "://"
                    + base.getRawAuthority() + ", and would receive the access token");
        }
        return Either.right(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A request refused before sending, with the {@code client-request-id} it would have had. */
    static GraphFailure.Refused refused(GraphRequest request, String reason) {
        return new GraphFailure.Refused(request.method(), request.target(), reason, CLIENT_REQUEST_IDS.newId());
    }

    /** Lower-case names, first values; HTTP/2 pseudo-headers left out. */
    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> result = LinkedHashMap.empty();
        for (var entry : headers.map().entrySet()) {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (!name.startsWith(":") && !entry.getValue().isEmpty() && !result.containsKey(name)) {
                result = result.put(name, entry.getValue().get(0));
            }
        }
        return result;
    }

    private static String describe(Exception e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + Text.oneLine(e.getMessage(), 300));
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
