package io.devicestatus.app;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every option of every command from the environment, as containers and service managers configure programs:
 * {@code --jdbc-url} as {@code DEVICE_STATUS_JDBC_URL}. The command line wins over the environment, the environment
 * over the annotated default (picocli asks a default provider only for options the command line did not give). Lists
 * are comma-separated, flags {@code true} or {@code false}. Every password option has a {@code -file} twin
 * ({@code --jdbc-password-file}, so {@code DEVICE_STATUS_JDBC_PASSWORD_FILE}): the secret itself need not sit in the
 * environment. An empty variable counts as unset.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    static final String PREFIX = "DEVICE_STATUS_";

    private final Map<String, String> environment;

    private EnvironmentDefaults(Map<String, String> environment) {
        // an empty variable is an unset one, as templated deployments (compose's ${X:-}) leave them
        this.environment = Objects.requireNonNull(environment, "environment").entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX) && !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * {@code commandLine} and all its subcommands taking defaults from {@code environment}: errors about a value
     * from it name the variable, and each command's help ends saying which variable sets which option.
     */
    static CommandLine install(CommandLine commandLine, Map<String, String> environment) {
        var defaults = new EnvironmentDefaults(environment);
        commandLine.setDefaultValueProvider(defaults); // reaches every subcommand added so far, which is all of them
        commandLine.setParameterExceptionHandler(defaults::handle);
        addFooters(commandLine, true);
        return commandLine;
    }

    /** The variable that sets {@code option}: its longest name, upper-cased, {@code -} as {@code _}. */
    static String variable(OptionSpec option) {
        return PREFIX
                + option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * Who gave the option named {@code name} of {@code spec}'s command: the option itself on the command line, or
     * the environment variable; none when it has its annotated default. For messages, and for choices that depend
     * on whether an operator asked for something (serve's data directory with the memory store).
     */
    static Option<String> givenBy(CommandSpec spec, String name) {
        OptionSpec option = spec.findOption(name);
        var parsed = spec.commandLine().getParseResult();
        if (parsed != null && parsed.hasMatchedOption(option)) {
            return Option.some(name);
        }
        return spec.defaultValueProvider() instanceof EnvironmentDefaults defaults
                ? defaults.source(option)
                : Option.none();
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String name = variable(option);
        String value = environment.get(name);
        // picocli expands ${...} and $$ in a default; a password from the environment must arrive as written
        return value == null || !option.command().interpolateVariables() ? value : value.replace("$", "$$");
    }

    /** The variable that gave {@code option} a value, if one did. */
    private Option<String> source(OptionSpec option) {
        String name = variable(option);
        return environment.containsKey(name) ? Option.some(name) : Option.none();
    }

    /**
     * A usage error, as one line and a pointer to the help (a page of usage would bury the line), naming the
     * environment variable when its value was the wrong one.
     */
    private int handle(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        var err = command.getErr();
        err.println(command.getColorScheme().errorText(namingVariable(ex)));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
        }
        err.flush();
        return command.getExitCodeExceptionMapper() != null
                ? command.getExitCodeExceptionMapper().getExitCode(ex)
                : command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * The message, and which of the options it is about came from the environment: the one the exception names, and
     * those the message mentions (checks made after parsing name options only in their text).
     */
    private String namingVariable(ParameterException ex) {
        var parsed = ex.getCommandLine().getParseResult();
        var fromEnvironment = ex.getCommandLine().getCommandSpec().options().stream()
                .filter(o -> o == ex.getArgSpec() || mentions(ex.getMessage(), o))
                .filter(o -> parsed == null || !parsed.hasMatchedOption(o))
                .flatMap(o -> source(o)
                        .map(name -> o.longestName() + " from the environment variable " + name)
                        .toJavaStream())
                .distinct()
                .toList();
        return fromEnvironment.isEmpty()
                ? ex.getMessage()
                : ex.getMessage() + " (" + String.join(", ", fromEnvironment) + ")";
    }

    private static boolean mentions(String message, OptionSpec option) {
        return message != null
                && Pattern.compile("(?<![\\w-])" + Pattern.quote(option.longestName()) + "(?![\\w-])")
                        .matcher(message)
                        .find();
    }

    private static void addFooters(CommandLine commandLine, boolean top) {
        var spec = commandLine.getCommandSpec();
        var lines = new ArrayList<>(List.of(spec.usageMessage().footer()));
        if (top) {
            lines.add("");
            lines.add("Every option of every command can also be set by an environment variable: its name in capitals,"
                    + " - as _, after " + PREFIX + ", e.g. --jdbc-url as DEVICE_STATUS_JDBC_URL. The command line wins."
                    + " Lists are comma-separated, flags true or false. A password is best read from a file:"
                    + " --jdbc-password-file, or DEVICE_STATUS_JDBC_PASSWORD_FILE.");
        } else {
            var options = spec.options().stream()
                    .filter(o -> !o.usageHelp() && !o.versionHelp())
                    .toList();
            if (!options.isEmpty()) {
                lines.add("");
                lines.add("Every option can also be set by an environment variable (the command line wins; lists"
                        + " comma-separated, flags true or false): "
                        + options.stream()
                                .map(o -> o.longestName() + " as " + variable(o))
                                .collect(Collectors.joining(", "))
                        + ".");
            }
        }
        spec.usageMessage().footer(lines.toArray(String[]::new));
        commandLine.getSubcommands().values().stream().distinct().forEach(sub -> addFooters(sub, false));
    }
}
