package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devicestatus.adapter.graph.auth.NimbusTokenVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What used to end in a stack trace or a wrong answer: ports out of range, a data directory that cannot be, unknown
 * permissions, a hard-coded version; each now one line and a non-zero exit.
 */
class CommandLineRefusalsTest {

    @TempDir
    Path dir;

    private static CommandLineTest.Run run(String... args) {
        return EnvironmentOptionsTest.run(Map.of(), args);
    }

    @Test
    void serve_refuses_a_port_outside_0_to_65535_as_a_usage_error() {
        for (String port : new String[] {"70000", "-1", "http"}) {
            var run = run("serve", "--store", "memory", "--port", port);

            assertThat(run.exit()).as(port).isEqualTo(2);
            assertThat(run.err())
                    .contains("Invalid value for option '--port': '" + port + "' is not a port: it must"
                            + " be 0 to 65535")
                    .doesNotContain("Exception", "\tat ");
            assertThat(run.out()).doesNotContain("serving");
        }
    }

    @Test
    void a_data_dir_that_cannot_be_made_is_named_with_the_reason() throws Exception {
        // a file as the parent fails even for root, who may write into read-only directories
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Path dataDir = file.resolve("data");

        for (var run : java.util.List.of(
                run("serve", "--data-dir", dataDir.toString()),
                run("serve", "--store", "memory", "--data-dir", dataDir.toString()),
                run("token", "--data-dir", dataDir.toString(), "--scope", ServerUnderTest.CONFIG_READ))) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().lines().findFirst().orElseThrow())
                    .startsWith("cannot keep the development key in the data directory " + dataDir + ": " + file
                            + " is a file, not a directory");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void token_refuses_a_permission_the_server_does_not_know_listing_those_it_does() {
        var run = run("token", "--data-dir", dir.toString(), "--scope", ServerUnderTest.CONFIG_READ + ",Foo.Bar");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("--scope Foo.Bar: not a permission the server checks; known:"
                        + " DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All,"
                        + " DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All");
        assertThat(run.out()).isEmpty();

        var caseMatters = run("token", "--data-dir", dir.toString(), "--role", "devicemanagementapps.read.all");
        assertThat(caseMatters.exit()).isEqualTo(2);
        assertThat(caseMatters.err()).contains("--role devicemanagementapps.read.all: not a permission");
    }

    @Test
    void version_is_the_build_s_and_names_the_java_running_it() {
        String expected = System.getProperty("device-status.expected-version");
        assertThat(expected)
                .as("surefire passes the pom's version")
                .isNotBlank()
                .doesNotContain("${");

        var top = run("--version");
        assertThat(top.exit()).isZero();
        assertThat(top.out())
                .startsWith("device-status " + expected + "\n")
                .contains("Java " + Runtime.version())
                .doesNotContain("${");
        assertThat(run("serve", "--version").out()).isEqualTo(top.out());
    }

    @Test
    void the_memory_store_s_key_stays_in_memory_and_its_start_up_token_opens_everything() {
        var auth = DevelopmentAuth.inMemory();
        var line = auth.startupToken(Instant.now()).get();

        String token = line.substring(line.lastIndexOf(' ') + 1);
        var caller = NimbusTokenVerifier.development(auth.key()).verify(token).get();
        assertThat(caller.scopes()).containsExactlyInAnyOrderElementsOf(TokenCommand.knownPermissions());
        assertThat(caller.tenant()).hasToString(TokenCommand.DEVELOPMENT_TENANT);
        assertThat(line).startsWith("development token (delegated, every permission");
        assertThat(auth.description()).contains("in memory only");
    }

    @Test
    void a_key_in_a_data_dir_is_described_with_how_to_mint_tokens_for_it() throws Exception {
        var auth = DevelopmentAuth.inDataDir(dir);

        assertThat(auth.startupToken(Instant.now())).isEmpty();
        // the test runs from classes, not a jar: the generic name
        assertThat(auth.description()).contains("mint tokens with: device-status token --data-dir " + dir);
        assertThat(dir.resolve(DevelopmentKey.FILE_NAME)).exists();
    }
}
