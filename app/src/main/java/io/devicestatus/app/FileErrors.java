package io.devicestatus.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/** Why a file could not be read or made, in words for a one-line message (NIO's exceptions carry only the path). */
final class FileErrors {

    private FileErrors() {}

    /**
     * Why directory {@code dir} could not be made or used: a file where it or an ancestor should be (NIO says only
     * "Not a directory", naming the path asked for), or else {@link #why}.
     */
    static String whyNoDirectory(Path dir, IOException e) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? why(e) : p + " is a file, not a directory";
            }
        }
        return why(e);
    }

    static String why(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a directory";
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " is not a directory";
        }
        if (e instanceof FileSystemException other) {
            return other.getFile() + ": " + Objects.requireNonNullElse(other.getReason(), "cannot be used");
        }
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
}
