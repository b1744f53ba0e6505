package io.devicestatus.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A password kept in a file (a Kubernetes or Docker secret, a file readable by the service user only): its content
 * without the one line ending an editor or {@code echo} adds; nothing else is trimmed, since a password may end in
 * blanks.
 */
final class SecretFile {

    private SecretFile() {}

    static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.endsWith("\r\n")
                ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
