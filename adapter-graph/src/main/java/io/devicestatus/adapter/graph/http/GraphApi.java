package io.devicestatus.adapter.graph.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.auth.Access;
import io.devicestatus.adapter.graph.auth.Caller;
import io.devicestatus.adapter.graph.auth.Permissions;
import io.devicestatus.adapter.graph.auth.Resource;
import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.application.port.out.IdGeneratorPort;
import io.devicestatus.application.service.DeviceStatusApplication;
import io.devicestatus.domain.common.TenantId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Graph-compatible HTTP API, framework-neutral: {@link #handle} takes an {@link ApiRequest} and answers an
 * {@link ApiResponse}. A binding (the servlet in {@code adapter.graph.servlet}, or a platform's own) only copies
 * requests and responses.
 *
 * <p>In order: a method this server does not know is 501 (names are case-sensitive: {@code delete} is unknown);
 * {@code GET /health/live} (and {@code /health}, its older name) and {@code GET /health/ready} answer without a
 * token; otherwise the Bearer token is verified (401), the path
 * resolved (400, 405), the caller's permission checked (403), and the body read and checked (415, 413, 400) before
 * a use case runs. Every response carries {@code request-id} and {@code client-request-id}; every failure has
 * Graph's error body; an unexpected exception is a 500 that says nothing of its cause but the request id, under
 * which it is logged. Tokens are never logged nor echoed.
 *
 * <p>Observability: while a request is answered, SLF4J's MDC holds its {@value #MDC_REQUEST_ID} and
 * {@value #MDC_CLIENT_REQUEST_ID} (and {@value #MDC_TENANT} once its token is verified), so every log line of it
 * carries them. Each top-level request, refusals included, is told once to the settings' {@link ApiObserver} as an
 * {@link ApiExchange} with its {@link RouteTemplates route template}.
 *
 * <p>Tenants: every request runs within its caller's tenant (the token's {@code tid}): each path's scope is that
 * tenant's, so another tenant's status is 404 like one that does not exist, and a {@code $skiptoken} issued for
 * another tenant's list is 400.
 *
 * <p>{@code POST /{version}/$batch} takes up to 20 requests in one JSON body ({@link BatchRequest}) and runs each
 * through the same pipeline from the path on, as the caller the batch's token names (and so in its tenant): each
 * answers exactly what it would alone. The batch itself needs a valid token and no permission.
 */
public final class GraphApi {

    private static final Logger LOG = LoggerFactory.getLogger(GraphApi.class);
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"([1-9][0-9]{0,17})\"");
    private static final DateTimeFormatter ERROR_DATE = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    /** RFC 9110's methods and PATCH (RFC 5789), exactly as registered; others are 501, these 405 where not served. */
    private static final Set<String> KNOWN_METHODS = io.vavr.collection.HashSet.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private static final String IMPLEMENTED_METHODS = "GET, POST, PATCH, DELETE";
    /** The SLF4J MDC keys a request's log lines carry: its ids, and its caller's tenant once the token is verified. */
    public static final String MDC_REQUEST_ID = "request-id";

    public static final String MDC_CLIENT_REQUEST_ID = "client-request-id";
    public static final String MDC_TENANT = "tenant";
    private static final Consumer<Answered> NOT_OBSERVED = answered -> {};
    /** Each request's id: a random GUID, minted without a lock shared by every request thread. */
    private static final IdGeneratorPort REQUEST_IDS = IdGeneratorPort.randomUuids();

    private final Routes routes;
    private final MetadataEndpoint metadata = new MetadataEndpoint();
    private final HealthEndpoint health;
    private final TokenVerifier verifier;
    private final GraphApiSettings settings;

    public GraphApi(DeviceStatusApplication application, TokenVerifier verifier, GraphApiSettings settings) {
        Objects.requireNonNull(application, "application");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.health = new HealthEndpoint(settings.readiness());
        this.routes = new Routes(
                new StatusEndpoint<>(
                        application.iosUpdates(),
                        EntityCodecs.IOS_UPDATE,
                        Resource.IOS_UPDATE_STATUSES,
                        settings.maxSkip()),
                new StatusEndpoint<>(
                        application.appConfigurations(),
                        EntityCodecs.APP_CONFIGURATION,
                        Resource.APP_STATUSES,
                        settings.maxSkip()),
                new StatusEndpoint<>(
                        application.appInstalls(),
                        EntityCodecs.APP_INSTALL,
                        Resource.APP_STATUSES,
                        settings.maxSkip()));
    }

    /** Answers one request; never throws. */
    public ApiResponse handle(ApiRequest request) {
        return exchange(request, this::answer);
    }

    /**
     * Graph's error response to a request the HTTP server in front of this API refused before {@link #handle} could
     * see it (a path it will not route, a header section too large, a request during shutdown): the same body and
     * {@code request-id}/{@code client-request-id} as this API's own errors, so a client meets one error shape.
     * {@code request} holds what the server could read of it (its headers give the {@code client-request-id});
     * {@code headers} go with the refusal ({@code Retry-After}, {@code Allow}).
     *
     * @throws IllegalArgumentException when {@code status} is not an error status (400 to 599)
     */
    public ApiResponse refuse(
            ApiRequest request, int status, String code, String message, Map<String, String> headers) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a refusal's status must be 400 to 599, not " + status);
        }
        var failure = new Failure(status, code, message, List.empty(), headers);
        return exchange(request, (r, tenant) -> Either.left(failure));
    }

    /**
     * One top-level request, from arrival to response: {@link #respond} within the request's logging context, and
     * the observer told of it once (the requests of a {@code $batch} are part of the batch's exchange).
     */
    private ApiResponse exchange(ApiRequest request, Answer answer) {
        long started = System.nanoTime();
        var tenant = new TenantOnce();
        return respond(request, r -> answer.apply(r, tenant), answered -> {
            var observed = new ApiExchange(
                    request.method(),
                    RouteTemplates.of(request.path()),
                    answered.status(),
                    Duration.ofNanos(System.nanoTime() - started),
                    answered.requestId(),
                    answered.clientRequestId(),
                    tenant.value);
            try {
                settings.observer().exchanged(observed);
            } catch (RuntimeException e) {
                LOG.warn(
                        "the API observer failed on request-id {}; the response is sent regardless",
                        observed.requestId(),
                        e);
            }
        });
    }

    /**
     * The response to {@code request} as {@code answer} makes it, with its request ids and, for a failure, Graph's
     * error body; an exception is a 500. {@code answered} is told of it while the request's MDC is still in place.
     */
    private ApiResponse respond(
            ApiRequest request,
            Function<ApiRequest, Either<Failure, ApiResponse>> answer,
            Consumer<Answered> answered) {
        String requestId = REQUEST_IDS.newId();
        String clientRequestId = request.header("client-request-id")
                .filter(id -> CLIENT_REQUEST_ID.matcher(id).matches())
                .getOrElse(requestId);
        // every log line of this request carries its ids; a batch's item nests in the batch and gives it back after
        var outer = MDC.getCopyOfContextMap();
        MDC.put(MDC_REQUEST_ID, requestId);
        MDC.put(MDC_CLIENT_REQUEST_ID, clientRequestId);
        try {
            ApiResponse response;
            try {
                response = answer.apply(request)
                        .fold(
                                failure -> {
                                    if (failure.status() == 503 && !HealthEndpoint.serves(request.path())) {
                                        // the store's outage, told once per request: the adapters log its cause at
                                        // DEBUG only
                                        LOG.warn(
                                                "request-id {}: {} {} -> 503: {}",
                                                requestId,
                                                request.method(),
                                                request.path(),
                                                failure.message());
                                    }
                                    return errorResponse(failure, requestId, clientRequestId);
                                },
                                ok -> ok);
            } catch (RuntimeException e) {
                LOG.error("request-id {}: {} {} failed", requestId, request.method(), request.path(), e);
                response = errorResponse(
                        Failure.of(
                                500,
                                "InternalServerError",
                                "The service failed to handle the request; quote request-id " + requestId + "."),
                        requestId,
                        clientRequestId);
            }
            LOG.debug("request-id {}: {} {} -> {}", requestId, request.method(), request.path(), response.status());
            answered.accept(new Answered(response.status(), requestId, clientRequestId));
            return response.withHeader("request-id", requestId).withHeader("client-request-id", clientRequestId);
        } finally {
            if (outer == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(outer);
            }
        }
    }

    private Either<Failure, ApiResponse> answer(ApiRequest request, TenantOnce tenant) {
        if (!KNOWN_METHODS.contains(request.method())) {
            return Either.left(notImplemented(request.method()));
        }
        if (HealthEndpoint.serves(request.path())) {
            return request.method().equals("GET")
                    ? health.answer(request.path())
                    : Either.left(
                            methodNotAllowed(request.method() + " is not allowed on " + request.path() + ".", "GET"));
        }
        var document = metadata.answer(request); // GET /{version}/$metadata needs no token, as on Graph
        if (document.isDefined()) {
            return document.get();
        }
        return authenticate(request)
                .peek(caller -> tenant.set(caller.tenant()))
                .flatMap(caller -> serve(request, caller, true));
    }

    /** Everything after authentication; a batch only when {@code batchAllowed} (a batch holds none). */
    private Either<Failure, ApiResponse> serve(ApiRequest request, Caller caller, boolean batchAllowed) {
        return routes.resolve(request.path(), request.baseUri(), caller.tenant())
                .flatMap(addressed -> {
                    if (addressed instanceof Target<?> target) {
                        return dispatch(request, caller, target);
                    }
                    if (addressed instanceof Addressed.Count count) {
                        return count(request, caller, count.collection());
                    }
                    var batch = (Addressed.Batch) addressed;
                    return batchAllowed
                            ? batch(request, caller, batch)
                            : Either.left(Failure.badRequest("A batch cannot hold another $batch."));
                });
    }

    /** {@code POST /{version}/$batch}: every request of it run through {@link #serve} as {@code caller}. */
    private Either<Failure, ApiResponse> batch(ApiRequest request, Caller caller, Addressed.Batch batch) {
        if (!request.method().equals("POST")) {
            return Either.left(methodNotAllowed(
                    request.method() + " is not allowed on $batch; send the batch with" + " POST.", "POST"));
        }
        var items = new BatchEndpoint.Items() {
            @Override
            public ApiResponse answer(ApiRequest item) {
                return respond(item, r -> serve(r, caller, false), NOT_OBSERVED);
            }

            @Override
            public ApiResponse refuse(ApiRequest item, Failure failure) {
                return respond(item, r -> Either.left(failure), NOT_OBSERVED);
            }
        };
        return QueryOptions.parse(request.rawQuery(), QueryOptions.NONE)
                .flatMap(ok -> jsonBody(request, settings.maxBatchBodyBytes()))
                .flatMap(BatchRequest::parse)
                .map(parsed -> BatchEndpoint.run(parsed, batch.version(), request.baseUri(), items));
    }

    private Either<Failure, Caller> authenticate(ApiRequest request) {
        var header = request.header("Authorization");
        if (header.isEmpty() || header.get().isBlank()) {
            return Either.left(Failure.of(401, "InvalidAuthenticationToken", "Access token is empty.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"device-status\""));
        }
        String[] parts = header.get().trim().split(" +", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            return Either.left(Failure.of(
                            401, "InvalidAuthenticationToken", "The Authorization header must be 'Bearer <token>'.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"device-status\", error=\"invalid_request\""));
        }
        return verifier.verify(parts[1])
                .mapLeft(rejected -> Failure.of(
                                401,
                                "InvalidAuthenticationToken",
                                "Access token validation failure: " + rejected.reason() + ".")
                        .withHeader(
                                "WWW-Authenticate",
                                "Bearer realm=\"device-status\", error=\"invalid_token\", " + "error_description=\""
                                        + rejected.reason().replace("\"", "'") + "\""));
    }

    private <S> Either<Failure, ApiResponse> dispatch(ApiRequest request, Caller caller, Target<S> target) {
        var endpoint = target.endpoint();
        String method = request.method();
        if (target.id().isEmpty()) {
            return switch (method) {
                case "GET" ->
                    admitted(request, caller, endpoint.resource(), Access.READ, QueryOptions.LIST)
                            .flatMap(query -> endpoint.list(target.call(), target.scope(), query));
                case "POST" ->
                    admitted(request, caller, endpoint.resource(), Access.WRITE, QueryOptions.NONE)
                            .flatMap(ok -> jsonBody(request, settings.maxBodyBytes()))
                            .flatMap(body -> endpoint.create(target.call(), target.scope(), body))
                            .map(created -> minimal(request) ? minimalCreate(created) : created);
                case "PATCH" ->
                    Either.left(methodNotAllowed(
                            "PATCH addresses one entity: send it to "
                                    + target.call().collectionPath() + "/{id}.",
                            "GET, POST"));
                default -> Either.left(methodNotAllowed(method + " is not allowed on a collection.", "GET, POST"));
            };
        }
        String id = target.id().get();
        return switch (method) {
            case "GET" ->
                admitted(request, caller, endpoint.resource(), Access.READ, QueryOptions.ENTITY)
                        .flatMap(query -> endpoint.get(target.call(), target.scope(), id, query));
            case "PATCH" ->
                admitted(request, caller, endpoint.resource(), Access.WRITE, QueryOptions.NONE)
                        .flatMap(ok -> ifMatch(request))
                        .flatMap(version -> jsonBody(request, settings.maxBodyBytes())
                                .flatMap(body -> endpoint.update(
                                        target.call(), target.scope(), id, body, version, minimal(request))));
            case "DELETE" ->
                admitted(request, caller, endpoint.resource(), Access.WRITE, QueryOptions.NONE)
                        .flatMap(ok -> ifMatch(request))
                        .flatMap(version -> endpoint.delete(target.scope(), id, version));
            default -> Either.left(methodNotAllowed(method + " is not allowed on an entity.", "GET, PATCH, DELETE"));
        };
    }

    /**
     * {@code GET <collection>/$count}: as a list needs (the permission to read, the tenant's scope), with
     * {@code $filter} the one option that means something for a number.
     */
    private <S> Either<Failure, ApiResponse> count(ApiRequest request, Caller caller, Target<S> collection) {
        if (!request.method().equals("GET")) {
            return Either.left(methodNotAllowed(
                    request.method() + " is not allowed on /$count; it is read with" + " GET.", "GET"));
        }
        var endpoint = collection.endpoint();
        return admitted(request, caller, endpoint.resource(), Access.READ, QueryOptions.COUNT)
                .flatMap(query -> endpoint.count(collection.call(), collection.scope(), query));
    }

    /** The request's query options, once the caller may have {@code access} (403) and they are allowed (400). */
    private static Either<Failure, QueryOptions> admitted(
            ApiRequest request, Caller caller, Resource resource, Access access, Set<String> allowedOptions) {
        return Permissions.check(caller, resource, access)
                .mapLeft(denied -> Failure.of(403, "Forbidden", denied.message()))
                .flatMap(ok -> QueryOptions.parse(request.rawQuery(), allowedOptions));
    }

    /**
     * 501 for a method this server does not know at all, as RFC 9110 (15.6.2) has it; methods are case-sensitive
     * (9.1), so {@code delete} is not {@code DELETE} and must not delete. A known method a resource has not is 405.
     */
    private static Failure notImplemented(String method) {
        return Failure.of(
                501,
                "NotImplemented",
                "The method '" + method + "' is not implemented by this service."
                        + " Method names are case-sensitive; it implements " + IMPLEMENTED_METHODS + ".");
    }

    private static Failure methodNotAllowed(String message, String allow) {
        return Failure.of(405, "MethodNotAllowed", message).withHeader("Allow", allow);
    }

    /** {@code If-Match}: none or {@code *} for unconditional, else a version ETag this API issued. */
    private static Either<Failure, Option<Long>> ifMatch(ApiRequest request) {
        var header = request.header("If-Match").map(String::trim);
        if (header.isEmpty() || header.get().equals("*")) {
            return Either.right(Option.none());
        }
        var matcher = ETAG.matcher(header.get());
        return matcher.matches()
                ? Either.right(Option.some(Long.parseLong(matcher.group(1))))
                : Either.left(Failure.badRequest(
                        "If-Match", header.get(), "must be * or an ETag this service issued, such as W/\"3\""));
    }

    private static boolean minimal(ApiRequest request) {
        return request.header("Prefer")
                .exists(prefer ->
                        Arrays.stream(prefer.split(",")).anyMatch(p -> p.trim().equalsIgnoreCase("return=minimal")));
    }

    private static ApiResponse minimalCreate(ApiResponse created) {
        return new ApiResponse(204, created.headers().remove("Content-Type"), new byte[0])
                .withHeader("Preference-Applied", "return=minimal");
    }

    /** The body of a POST or PATCH: JSON by {@code Content-Type} (415), at most {@code limit} bytes (413). */
    private static Either<Failure, byte[]> jsonBody(ApiRequest request, int limit) {
        var type = request.header("Content-Type")
                .map(t -> t.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
        if (!type.contains("application/json")) {
            return Either.left(Failure.of(
                    415,
                    "UnsupportedMediaType",
                    "Content-Type must be application/json"
                            + type.map(t -> "; got '" + t + "'.").getOrElse(", and none was given.")));
        }
        var declared = request.header("Content-Length")
                .flatMap(length -> Try.of(() -> Long.parseLong(length.trim())).toOption());
        if (declared.exists(length -> length > limit)) {
            return Either.left(tooLarge(limit));
        }
        try (InputStream in = request.body()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? Either.left(tooLarge(limit)) : Either.right(body);
        } catch (IOException e) {
            return Either.left(Failure.badRequest("The request body could not be read."));
        }
    }

    private static Failure tooLarge(int limit) {
        return Failure.of(413, "RequestEntityTooLarge", "The request body is larger than " + limit + " bytes.");
    }

    private ApiResponse errorResponse(Failure failure, String requestId, String clientRequestId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", failure.code());
        error.put("message", failure.message());
        if (!failure.details().isEmpty()) {
            var details = error.putArray("details");
            failure.details()
                    .forEach(v -> details.addObject()
                            .put("code", "InvalidValue")
                            .put("target", v.field())
                            .put("message", v.toString()));
        }
        error.putObject("innerError")
                .put("request-id", requestId)
                .put(
                        "date",
                        ERROR_DATE.format(
                                LocalDateTime.ofInstant(settings.clock().instant(), ZoneOffset.UTC)
                                        .truncatedTo(ChronoUnit.SECONDS)))
                .put("client-request-id", clientRequestId);
        var response = ApiResponse.json(failure.status(), EntityCodec.bytes(body));
        for (var header : failure.headers()) {
            response = response.withHeader(header._1, header._2);
        }
        return response;
    }

    /** How a top-level request is answered: with the place to note its caller's tenant once known. */
    @FunctionalInterface
    private interface Answer {
        Either<Failure, ApiResponse> apply(ApiRequest request, TenantOnce tenant);
    }

    /** What {@link #respond} answered, before its ids became headers. */
    private record Answered(int status, String requestId, String clientRequestId) {}

    /** The caller's tenant of one exchange, set once its token is verified; from then on in the MDC too. */
    private static final class TenantOnce {
        private Option<TenantId> value = Option.none();

        void set(TenantId tenant) {
            value = Option.some(tenant);
            MDC.put(MDC_TENANT, tenant.toString());
        }
    }
}
