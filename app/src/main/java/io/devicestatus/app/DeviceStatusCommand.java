package io.devicestatus.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar device-status.jar}: the entry point, with the commands {@code serve}, {@code migrate} and {@code token}. */
@Command(name = "device-status", mixinStandardHelpOptions = true, version = "device-status 0.1.0-SNAPSHOT",
        description = "Graph-compatible device-status records (iOS update, app configuration and app install statuses).",
        subcommands = {ServeCommand.class, MigrateCommand.class, ImportCommand.class, TokenCommand.class, CommandLine.HelpCommand.class})
public final class DeviceStatusCommand {

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip of the day on first use; a server's log is no place for them
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests that run commands in process. */
    static CommandLine commandLine() {
        return new CommandLine(new DeviceStatusCommand());
    }
}
