package io.devicestatus.app;

import com.nimbusds.jose.jwk.JWKSet;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TenantRule;
import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.devicestatus.app.metrics.ServeMetrics;
import io.devicestatus.app.metrics.StoreInstrumentation;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the Graph API over a store, until SIGTERM or Ctrl-C, which stop it gracefully. The default needs
 * nothing installed: an H2 database and a development signing key under {@code --data-dir}.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the Graph-compatible API under /v1.0 and /beta.")
final class ServeCommand implements Callable<Integer> {

    /** How messages name the Graph store's options. */
    private static final String GRAPH_STORE = "--store graph";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    PoolOptions pool;

    /** With {@code --store graph}: the service proxied to. */
    @Mixin
    GraphOptions graph;

    @Mixin
    TlsOptions tls;

    /** Development auth, when no --jwks-* option asks for production auth. */
    private DevelopmentAuth development;

    /** {@code --metrics-port}, {@code --metrics-host}. */
    @Mixin
    MetricsOptions metrics;

    @Option(names = "--no-migrate")
    boolean noMigrate;

    @Option(names = "--port", defaultValue = "8080", converter = PortConverter.class)
    int port;

    @Option(names = "--drain-delay", paramLabel = "DURATION", defaultValue = "0s")
    java.time.Duration drainDelay;

