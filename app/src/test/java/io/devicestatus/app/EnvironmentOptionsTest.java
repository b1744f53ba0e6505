package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Options from {@code DEVICE_STATUS_*} environment variables, given to the command line as a map. */
class EnvironmentOptionsTest {

    private static final String TENANT_A = ServerUnderTest.TENANT;
    private static final String TENANT_B = TenantsEndToEndContract.TENANT_B;

    @TempDir
    Path dir;

    static CommandLineTest.Run run(Map<String, String> environment, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = DeviceStatusCommand.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CommandLineTest.Run(exit, out.toString(), err.toString());
    }

    /** {@code serve} parsed, not run: its options as the environment and {@code args} set them. */
    static ServeCommand parsedServe(Map<String, String> environment, String... args) {
        var commandLine = DeviceStatusCommand.commandLine(environment);
        var all = new java.util.ArrayList<>(java.util.List.of("serve"));
        all.addAll(java.util.List.of(args));
        commandLine.parseArgs(all.toArray(String[]::new));
        return commandLine.getSubcommands().get("serve").getCommand();
    }

    @Test
    void environment_variables_set_options_of_every_kind() {
        var serve = parsedServe(Map.of(
                "DEVICE_STATUS_PORT",
                "9443",
                "DEVICE_STATUS_STORE",
                "memory",
                "DEVICE_STATUS_TENANT",
                TENANT_A + "," + TENANT_B,
                "DEVICE_STATUS_ANY_TENANT",
                "true",
                "DEVICE_STATUS_JDBC_URL",
                "jdbc:postgresql://db/status",
                "DEVICE_STATUS_DATA_DIR",
                dir.toString()));

        assertThat(serve.port).isEqualTo(9443);
        assertThat(serve.store).isEqualTo("memory");
        assertThat(serve.tenants).containsExactly(TENANT_A, TENANT_B);
        assertThat(serve.anyTenant).isTrue();
        assertThat(serve.database.jdbcUrl).isEqualTo("jdbc:postgresql://db/status");
        assertThat(serve.database.dataDir).isEqualTo(dir);

        var defaults = parsedServe(Map.of("DEVICE_STATUS_ANY_TENANT", "false", "DEVICE_STATUS_HOST", ""));
        assertThat(defaults.port).isEqualTo(8080);
        assertThat(defaults.host).as("an empty variable is unset").isEqualTo("127.0.0.1");
        assertThat(defaults.anyTenant).isFalse();
    }

    @Test
    void the_command_line_beats_the_environment_which_is_then_not_even_read() {
        var serve = parsedServe(
                Map.of("DEVICE_STATUS_PORT", "not-a-port", "DEVICE_STATUS_TENANT", TENANT_A),
                "--port",
                "9000",
                "--tenant",
                TENANT_B);

        assertThat(serve.port).isEqualTo(9000);
        assertThat(serve.tenants).containsExactly(TENANT_B);
    }

    @Test
    void token_takes_its_permissions_tenant_and_data_dir_from_the_environment() throws Exception {
        var run = run(
                Map.of(
                        "DEVICE_STATUS_DATA_DIR",
                        dir.toString(),
                        "DEVICE_STATUS_SCOPE",
                        "DeviceManagementConfiguration.Read.All,DeviceManagementApps.Read.All",
                        "DEVICE_STATUS_TENANT",
                        TENANT_A),
                "token",
                "--tenant",
                TENANT_B);

        assertThat(run.exit()).as(run.err()).isZero();
        var caller = NimbusTokenVerifier.development(DevelopmentKey.loadOrCreate(dir))
                .verify(run.lastLine())
                .get();
        assertThat(caller.scopes())
                .containsExactlyInAnyOrder("DeviceManagementConfiguration.Read.All", "DeviceManagementApps.Read.All");
        assertThat(caller.tenant()).hasToString(TENANT_B);
    }

    @Test
    void a_bad_value_from_the_environment_names_the_variable() {
        var port = run(Map.of("DEVICE_STATUS_PORT", "70000"), "serve", "--store", "memory");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err())
                .contains("--port", "'70000'", "0 to 65535", "from the environment variable DEVICE_STATUS_PORT")
                .doesNotContain("Exception");

        var flag = run(Map.of("DEVICE_STATUS_JSON", "yes"), "summary", "--tenant", TENANT_A, "--type", "ios-update");
        assertThat(flag.exit()).isEqualTo(2);
        assertThat(flag.err()).contains("'yes' is not a boolean", "DEVICE_STATUS_JSON");

        // checked after parsing, by code that names only the option
        var tenant = run(
                Map.of("DEVICE_STATUS_TENANT", "contoso", "DEVICE_STATUS_DATA_DIR", dir.toString()),
                "token",
                "--scope",
                "DeviceManagementApps.Read.All");
        assertThat(tenant.exit()).isEqualTo(2);
        assertThat(tenant.err())
                .contains(
                        "--tenant 'contoso' is not a tenant id",
                        "(--tenant from the environment variable DEVICE_STATUS_TENANT)");

