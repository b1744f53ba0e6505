package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.GraphBaseUrl;
import com.nimbusds.jose.jwk.JWKSet;
import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import io.devicestatus.adapter.graph.auth.TokenVerifier;
import io.devicestatus.adapter.graph.http.GraphApi;
import io.devicestatus.adapter.graph.http.GraphApiSettings;
import io.vavr.control.Either;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code serve}: the Graph API over a store, until SIGTERM or Ctrl-C, which stop it gracefully. The default needs
 * nothing installed: an H2 database and a development signing key under {@code --data-dir}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the Graph-compatible API under /v1.0 and /beta.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Holds the embedded database and the development key (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--store", defaultValue = "sql", description = "sql (the embedded H2 database, or --jdbc-url),"
            + " memory, or graph (proxy to --graph-url) (default: ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--graph-url", description = "With --store graph: the Graph service root, e.g."
            + " https://graph.microsoft.com (https; http only on a loopback address).")
    URI graphUrl;

    @Option(names = "--token-file", description = "With --store graph: a file holding the access token, read again"
            + " before every request (so it may be rotated).")
    Path tokenFile;

    @Option(names = "--token-env", description = "With --store graph: the environment variable holding the access token.")
    String tokenEnv;

    @Option(names = "--jdbc-url", description = "A PostgreSQL, MariaDB or H2 database instead of the embedded one.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "", description = "Database user.")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "", description = "Database password.")
    String jdbcPassword;

    @Option(names = "--jwks-url", description = "Production auth: verify RS256 tokens against this JWKS URL.")
    URI jwksUrl;

    @Option(names = "--jwks-file", description = "Production auth: verify RS256 tokens against the keys in this JWKS file.")
    Path jwksFile;

    @Option(names = "--issuer", description = "Production auth: the iss claim tokens must carry.")
    String issuer;

    @Option(names = "--audience", description = "Production auth: the aud claim tokens must carry (required with --jwks-*).")
    String audience;

    @Override
    public Integer call() throws Exception {
        var verifier = verifier();
        var storage = storage();
        if (storage.isLeft()) {
            spec.commandLine().getErr().println("device-status: " + storage.getLeft());
            return 1;
        }
        DeviceStatusServer server;
        try {
            server = DeviceStatusServer.start(host, port, new GraphApi(storage.get().application(), verifier,
                    GraphApiSettings.defaults(Clock.systemUTC())));
        } catch (IOException e) {
            storage.get().close();
            String why = e instanceof BindException || e.getCause() instanceof BindException
                    ? "port " + port + " on " + host + " is in use or not available; choose another with --port"
                    : e.getMessage();
            spec.commandLine().getErr().println("device-status: cannot listen: " + why);
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, storage.get()), "device-status-stop"));
        var out = spec.commandLine().getOut();
        out.println("device-status: store " + storage.get().description());
        out.println("device-status: auth " + authDescription());
        out.println("device-status: serving " + server.baseUri() + "/v1.0 and " + server.baseUri() + "/beta"
                + " (health: " + server.baseUri() + "/health)");
        out.flush();
        server.join();
        return 0;
    }

    private TokenVerifier verifier() throws IOException {
        if (jwksUrl == null && jwksFile == null) {
            if (issuer != null || audience != null) {
                throw new ParameterException(spec.commandLine(), "--issuer and --audience need --jwks-url or --jwks-file");
            }
            return NimbusTokenVerifier.development(DevelopmentKey.loadOrCreate(dataDir));
        }
        if (jwksUrl != null && jwksFile != null) {
            throw new ParameterException(spec.commandLine(), "give --jwks-url or --jwks-file, not both");
        }
        if (audience == null) {
            throw new ParameterException(spec.commandLine(), "--audience is required with --jwks-url or --jwks-file:"
                    + " without it, a token the same issuer made for any other API would be accepted");
        }
        NimbusTokenVerifier verifier;
        if (jwksUrl != null && !GraphBaseUrl.httpsOrLoopback(jwksUrl)) {
            throw new ParameterException(spec.commandLine(), "--jwks-url must be https (http only on a loopback"
                    + " address): keys fetched in the clear could be replaced on the way");
        }
        if (jwksUrl != null) {
            verifier = NimbusTokenVerifier.jwks(jwksUrl.toURL());
        } else {
            try {
                verifier = NimbusTokenVerifier.jwkSet(JWKSet.load(jwksFile.toFile()));
            } catch (java.text.ParseException e) {
                throw new ParameterException(spec.commandLine(), jwksFile + " is not a JWK set: " + e.getMessage());
            }
        }
        verifier = verifier.withAudience(audience);
        return issuer == null ? verifier : verifier.withIssuer(issuer);
    }

    private Either<String, Storage> storage() {
        return switch (store) {
            case "memory" -> jdbcUrl == null ? Either.right(Storage.memory(Clock.systemUTC()))
                    : Either.left("--jdbc-url cannot be used with --store memory");
            case "sql" -> jdbcUrl == null ? Storage.h2Files(dataDir, Clock.systemUTC())
                    : Storage.sql(jdbcUrl, jdbcUser, jdbcPassword, Clock.systemUTC());
            case "graph" -> graphStorage();
            default -> throw new ParameterException(spec.commandLine(),
                    "--store must be sql, memory or graph, not '" + store + "'");
        };
    }

    private Either<String, Storage> graphStorage() {
        if (jdbcUrl != null) {
            return Either.left("--jdbc-url cannot be used with --store graph");
        }
        if (graphUrl == null) {
            throw new ParameterException(spec.commandLine(), "--store graph needs --graph-url");
        }
        if ((tokenFile == null) == (tokenEnv == null)) {
            throw new ParameterException(spec.commandLine(), "--store graph needs --token-file or --token-env (one)");
        }
        var url = GraphBaseUrl.of(graphUrl);
        if (url.isLeft()) {
            throw new ParameterException(spec.commandLine(), "--graph-url " + url.getLeft());
        }
        return Either.right(tokenFile != null
                ? Storage.graph(url.get(), AccessTokens.fromFile(tokenFile), "file " + tokenFile, Clock.systemUTC())
                : Storage.graph(url.get(), AccessTokens.fromEnvironment(tokenEnv), "environment variable " + tokenEnv,
                        Clock.systemUTC()));
    }

    private String authDescription() {
        if (jwksUrl == null && jwksFile == null) {
            return "development (HS256 key " + dataDir.resolve(DevelopmentKey.FILE_NAME)
                    + "; mint tokens with: java -jar app/target/device-status.jar token --data-dir " + dataDir
                    + " --scope PERMISSION)";
        }
        return "RS256 keys from " + (jwksUrl != null ? jwksUrl : jwksFile) + ", audience " + audience
                + (issuer == null ? "" : ", issuer " + issuer);
    }

    private void stop(DeviceStatusServer server, Storage storage) {
        try {
            server.close();
            storage.close();
            spec.commandLine().getOut().println("device-status: stopped");
            spec.commandLine().getOut().flush();
        } catch (Exception e) {
            spec.commandLine().getErr().println("device-status: stopping failed: " + e.getMessage());
        }
    }
}
