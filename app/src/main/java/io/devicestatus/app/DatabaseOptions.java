package io.devicestatus.app;

import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Option;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Where the SQL store is, for every command that opens it: the embedded H2 database, or one by JDBC URL. */
final class DatabaseOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--data-dir", defaultValue = "./data",
            description = "Holds the embedded database (and serve's development key) (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @picocli.CommandLine.Option(names = "--jdbc-url",
            description = "A PostgreSQL, MariaDB or H2 database instead of the embedded one.")
    String jdbcUrl;

    @picocli.CommandLine.Option(names = "--jdbc-user", defaultValue = "", description = "Database user.")
    String jdbcUser;

    @picocli.CommandLine.Option(names = "--jdbc-password", defaultValue = "", description = "Database password.")
    String jdbcPassword;

    @picocli.CommandLine.Option(names = "--existing-rows-tenant", paramLabel = "GUID", description = "The tenant that"
            + " statuses stored before tenants (schema version 2 or older) belong to, for the migration to move them"
            + " to; not needed for a new or already migrated database.")
    String existingRowsTenant;

    /** Whether a database other than the embedded one was named. */
    boolean external() {
        return jdbcUrl != null;
    }

    /** The database's JDBC URL: {@code --jdbc-url}, or the embedded H2 database's files under {@code --data-dir}. */
    String url() {
        return jdbcUrl != null ? jdbcUrl : Storage.h2Url(dataDir);
    }

    String user() {
        return jdbcUrl != null ? jdbcUser : "sa";
    }

    String password() {
        return jdbcUrl != null ? jdbcPassword : "";
    }

    /** {@code --existing-rows-tenant}, checked as a GUID (a usage error otherwise). */
    Option<TenantId> existingRowsTenant() {
        return Option.of(existingRowsTenant)
                .map(text -> TenantOption.parse(spec.commandLine(), "--existing-rows-tenant", text));
    }
}
