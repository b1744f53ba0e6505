package io.devicestatus.app;

import io.devicestatus.adapter.sql.MigrationOptions;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code migrate}: the SQL schema managed apart from serving, as operators of Flyway-managed databases expect;
 * {@code migrate info} says where it stands, {@code migrate validate} whether what was applied is what this release
 * ships. Exit codes: 0 done (valid, current), 1 refused or failed (the message says why), 2 a usage error.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Bring the SQL schema to this release's version (the embedded database, or --jdbc-url).",
        subcommands = {MigrateCommand.Info.class, MigrateCommand.Validate.class})
final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        var options = new MigrationOptions(database.existingRowsTenant(), Storage.EXISTING_ROWS_TENANT_OPTION);
        return withDatabase(spec, database, opened -> {
            var result = opened.store().migrate(options);
            spec.commandLine()
                    .getOut()
                    .println(
                            result.applied() == 0
                                    ? "device-status: schema of " + opened.description() + " is at version "
                                            + result.to() + ", this release's; nothing to do"
                                    : "device-status: migrated " + opened.description() + " from version "
                                            + result.from().getOrElse("none (empty database)") + " to " + result.to()
                                            + " ("
                                            + result.applied()
                                            + (result.applied() == 1 ? " migration)" : " migrations)"));
            return 0;
        });
    }

    /** Runs {@code work} on the opened database; a refusal or failure is one line on standard error and exit 1. */
    static int withDatabase(CommandSpec spec, DatabaseOptions database, Function<SqlDatabase, Integer> work) {
        var opened = SqlDatabase.open(database.url(), database.user(), database.password(), database.storeOptions());
        if (opened.isLeft()) {
            spec.commandLine().getErr().println("device-status: " + opened.getLeft());
            return 1;
        }
        try (var db = opened.get()) {
            return work.apply(db);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("device-status: " + db(opened.get()) + SqlDatabase.rootMessage(e));
            return 1;
        }
    }

    private static String db(SqlDatabase database) {
        return "the database at " + database.printableUrl() + ": ";
    }

    /** {@code migrate info}: the schema's version, this release's, and what migrating would apply. */
    @Command(
            name = "info",
            mixinStandardHelpOptions = true,
            description = "Say where the schema stands: its version, this release's, and what migrate would apply.")
    static final class Info extends OnDatabase {

        @Override
        int run(SqlDatabase opened) {
            var status = opened.store().schemaStatus();
            var out = spec.commandLine().getOut();
            out.println("database:        " + opened.description());
            out.println("history table:   " + opened.store().historyTable());
            out.println("schema version:  " + status.currentText());
            out.println("this release:    " + status.latest());
            out.println("pending:         "
                    + (status.pending().isEmpty() ? "none" : status.pending().mkString(", ")));
            if (!status.newer().isEmpty()) {
                out.println("unknown (newer): " + status.newer().mkString(", "));
            }
            out.println(
                    status.upToDate()
                            ? "up to date"
                            : status.newer().isEmpty()
                                    ? "behind: run 'device-status migrate'"
                                    : "ahead: migrated by a newer release, which this one must not use");
            return 0;
        }
    }

    /** {@code migrate validate}: whether the applied migrations are this release's (versions and checksums). */
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Check that the migrations applied are this release's (versions, checksums); exit 1 if not.")
    static final class Validate extends OnDatabase {

        @Override
        int run(SqlDatabase opened) {
            var differences = opened.store().validateSchema();
            var status = opened.store().schemaStatus();
            if (differences.isEmpty()) {
                spec.commandLine()
                        .getOut()
                        .println("device-status: the migrations applied to "
                                + opened.description() + " are this release's (schema version "
                                + status.currentText()
                                + (status.pending().isEmpty()
                                        ? ""
                                        : "; pending: " + status.pending().mkString(", "))
                                + ")");
                return 0;
            }
            var err = spec.commandLine().getErr();
            err.println("device-status: the migrations applied to " + opened.description()
                    + " differ from this release's:");
            differences.forEach(difference -> err.println("  " + difference));
            return 1;
        }
    }

    /**
     * A subcommand of {@code migrate} that reads the database: its options, and what it does with the database once
     * opened ({@link #withDatabase} turns a refusal or failure into one line and exit 1).
     */
    abstract static class OnDatabase implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public final Integer call() {
            return withDatabase(spec, database, this::run);
        }

        /** The exit code of the work on {@code opened}. */
        abstract int run(SqlDatabase opened);
    }
}
