package io.devicestatus.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar device-status.jar}: the entry point, with the commands {@code serve}, {@code migrate}, {@code import},
 * {@code export}, {@code summary}, {@code sync} and {@code token}.
 */
@Command(name = "device-status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Graph-compatible device-status records (iOS update, app configuration and app install statuses).",
        subcommands = {ServeCommand.class, MigrateCommand.class, ImportCommand.class, ExportCommand.class,
                SummaryCommand.class, SyncCommand.class, TokenCommand.class, CommandLine.HelpCommand.class})
public final class DeviceStatusCommand {

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip of the day on first use; a server's log is no place for them
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // the pool's and Flyway's start-up lines belong in a server's log, not between a command's answers
        if (args.length == 0 || !args[0].equals("serve")) {
            System.setProperty("device-status.log.level", System.getProperty("device-status.log.level", "WARN"));
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests that run commands in process. */
    static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line taking option defaults from {@code environment} ({@code DEVICE_STATUS_*}), for tests. */
    static CommandLine commandLine(java.util.Map<String, String> environment) {
        var commandLine = new CommandLine(new DeviceStatusCommand());
        // 'serve --version' too: subcommands have the standard options but no version of their own
        commandLine.getSubcommands().values()
                .forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
        return EnvironmentDefaults.install(commandLine, environment);
    }
}
