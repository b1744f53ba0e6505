package io.devicestatus.app;

import io.devicestatus.app.logging.LogOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code java -jar device-status.jar}: the entry point, with the commands {@code serve}, {@code migrate}, {@code import},
 * {@code export}, {@code summary}, {@code sync} and {@code token}; {@code --log-level} and {@code --log-format} apply
 * to each.
 */
@Command(
        name = "device-status",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "io.devicestatus.app.help", // every option's description, for every subcommand too
        description =
                "Graph-compatible device-status records (iOS update, app configuration and app install statuses).",
        subcommands = {
            ServeCommand.class,
            MigrateCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SummaryCommand.class,
            SyncCommand.class,
            TokenCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DeviceStatusCommand {

    @Mixin
    LogOptions logging;

    public static void main(String[] args) {
        // No system property for jOOQ's banner or jboss-logging's provider: the library sees to both (README,
        // "Embedding: logging"), and OperationsJarIT checks the jar's log for them.
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests that run commands in process: logging options applied before a command runs. */
    static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line taking option defaults from {@code environment} ({@code DEVICE_STATUS_*}), for tests. */
    static CommandLine commandLine(java.util.Map<String, String> environment) {
        var commandLine = new CommandLine(new DeviceStatusCommand());
        // every Duration option (the pool's timeouts, serve's --drain-delay) is written 500ms, 3s, 2m or ISO-8601
        commandLine.registerConverter(java.time.Duration.class, new PoolOptions.DurationConverter());
        // 'serve --version' too: subcommands have the standard options but no version of their own
        commandLine
                .getSubcommands()
                .values()
                .forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
        return EnvironmentDefaults.install(commandLine, environment).setExecutionStrategy(LogOptions::execute);
    }
}