    @Option(names = "--host", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--store", defaultValue = "sql")
    String store;

    @Option(names = "--jwks-url")
    URI jwksUrl;

    @Option(names = "--jwks-file")
    Path jwksFile;

    @Option(names = "--issuer")
    String issuer;

    @Option(names = "--tenant", paramLabel = "GUID", split = ",")
    java.util.List<String> tenants;

    @Option(names = "--any-tenant")
    boolean anyTenant;

    @Option(names = "--audience")
    String audience;

    @Override
    public Integer call() throws Exception {
        var keyStore = tls.keyStore();
        var storeTenant = storeTenant();
        var tokenVerifier = verifier();
        // a Graph store holds one tenant's statuses: no other tenant's caller has anything to do here
        var verifier = storeTenant.map(tokenVerifier::admitting).getOrElse(tokenVerifier);
        metrics.check(spec, port);
        var measured = metrics.start();
        var storage = storage(storeTenant, measured.map(ServeMetrics::store).getOrElse(StoreInstrumentation.NONE));
        if (storage.isLeft()) {
            measured.forEach(ServeMetrics::close);
            spec.commandLine().getErr().println("device-status: " + storage.getLeft());
            return 1;
        }
        io.vavr.control.Option<URI> metricsUri;
        try {
            metricsUri = metrics.serve(measured);
        } catch (IOException e) {
            storage.get().close();
            measured.forEach(ServeMetrics::close);
            spec.commandLine().getErr().println("device-status: cannot listen: " + e.getMessage());
            return 1;
        }
        var draining = new Draining(storage.get().readiness(), drainDelay);
        DeviceStatusServer server;
        try {
            server = DeviceStatusServer.start(
                    host,
                    port,
                    keyStore,
                    new GraphApi(
                            storage.get().application(),
                            verifier,
                            GraphApiSettings.defaults(Clock.systemUTC())
                                    .withReadiness(draining)
                                    .withObserver(MetricsOptions.observer(measured))));
        } catch (IOException e) {
            storage.get().close();
            measured.forEach(ServeMetrics::close);
            String why = e instanceof BindException || e.getCause() instanceof BindException
                    ? "port " + port + " on " + host + " is in use or not available; choose another with --port"
                    : e.getMessage();
            spec.commandLine().getErr().println("device-status: cannot listen: " + why);
            return 1;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stop(draining, server, storage.get());
                            measured.forEach(ServeMetrics::close);
                        },
                        "device-status-stop"));
        var out = spec.commandLine().getOut();
        out.println("device-status: store " + storage.get().description());
        out.println("device-status: auth " + authDescription()
                + storeTenant
                        .map(t -> "; only tenant " + t + " (the Graph store's)")
                        .getOrElse(""));
        keyStore.forEach(keys -> out.println("device-status: tls " + keys.description()));
        if (development != null) {
            development.startupToken(java.time.Instant.now()).forEach(line -> out.println("device-status: " + line));
        }
        out.println("device-status: serving " + server.baseUri() + "/v1.0 and " + server.baseUri() + "/beta"
                + " (health: " + server.baseUri() + "/health/live and /health/ready)");
        metricsUri.forEach(uri -> out.println("device-status: metrics " + uri));
        out.flush();
        server.join();
        return 0;
    }

    private TokenVerifier verifier() throws IOException {
        if (jwksUrl == null && jwksFile == null) {
            if (issuer != null || audience != null || tenants != null || anyTenant) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--issuer, --audience, --tenant and --any-tenant need --jwks-url or --jwks-file");
            }
            development = developmentAuth();
            return NimbusTokenVerifier.development(development.key());
        }
        if (jwksUrl != null && jwksFile != null) {
            throw new ParameterException(spec.commandLine(), "give --jwks-url or --jwks-file, not both");
        }
        if (audience == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--audience is required with --jwks-url or --jwks-file:"
                            + " without it, a token the same issuer made for any other API would be accepted");
        }
        if (jwksUrl != null && !GraphBaseUrl.httpsOrLoopback(jwksUrl)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--jwks-url must be https (http only on a loopback"
                            + " address): keys fetched in the clear could be replaced on the way");
        }
        var rule = tenantRule();
        NimbusTokenVerifier verifier;
        if (jwksUrl != null) {
            verifier = NimbusTokenVerifier.jwks(jwksUrl.toURL(), rule);
        } else {
            try {
                verifier = NimbusTokenVerifier.jwkSet(JWKSet.load(jwksFile.toFile()), rule);
            } catch (java.text.ParseException e) {
                throw new ParameterException(spec.commandLine(), jwksFile + " is not a JWK set: " + e.getMessage());
            }
        }
        return verifier.withAudience(audience);
    }

    /**
     * Whose tokens production auth accepts. There is no default: Entra ID signs every tenant's tokens for a
     * multi-tenant app with the same keys and audience, so keys and audience alone would let any tenant in.
     */
    private TenantRule tenantRule() {
        if (issuer == null && tenants == null && !anyTenant) {
            throw new ParameterException(
                    spec.commandLine(),
                    "production auth needs a tenant rule: --issuer URL,"
                            + " --tenant GUID (repeatable), or --any-tenant for a multi-tenant service; without one, a token"
                            + " of any tenant signed by the same keys for the same audience would be accepted");
        }
        if (anyTenant && tenants != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--any-tenant and --tenant contradict each other:" + " give the tenants, or accept any");
        }
        try {
            var rule = tenants == null ? TenantRule.anyTenant() : TenantRule.tenants(parsedTenants());
            return issuer == null ? rule : rule.withIssuer(issuer);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--issuer: " + e.getMessage());
        }
    }

    private java.util.List<TenantId> parsedTenants() {
        return tenants.stream().map(text -> tenantOption("--tenant", text)).toList();
    }

    private TenantId tenantOption(String option, String text) {
        return TenantOption.parse(spec.commandLine(), option, text);
    }

    /**
     * With {@code --store graph}: the one tenant the store talks to, {@code --graph-tenant} or the token's
     * {@code tid}; they must agree, and an allow-list of {@code --tenant} must hold it.
     */
    private io.vavr.control.Option<TenantId> storeTenant() {
        if (!store.equals("graph")) {
            if (graph.graphTenant != null) {
                throw new ParameterException(spec.commandLine(), "--graph-tenant needs --store graph");
            }
            return io.vavr.control.Option.none();
        }
        if (database.external()) {
            return io.vavr.control.Option.none(); // storage() says why this cannot be
        }
        graph.url(GRAPH_STORE, io.vavr.control.Option.none()); // its mistakes first: they are the likelier ones
        var tenant = graph.tenant(GRAPH_STORE);
        if (tenants != null && !parsedTenants().contains(tenant)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "the Graph store's tenant " + tenant + " is not among" + " --tenant: no caller could use it");
        }
        return io.vavr.control.Option.some(tenant);
    }

    private Either<String, Storage> storage(
            io.vavr.control.Option<TenantId> storeTenant, StoreInstrumentation measured) {
        return switch (store) {
            case "memory" ->
                !database.external()
                        ? Either.right(Storage.memory(Clock.systemUTC()))
                        : Either.left("--jdbc-url cannot be used with --store memory");
            case "sql" ->
                Storage.sql(
                        database.url(),
                        database.user(),
                        database.password(),
                        database.existingRowsTenant(),
                        noMigrate ? Storage.Schema.REQUIRE_CURRENT : Storage.Schema.MIGRATE,
                        pool.settings(),
                        database.storeOptions(),
                        Clock.systemUTC(),
                        measured);
            case "graph" -> graphStorage(storeTenant);
            default ->
                throw new ParameterException(
                        spec.commandLine(), "--store must be sql, memory or graph, not '" + store + "'");
        };
    }

    private Either<String, Storage> graphStorage(io.vavr.control.Option<TenantId> tenant) {
        if (database.external()) {
            return Either.left("--jdbc-url cannot be used with --store graph");
        }
        return Either.right(graph.storage(
                graph.url(GRAPH_STORE, io.vavr.control.Option.none()),
                tenant.get(),
                graph.retry(),
                GRAPH_STORE,
                Clock.systemUTC()));
    }

    /**
     * The memory store keeps nothing on disk, its development key included, unless a data directory is named; the
     * other stores keep the key beside their data, for {@code token} to sign with.
     */
    private DevelopmentAuth developmentAuth() {
        if (store.equals("memory")
                && EnvironmentDefaults.givenBy(spec, "--data-dir").isEmpty()) {
            return DevelopmentAuth.inMemory();
        }
        try {
            return DevelopmentAuth.inDataDir(database.dataDir);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), spec.findOption("--data-dir"), null);
        }
    }

    private String authDescription() {
        if (jwksUrl == null && jwksFile == null) {
            return development.description();
        }
        return "RS256 keys from " + (jwksUrl != null ? jwksUrl : jwksFile) + ", audience " + audience + ", "
                + tenantRule();
    }

    /** Not ready first (for {@code --drain-delay}), then Jetty drains what is in flight, then the store closes. */
    private void stop(Draining draining, DeviceStatusServer server, Storage storage) {
        try {
            draining.begin();
            server.close();
            storage.close();
            spec.commandLine().getOut().println("device-status: stopped");
            spec.commandLine().getOut().flush();
        } catch (Exception e) {
            spec.commandLine().getErr().println("device-status: stopping failed: " + e.getMessage());
        }
    }
}
