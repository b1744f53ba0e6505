package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code device-status} commands in process: what they print, and how they refuse bad options. */
class CommandLineTest {

    private static final String TENANT_A = ServerUnderTest.TENANT;
    private static final String TENANT_B = TenantsEndToEndContract.TENANT_B;

    @TempDir
    Path dataDir;

    /** Exit code, standard output, standard error. */
    record Run(int exit, String out, String err) {
        String lastLine() {
            var lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = DeviceStatusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void token_prints_a_token_of_the_data_dir_key_alone_on_the_last_line() throws Exception {
        var run = run(
                "token",
                "--data-dir",
                dataDir.toString(),
                "--scope",
                "DeviceManagementConfiguration.Read.All,DeviceManagementApps.Read.All");

        assertThat(run.exit()).isZero();
        assertThat(run.lastLine()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        var caller = NimbusTokenVerifier.development(DevelopmentKey.loadOrCreate(dataDir))
                .verify(run.lastLine())
                .get();
        assertThat(caller.delegated()).isTrue();
        assertThat(caller.scopes())
                .containsExactlyInAnyOrder("DeviceManagementConfiguration.Read.All", "DeviceManagementApps.Read.All");
        assertThat(caller.tenant()).hasToString(TokenCommand.DEVELOPMENT_TENANT);
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir.resolve(DevelopmentKey.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void token_with_roles_is_an_application_token_of_the_given_tenant() throws Exception {
        var run = run(
                "token",
                "--data-dir",
                dataDir.toString(),
                "--role",
                "DeviceManagementApps.ReadWrite.All",
                "--tenant",
                "9188040d-6c67-4c5b-b112-36a304b66dad",
                "--minutes",
                "5");

        var caller = NimbusTokenVerifier.development(DevelopmentKey.loadOrCreate(dataDir))
                .verify(run.lastLine())
                .get();
        assertThat(caller.delegated()).isFalse();
        assertThat(caller.roles()).containsExactly("DeviceManagementApps.ReadWrite.All");
        assertThat(caller.tenant()).hasToString("9188040d-6c67-4c5b-b112-36a304b66dad");
    }

    @Test
    void token_refuses_both_kinds_or_neither_or_a_lifetime_out_of_range() {
        assertThat(run("token", "--data-dir", dataDir.toString(), "--scope", "a", "--role", "b")
                        .exit())
                .isEqualTo(2);
        assertThat(run("token", "--data-dir", dataDir.toString()).err()).contains("--scope", "--role");
        var zero = run("token", "--data-dir", dataDir.toString(), "--scope", "a", "--minutes", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--minutes must be from 1 to 1440");
    }

    @Test
    void serve_refuses_unsafe_or_incomplete_production_auth_before_starting() {
        var noAudience = run("serve", "--data-dir", dataDir.toString(), "--jwks-file", "keys.json");
        assertThat(noAudience.exit()).isEqualTo(2);
        assertThat(noAudience.err()).contains("--audience is required");

        var plainHttp = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--jwks-url",
                "http://keys.example/jwks",
                "--audience",
                "api://x");
        assertThat(plainHttp.exit()).isEqualTo(2);
        assertThat(plainHttp.err()).contains("must be https");

        var issuerAlone = run("serve", "--data-dir", dataDir.toString(), "--issuer", "https://login.example");
        assertThat(issuerAlone.err()).contains("need --jwks-url or --jwks-file");
    }

    @Test
    void production_auth_refuses_to_start_without_an_issuer_a_tenant_rule_or_any_tenant() {
        var run = run("serve", "--data-dir", dataDir.toString(), "--jwks-file", "keys.json", "--audience", "api://x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("production auth needs a tenant rule", "--issuer", "--tenant", "--any-tenant")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("serving");
    }

    @Test
    void tenant_options_are_checked_before_starting() {
        var both = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--jwks-file",
                "keys.json",
                "--audience",
                "api://x",
                "--any-tenant",
                "--tenant",
                TENANT_A);
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--any-tenant and --tenant contradict each other");

        var notGuid = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--jwks-file",
                "keys.json",
                "--audience",
                "api://x",
                "--tenant",
                "contoso.onmicrosoft.com");
        assertThat(notGuid.exit()).isEqualTo(2);
        assertThat(notGuid.err()).contains("--tenant 'contoso.onmicrosoft.com' is not a tenant id");

        var otherIssuer = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--jwks-file",
                "keys.json",
                "--audience",
                "api://x",
                "--tenant",
                TENANT_A,
                "--issuer",
                "https://login.microsoftonline.com/" + TENANT_B + "/v2.0");
        assertThat(otherIssuer.exit()).isEqualTo(2);
        assertThat(otherIssuer.err()).contains("the issuer names tenant " + TENANT_B);

        var development = run("serve", "--data-dir", dataDir.toString(), "--tenant", TENANT_A);
        assertThat(development.exit()).isEqualTo(2);
        assertThat(development.err()).contains("need --jwks-url or --jwks-file");

        var token = run("token", "--data-dir", dataDir.toString(), "--scope", "a", "--tenant", "tenant-1");
        assertThat(token.exit()).isEqualTo(2);
        assertThat(token.err()).contains("--tenant 'tenant-1' is not a tenant id");
    }

    @Test
    void serve_with_the_graph_store_needs_to_know_its_tenant() throws Exception {
        var unreadable = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--store",
                "graph",
                "--graph-url",
                "https://graph.microsoft.com",
                "--token-env",
                "DEVICE_STATUS_TEST_NO_SUCH_VARIABLE");
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains("give --graph-tenant GUID");

        var tokenFile = dataDir.resolve("token.txt");
        Files.writeString(tokenFile, DevelopmentTokensForTests.jwtOfTenant(TENANT_A));
        var mismatch = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--store",
                "graph",
                "--graph-url",
                "https://graph.microsoft.com",
                "--token-file",
                tokenFile.toString(),
                "--graph-tenant",
                TENANT_B);
        assertThat(mismatch.exit()).isEqualTo(2);
        assertThat(mismatch.err())
                .contains("--graph-tenant " + TENANT_B + " is not the tenant the token is for (" + TENANT_A + ")");

        var notAllowed = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--store",
                "graph",
                "--graph-url",
                "https://graph.microsoft.com",
                "--token-file",
                tokenFile.toString(),
                "--jwks-file",
                "keys.json",
                "--audience",
                "api://x",
                "--tenant",
                TENANT_B);
        assertThat(notAllowed.exit()).isEqualTo(2);
        assertThat(notAllowed.err()).contains("the Graph store's tenant " + TENANT_A + " is not among --tenant");

