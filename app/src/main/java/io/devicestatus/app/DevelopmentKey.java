package io.devicestatus.app;

import io.devicestatus.adapter.graph.auth.DevelopmentTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * The HS256 key of development auth, kept in the data directory ({@value #FILE_NAME}, Base64, readable by its owner
 * only) so that {@code serve} and {@code token} on the same directory agree. Never for production: whoever reads
 * the file can mint any token.
 */
final class DevelopmentKey {

    static final String FILE_NAME = "dev-signing-key";

    private DevelopmentKey() {
    }

    /**
     * The key of {@code dataDir}, made on first use.
     *
     * @throws IOException when the directory cannot hold it, its message naming the directory and why
     */
    static byte[] loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        String text;
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                try {
                    write(file, Base64.getEncoder().encodeToString(DevelopmentTokens.newSecret()));
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IOException("cannot keep the development key in the data directory " + dataDir + ": "
                    + FileErrors.whyNoDirectory(dataDir, e), e);
        }
        byte[] key = Base64.getDecoder().decode(text.trim());
        if (key.length < 32) {
            throw new IOException(file + " holds " + key.length + " bytes; an HS256 key needs at least 32. Delete it"
                    + " to make a new one.");
        }
        return key;
    }

    private static void write(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
