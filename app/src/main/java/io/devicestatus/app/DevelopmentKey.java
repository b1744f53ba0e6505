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

    private DevelopmentKey() {}

    /**
     * The key of {@code dataDir}, made on first use. Several processes may make it at once (instances started
     * together on one data directory): the first whole file wins and all of them load it.
     *
     * @throws IOException when the directory cannot hold it, its message naming the directory and why
     */
    static byte[] loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        String text;
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                create(dataDir, file, Base64.getEncoder().encodeToString(DevelopmentTokens.newSecret()));
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IOException(
                    "cannot keep the development key in the data directory " + dataDir + ": "
                            + FileErrors.whyNoDirectory(dataDir, e),
                    e);
        }
        byte[] key = Base64.getDecoder().decode(text.trim());
        if (key.length < 32) {
            throw new IOException(file + " holds " + key.length + " bytes; an HS256 key needs at least 32. Delete it"
                    + " to make a new one.");
        }
        return key;
    }

    /**
     * Writes the key to a temporary file, then links it in under its name: the name appears only with the whole
     * key behind it (a reader never sees a file half written), and a link fails where the name is taken, so a
     * process that lost the race uses the winner's key rather than replacing it.
     */
    private static void create(Path dataDir, Path file, String text) throws IOException {
        Path temporary = temporaryFile(dataDir);
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temporary);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temporary, file); // fails where the name is taken, as the link does
            }
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporaryFile(Path dataDir) throws IOException {
        try {
            return Files.createTempFile(
                    dataDir,
                    FILE_NAME + ".",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dataDir, FILE_NAME + ".", ".tmp");
        }
    }
}
