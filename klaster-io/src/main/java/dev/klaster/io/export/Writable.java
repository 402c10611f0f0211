package dev.klaster.io.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any computation, that a single output file can be written (the report set: {@link OutputSet}). */
public final class Writable {
    private Writable() {
    }

    /**
     * Throws {@link CannotWriteException} unless {@code file} can be written: it is not a folder, and the nearest
     * existing folder on its path is writable (missing folders are created only when writing); nothing is left behind by the check.
     */
    public static void file(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new CannotWriteException(abs, "is a folder; give a file name such as "
                    + abs.resolve("out.csv").getFileName());
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new CannotWriteException(abs, "permission denied (read-only file)");
        }
        probeNearest(abs.getParent(), abs);
    }

    /**
     * Throws {@link CannotWriteException} unless {@code folder} can be written into: it is not a file and the
     * nearest existing folder on its path (itself, if it exists) is writable.
     */
    public static void folder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new CannotWriteException(abs, "is an existing file, not a folder");
        }
        probeNearest(abs, abs);
    }

    private static void probeNearest(Path start, Path abs) {
        Path dir = start;
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent(); // folders are created when writing; check the nearest one that exists
        }
        if (dir == null) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new CannotWriteException(dir, "is a file, not a folder (in the path of " + abs + ")");
        }
        Path probe = dir.resolve(Leftovers.tempName(abs, "check"));
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
        } catch (IOException e) {
            throw new CannotWriteException(dir, CannotWriteException.reasonOf(e) + " (the folder of " + abs + ")", e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a leftover probe is removed by the next run (Leftovers)
            }
        }
    }
}
