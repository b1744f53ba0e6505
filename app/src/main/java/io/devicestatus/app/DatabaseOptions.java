package io.devicestatus.app;

import io.devicestatus.adapter.sql.SqlStoreOptions;
import io.devicestatus.app.metrics.StoreInstrumentation;
import io.devicestatus.domain.common.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the SQL store is, for every command that opens it: the embedded H2 database, or one by JDBC URL. */
final class DatabaseOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--data-dir", defaultValue = "./data")
    Path dataDir;

    @picocli.CommandLine.Option(names = "--jdbc-url")
    String jdbcUrl;

    @picocli.CommandLine.Option(names = "--jdbc-user", defaultValue = "")
    String jdbcUser;

    @picocli.CommandLine.Option(names = "--jdbc-password")
    String jdbcPassword;

    @picocli.CommandLine.Option(names = "--jdbc-password-file", paramLabel = "FILE")
    Path jdbcPasswordFile;

    @picocli.CommandLine.Option(names = "--existing-rows-tenant", paramLabel = "GUID")
    String existingRowsTenant;

    @picocli.CommandLine.Option(names = "--db-schema", paramLabel = "NAME")
    String dbSchema;

    @picocli.CommandLine.Option(
            names = "--db-history-table",
            paramLabel = "NAME",
            defaultValue = SqlStoreOptions.DEFAULT_HISTORY_TABLE)
    String dbHistoryTable;

    /**
     * The SQL store these options name, for the batch commands: its schema migrated (statuses stored before tenants
     * moving to {@code --existing-rows-tenant}) or, for commands that only read, required to be current; or why it
     * cannot be used.
     */
    Either<String, Storage> storage(Storage.Schema schema) {
        return Storage.sql(
                url(),
                user(),
                password(),
                schema == Storage.Schema.MIGRATE ? existingRowsTenant() : Option.none(),
                schema,
                PoolSettings.batch(),
                storeOptions(),
                Clock.systemUTC(),
                StoreInstrumentation.NONE);
    }

    /**
     * Where the store's tables and Flyway history are: {@code --db-schema} (the connection's schema when not given)
     * and {@code --db-history-table}; a usage error naming the option when either is no plain SQL name.
     */
    SqlStoreOptions storeOptions() {
        var options = SqlStoreOptions.defaults();
        try {
            options = options.withHistoryTable(dbHistoryTable);
        } catch (IllegalArgumentException e) {
            throw usage("--db-history-table", e);
        }
        try {
            return options.withSchema(dbSchema);
        } catch (IllegalArgumentException e) {
            throw usage("--db-schema", e);
        }
    }

    private ParameterException usage(String option, IllegalArgumentException e) {
        return new ParameterException(
                spec.commandLine(), option + ": " + e.getMessage(), spec.findOption(option), null);
    }

    /** Whether a database other than the embedded one was named. */
    boolean external() {
        return jdbcUrl != null;
    }

    /**
     * The database's JDBC URL: {@code --jdbc-url}, or the embedded H2 database's files under {@code --data-dir},
     * which is made here: a directory that cannot be made is a one-line usage error, where H2 would print its stack
     * trace (it writes one to standard error when it cannot open its trace file).
     */
    String url() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--data-dir " + dataDir + " cannot hold the embedded" + " database: "
                            + FileErrors.whyNoDirectory(dataDir, e),
                    spec.findOption("--data-dir"),
                    null);
        }
        return Storage.h2Url(dataDir);
    }

    String user() {
        return jdbcUrl != null ? jdbcUser : "sa";
    }

    /**
     * {@code --jdbc-password} or the content of {@code --jdbc-password-file}, for {@code --jdbc-url}; a usage error
     * when both are given, or the file cannot be read, or either without {@code --jdbc-url}.
     */
    String password() {
        if (jdbcPassword != null && jdbcPasswordFile != null) {
            throw new ParameterException(spec.commandLine(), "give --jdbc-password or --jdbc-password-file, not both");
        }
        if (jdbcUrl == null) {
            if (jdbcPassword != null || jdbcPasswordFile != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--jdbc-password and --jdbc-password-file need"
                                + " --jdbc-url: the embedded database has no password");
            }
            return "";
        }
        if (jdbcPasswordFile == null) {
            return jdbcPassword == null ? "" : jdbcPassword;
        }
        try {
            return SecretFile.read(jdbcPasswordFile);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--jdbc-password-file " + jdbcPasswordFile + ": cannot read it: " + FileErrors.why(e),
                    spec.findOption("--jdbc-password-file"),
                    null);
        }
    }

    /** {@code --existing-rows-tenant}, checked as a GUID (a usage error otherwise). */
    Option<TenantId> existingRowsTenant() {
        return Option.of(existingRowsTenant)
                .map(text -> TenantOption.parse(spec.commandLine(), "--existing-rows-tenant", text));
    }
}
