package io.devicestatus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {

    @TempDir
    Path dir;

    @Test
    void a_token_file_is_read_again_for_every_request_so_a_rotated_token_is_used() throws Exception {
        var file = dir.resolve("token");
        Files.writeString(file, "first-token\n");
        var tokens = AccessTokens.fromFile(file);

        assertThat(tokens.accessToken()).isEqualTo("first-token");
        Files.writeString(file, "  second-token ");
        assertThat(tokens.accessToken()).isEqualTo("second-token");
    }

    @Test
    void a_missing_file_or_variable_is_named_without_any_token() {
        assertThatThrownBy(() -> AccessTokens.fromFile(dir.resolve("absent")).accessToken())
                .hasMessageContaining("cannot read the token file")
                .hasMessageContaining("absent");
        assertThatThrownBy(() -> AccessTokens.fromEnvironment("DEVICE_STATUS_NO_SUCH_VARIABLE")
                        .accessToken())
                .hasMessageContaining("DEVICE_STATUS_NO_SUCH_VARIABLE is not set");
    }
}
