package dev.klaster.io.export;

import java.nio.file.Path;

/**
 * An output cannot be written (read-only folder, a folder where a file is expected, a full disk, a report folder
 * locked by another run). Not bad data and not bad usage: the CLI ends with exit code 3 and one line naming the
 * path and the reason.
 */
public class CannotWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;
    private final String reason;

    public CannotWriteException(Path path, String reason) {
        this(path, reason, null);
    }

    public CannotWriteException(Path path, String reason, Throwable cause) {
        super("cannot write " + path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** The path that cannot be written. */
    public Path path() {
        return path;
    }

    /** Why, in a few words. */
    public String reason() {
        return reason;
    }

    /** The reason of an I/O failure in a few words (e.g. "permission denied", "no space left on device"). */
    public static String reasonOf(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The path named by an I/O failure, else {@code fallback}. */
    public static Path pathOf(java.io.IOException e, Path fallback) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return Path.of(f.getFile());
        }
        return fallback;
    }

    /** Wraps an I/O failure while writing {@code fallback}. */
    public static CannotWriteException of(java.io.IOException e, Path fallback) {
        return new CannotWriteException(pathOf(e, fallback), reasonOf(e), e);
    }
}