        var notGraph = run("serve", "--data-dir", dataDir.toString(), "--store", "memory", "--graph-tenant", TENANT_A);
        assertThat(notGraph.exit()).isEqualTo(2);
        assertThat(notGraph.err()).contains("--graph-tenant needs --store graph");
    }

    @Test
    void serve_refuses_an_unknown_store_or_database() {
        var store = run("serve", "--data-dir", dataDir.toString(), "--store", "mongo");
        assertThat(store.exit()).isEqualTo(2);
        assertThat(store.err()).contains("--store must be sql, memory or graph");

        var oracle = run("serve", "--data-dir", dataDir.toString(), "--jdbc-url", "jdbc:oracle:thin:@x:1521:db");
        assertThat(oracle.exit()).isEqualTo(1);
        assertThat(oracle.err()).contains("unsupported JDBC URL", "jdbc:postgresql:");
    }

    @Test
    void serve_with_the_graph_store_needs_a_safe_url_and_exactly_one_token_source() {
        var noUrl = run("serve", "--data-dir", dataDir.toString(), "--store", "graph", "--token-env", "T");
        assertThat(noUrl.exit()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--store graph needs --graph-url");

        var plainHttp = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--store",
                "graph",
                "--graph-url",
                "http://graph.example.com",
                "--token-env",
                "T");
        assertThat(plainHttp.exit()).isEqualTo(2);
        assertThat(plainHttp.err()).contains("must be https");

        var twoSources = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--store",
                "graph",
                "--graph-url",
                "https://graph.microsoft.com",
                "--token-env",
                "T",
                "--token-file",
                "t.txt");
        assertThat(twoSources.exit()).isEqualTo(2);
        assertThat(twoSources.err()).contains("--token-file or --token-env (one)");

        var withJdbc = run(
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--store",
                "graph",
                "--graph-url",
                "https://graph.microsoft.com",
                "--token-env",
                "T",
                "--jdbc-url",
                "jdbc:h2:mem:x");
        assertThat(withJdbc.exit()).isEqualTo(1);
        assertThat(withJdbc.err()).contains("--jdbc-url cannot be used with --store graph");
    }

    @Test
    void serve_on_a_port_in_use_says_so() throws Exception {
        try (var taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var run = run(
                    "serve",
                    "--data-dir",
                    dataDir.toString(),
                    "--store",
                    "memory",
                    "--port",
                    String.valueOf(taken.getLocalPort()));

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("port " + taken.getLocalPort(), "in use");
        }
    }

    @Test
    void jdbc_urls_are_printed_without_their_password() {
        assertThat(SqlDatabase.withoutPassword("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }
}
