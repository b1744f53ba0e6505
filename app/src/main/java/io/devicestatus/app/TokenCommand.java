package io.devicestatus.app;

import io.devicestatus.adapter.graph.auth.Access;
import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.devicestatus.adapter.graph.auth.Permissions;
import io.devicestatus.adapter.graph.auth.Resource;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code token}: a development token signed with the data directory's key, alone on the last line of standard
 * output, so that scripts can write {@code TOKEN=$(java -jar device-status.jar token --scope ...)}.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Print a development token signed with the data directory's key (for serve's development auth).")
final class TokenCommand implements Callable<Integer> {

    /** The tenant of development tokens unless --tenant says otherwise. */
    static final String DEVELOPMENT_TENANT = "00000000-0000-0000-0000-0000000000d5";

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "./data")
    Path dataDir;

    // --scope and --role are not an exclusive @ArgGroup: picocli gives a group no defaults, so neither could come
    // from the environment; call() checks that exactly one is given
    @Option(names = "--scope", split = ",", paramLabel = "PERMISSION")
    java.util.List<String> scopes;

    @Option(names = "--role", split = ",", paramLabel = "PERMISSION")
    java.util.List<String> roles;

    @Option(names = "--tenant", paramLabel = "GUID", defaultValue = DEVELOPMENT_TENANT)
    String tenant;

    @Option(names = "--subject", defaultValue = "developer")
    String subject;

    @Option(names = "--minutes", defaultValue = "60")
    int minutes;

    @Override
    public Integer call() throws Exception {
        if (minutes < 1 || minutes > 1440) {
            throw new ParameterException(spec.commandLine(), "--minutes must be from 1 to 1440, not " + minutes);
        }
        if (this.scopes != null && this.roles != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "give --scope (a delegated token) or --role (an" + " application token), not both");
        }
        var tid = TenantOption.parse(spec.commandLine(), "--tenant", tenant);
        var scopes = permissions("--scope", this.scopes);
        var roles = permissions("--role", this.roles);
        if (scopes.isEmpty() && roles.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--scope or --role needs at least one permission name," + " one of: "
                            + String.join(", ", knownPermissions()));
        }
        byte[] key;
        try {
            key = DevelopmentKey.loadOrCreate(dataDir);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), spec.findOption("--data-dir"), null);
        }
        Instant now = Instant.now();
        String token = DevelopmentTokens.sign(
                key,
                new DevelopmentTokens.Claims(
                        subject,
                        tid.toString(),
                        scopes,
                        roles,
                        null,
                        null,
                        now,
                        now.plus(Duration.ofMinutes(minutes))));
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The names given, each one a permission the server checks (a token with another one could do nothing). */
    private List<String> permissions(String option, java.util.List<String> given) {
        var names = List.ofAll(given == null ? java.util.List.of() : given)
                .map(String::trim)
                .filter(s -> !s.isEmpty());
        var unknown = names.filter(name -> !knownPermissions().contains(name));
        if (!unknown.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " " + unknown.mkString(",") + ": not a permission" + " the server checks; known: "
                            + String.join(", ", knownPermissions()) + " (case matters)",
                    spec.findOption(option),
                    null);
        }
        return names;
    }

    /** Every permission the Graph API checks, from adapter-graph's table, sorted. */
    static java.util.List<String> knownPermissions() {
        return List.of(Resource.values())
                .flatMap(resource -> List.of(Access.values()).flatMap(access -> Permissions.accepted(resource, access)))
                .distinct()
                .sorted()
                .toJavaList();
    }
}
