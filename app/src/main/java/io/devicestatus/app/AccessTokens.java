package io.devicestatus.app;

import io.devicestatus.adapter.graph.client.AccessTokenProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code serve --store graph} takes its access token from. Both are read before every request, so a token
 * refreshed by another process (a sidecar writing the file) is picked up. Messages name the source, never the token.
 */
final class AccessTokens {

    private AccessTokens() {}

    /** The file's content without surrounding whitespace. */
    static AccessTokenProvider fromFile(Path file) {
        return () -> {
            try {
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token file " + file, e);
            }
        };
    }

    /** The variable's value without surrounding whitespace. */
    static AccessTokenProvider fromEnvironment(String name) {
        return () -> {
            String value = System.getenv(name);
            if (value == null) {
                throw new IllegalStateException("the environment variable " + name + " is not set");
            }
            return value.strip();
        };
    }
}