        var onCommandLine = run(
                Map.of("DEVICE_STATUS_DATA_DIR", dir.toString()),
                "token",
                "--tenant",
                "contoso",
                "--scope",
                "DeviceManagementApps.Read.All");
        assertThat(onCommandLine.err()).contains("--tenant 'contoso'").doesNotContain("DEVICE_STATUS_TENANT");
    }

    @Test
    void a_usage_error_is_one_line_and_a_pointer_to_the_help() {
        var run = run(Map.of(), "serve", "--port", "-1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().split("\n"))
                .containsExactly(
                        "Invalid value for option '--port': '-1' is not a port: it must be 0 to 65535 (0: any free one)",
                        "Try 'device-status serve --help' for its options.");
    }

    @Test
    void a_password_comes_from_a_file_as_written_with_dollars_and_without_the_final_line_break() throws Exception {
        Path secret = dir.resolve("jdbc-password");
        Files.writeString(secret, "pa$$w${sys:user.home}rd \n");

        var serve = parsedServe(Map.of(
                "DEVICE_STATUS_JDBC_URL",
                "jdbc:postgresql://db/status",
                "DEVICE_STATUS_JDBC_PASSWORD_FILE",
                secret.toString()));
        assertThat(serve.database.password()).isEqualTo("pa$$w${sys:user.home}rd ");
        assertThat(parsedServe(Map.of("DEVICE_STATUS_JDBC_PASSWORD", "a$$b")).database.jdbcPassword)
                .isEqualTo("a$$b");

        var both = run(
                Map.of("DEVICE_STATUS_JDBC_PASSWORD_FILE", secret.toString(), "DEVICE_STATUS_JDBC_PASSWORD", "x"),
                "migrate");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err())
                .contains(
                        "give --jdbc-password or --jdbc-password-file, not both",
                        "DEVICE_STATUS_JDBC_PASSWORD",
                        "DEVICE_STATUS_JDBC_PASSWORD_FILE");

        var missing = run(
                Map.of(
                        "DEVICE_STATUS_JDBC_URL",
                        "jdbc:postgresql://127.0.0.1:1/none",
                        "DEVICE_STATUS_JDBC_PASSWORD_FILE",
                        dir.resolve("nope").toString()),
                "migrate");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .contains(
                        "--jdbc-password-file " + dir.resolve("nope") + ": cannot read it",
                        "does not exist",
                        "from the environment variable DEVICE_STATUS_JDBC_PASSWORD_FILE");
    }

    @Test
    void help_says_which_variable_sets_which_option() {
        assertThat(run(Map.of(), "--help").out().replaceAll("\\s+", " "))
                .contains("--jdbc-url as DEVICE_STATUS_JDBC_URL", "DEVICE_STATUS_JDBC_PASSWORD_FILE");
        assertThat(run(Map.of(), "serve", "--help").out().replaceAll("\\s+", " "))
                .contains(
                        "--port as DEVICE_STATUS_PORT",
                        "--jdbc-password as DEVICE_STATUS_JDBC_PASSWORD",
                        "--tls-keystore-password-file as DEVICE_STATUS_TLS_KEYSTORE_PASSWORD_FILE",
                        "--jdbc-password-file as DEVICE_STATUS_JDBC_PASSWORD_FILE");
    }

    @Test
    void help_shows_defaults_from_the_environment_but_never_a_password() {
        var environment = new HashMap<String, String>();
        environment.put("DEVICE_STATUS_PORT", "9443");
        var secrets = new java.util.ArrayList<String>();
        forEachOption(DeviceStatusCommand.commandLine(Map.of()), option -> {
            if (option.longestName().endsWith("-password")) {
                String marker = "secret-" + secrets.size() + "-marker";
                environment.put(EnvironmentDefaults.variable(option), marker);
                secrets.add(marker);
            }
        });
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(2); // --jdbc-password and --tls-keystore-password at least

        var help = new StringWriter();
        forEachCommand(DeviceStatusCommand.commandLine(environment), command -> command.usage(new PrintWriter(help)));

        assertThat(help.toString()).contains("(default: 9443)"); // so the environment does reach the help text
        assertThat(help.toString()).doesNotContain(secrets);
    }

    @Test
    void every_list_option_splits_on_commas_so_that_the_environment_can_give_several() {
        var unsplit = new java.util.ArrayList<String>();
        forEachCommand(
                DeviceStatusCommand.commandLine(Map.of()),
                command -> command.getCommandSpec().options().stream()
                        .filter(o -> o.isMultiValue() && o.splitRegex().isEmpty())
                        .forEach(o -> unsplit.add(command.getCommandName() + " " + o.longestName())));

        assertThat(unsplit).isEmpty();
    }

    private static void forEachCommand(CommandLine commandLine, java.util.function.Consumer<CommandLine> action) {
        action.accept(commandLine);
        commandLine.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
    }

    private static void forEachOption(CommandLine commandLine, java.util.function.Consumer<OptionSpec> action) {
        forEachCommand(
                commandLine, command -> command.getCommandSpec().options().forEach(action));
    }
}
