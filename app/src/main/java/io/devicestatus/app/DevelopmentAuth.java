package io.devicestatus.app;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * {@code serve}'s development auth: the HS256 key tokens are signed with, and how a developer gets a token. With a
 * data directory the key is kept there, for {@code token} to sign with. The memory store keeps nothing on disk, so
 * unless a data directory is named its key stays in memory, and the server prints one token at start instead, since
 * {@code token} cannot sign for a key it cannot read.
 */
final class DevelopmentAuth {

    /** Long enough for a working session with one server; short enough that a pasted log does not grant for days. */
    static final Duration STARTUP_TOKEN_LIFETIME = Duration.ofHours(8);

    private final byte[] key;
    private final Option<Path> dataDir;

    private DevelopmentAuth(byte[] key, Option<Path> dataDir) {
        this.key = Objects.requireNonNull(key, "key");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    /** A key in memory only, gone at exit. */
    static DevelopmentAuth inMemory() {
        return new DevelopmentAuth(DevelopmentTokens.newSecret(), Option.none());
    }

    /** The key of {@code dataDir}, made on first use; an exception naming the directory and why it cannot be. */
    static DevelopmentAuth inDataDir(Path dataDir) throws IOException {
        return new DevelopmentAuth(DevelopmentKey.loadOrCreate(dataDir), Option.some(dataDir));
    }

    byte[] key() {
        return key.clone();
    }

    /** What the start-up line says about auth. */
    String description() {
        return dataDir.map(dir -> "development (HS256 key " + dir.resolve(DevelopmentKey.FILE_NAME)
                        + "; mint tokens with: " + Launcher.command() + " token --data-dir " + dir
                        + " --scope PERMISSION)")
                .getOrElse("development (HS256 key in memory only, gone at exit; 'token' cannot sign for it, so"
                        + " here is one token)");
    }

    /**
     * For a key in memory only, a start-up line with a token of the development tenant holding every permission;
     * none when {@code token} can sign with the key.
     */
    Option<String> startupToken(Instant now) {
        if (dataDir.isDefined()) {
            return Option.none();
        }
        Instant until = now.plus(STARTUP_TOKEN_LIFETIME).truncatedTo(ChronoUnit.SECONDS);
        String token = DevelopmentTokens.sign(
                key,
                new DevelopmentTokens.Claims(
                        "developer",
                        TokenCommand.DEVELOPMENT_TENANT,
                        List.ofAll(TokenCommand.knownPermissions()),
                        List.empty(),
                        null,
                        null,
                        now,
                        until));
        return Option.some("development token (delegated, every permission, tenant " + TokenCommand.DEVELOPMENT_TENANT
                + ", valid until " + until + "): " + token);
    }
}
