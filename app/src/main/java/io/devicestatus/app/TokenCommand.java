package io.devicestatus.app;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.vavr.collection.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code token}: a development token signed with the data directory's key, alone on the last line of standard
 * output, so that scripts can write {@code TOKEN=$(java -jar device-status.jar token --scope ...)}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a development token signed with the data directory's key (for serve's development auth).")
final class TokenCommand implements Callable<Integer> {

    /** The tenant of development tokens unless --tenant says otherwise. */
    static final String DEVELOPMENT_TENANT = "00000000-0000-0000-0000-0000000000d5";

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "./data", description = "Data directory holding the key (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Permissions permissions;

    static final class Permissions {
        @Option(names = "--scope", split = ",", paramLabel = "PERMISSION",
                description = "Delegated permissions (the scp claim), e.g. DeviceManagementConfiguration.ReadWrite.All.")
        java.util.List<String> scopes;

        @Option(names = "--role", split = ",", paramLabel = "PERMISSION",
                description = "Application permissions (the roles claim).")
        java.util.List<String> roles;
    }

    @Option(names = "--tenant", paramLabel = "GUID", defaultValue = DEVELOPMENT_TENANT,
            description = "The tid claim: the tenant whose statuses the token sees (default: ${DEFAULT-VALUE}).")
    String tenant;

    @Option(names = "--subject", defaultValue = "developer", description = "The sub claim (default: ${DEFAULT-VALUE}).")
    String subject;

    @Option(names = "--minutes", defaultValue = "60", description = "Lifetime in minutes, 1 to 1440 (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Override
    public Integer call() throws Exception {
        if (minutes < 1 || minutes > 1440) {
            throw new ParameterException(spec.commandLine(), "--minutes must be from 1 to 1440, not " + minutes);
        }
        var scopes = List.ofAll(permissions.scopes == null ? java.util.List.of() : permissions.scopes)
                .map(String::trim).filter(s -> !s.isEmpty());
        var roles = List.ofAll(permissions.roles == null ? java.util.List.of() : permissions.roles)
                .map(String::trim).filter(s -> !s.isEmpty());
        if (scopes.isEmpty() && roles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--scope or --role needs at least one permission name");
        }
        var tid = TenantOption.parse(spec.commandLine(), "--tenant", tenant);
        byte[] key = DevelopmentKey.loadOrCreate(dataDir);
        Instant now = Instant.now();
        String token = DevelopmentTokens.sign(key, new DevelopmentTokens.Claims(subject, tid.toString(), scopes, roles,
                null, null, now, now.plus(Duration.ofMinutes(minutes))));
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
