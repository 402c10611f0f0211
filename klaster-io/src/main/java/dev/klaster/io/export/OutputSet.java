package dev.klaster.io.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of outputs written as one unit (the report set: HTML, XLSX, side CSVs, PDF).
 *
 * <p>{@link #open} runs <em>before</em> any computation: it checks that the folder can be written, takes a lock
 * beside it ({@code .NAME.lock}, holding the id of the process and removed when the run ends; a second run into the same folder is refused
 * naming that process), restores or removes what killed runs left, and creates an empty staging folder beside the
 * target ({@code .NAME.<pid>-new.tmp}). Everything is written into {@link #staging()}; {@link #commit()} then
 * replaces the target folder as a whole by two renames (old folder aside, staging folder into place) and deletes
 * the old one, so no file of an earlier, larger run stays beside a newer report. A failed or killed run leaves the
 * previous set untouched; if a kill falls between the two renames, the next {@link #open} puts the old folder back.
 *
 * <p>Because the whole folder is replaced, a target that already holds files which are not a Klaster output set
 * (no {@value #MARKER} marker and names not starting with the set's stem) is refused rather than deleted.
 */
public final class OutputSet implements AutoCloseable {
    /** Marker file in every committed set. */
    public static final String MARKER = ".klaster-output-set";

    private final Path target;
    private final Path staging;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;

    private OutputSet(Path target, Path staging, Path lockFile, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.lockFile = lockFile;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Checks and locks {@code folder} for a new set whose files start with {@code stem}; throws
     * {@link CannotWriteException} (path and reason) when it cannot be written or another run holds it.
     */
    public static OutputSet open(Path folder, String stem, String what) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new CannotWriteException(target, "the root folder cannot be a report folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new CannotWriteException(target, "is an existing file, not a folder; give a folder for the report");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw CannotWriteException.of(e, parent);
        }
        if (!Files.isWritable(parent)) {
            throw new CannotWriteException(parent, "permission denied (the report folder is replaced as a whole, so "
                    + "the folder that holds it must be writable)");
        }
        Path lockFile = parent.resolve("." + target.getFileName() + ".lock");
        String me = "process " + Leftovers.pid() + ", " + what + ", since " + Instant.now() + "\n";
        FileChannel ch = null;
        FileLock lock = null;
        for (int attempt = 0; lock == null; attempt++) {
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
            } catch (IOException e) {
                throw CannotWriteException.of(e, lockFile);
            }
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                close(ch);
                throw CannotWriteException.of(e, lockFile);
            }
            if (lock == null) {
                String holder = holder(lockFile);
                close(ch);
                throw new CannotWriteException(target, "another run is writing this folder (" + holder + "); wait "
                        + "for it to finish or give another folder");
            }
            try {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)));
                ch.force(false);
                // the holder deletes the lock file when done: make sure ours is still the file at that path
                String now;
                try {
                    now = Files.readString(lockFile, StandardCharsets.UTF_8);
                } catch (java.nio.file.NoSuchFileException e) {
                    now = null;
                }
                if (!me.equals(now) && attempt < 5) {
                    release(ch, lock);
                    lock = null;
                }
            } catch (IOException e) {
                release(ch, lock);
                throw CannotWriteException.of(e, lockFile);
            }
        }
        try {
            recover(target);
            Leftovers.removeStale(target);
            refuseForeign(target, stem);
            Path staging = parent.resolve(Leftovers.tempName(target, "new"));
            Leftovers.deleteTree(staging);
            Files.createDirectory(staging);
            return new OutputSet(target, staging, lockFile, ch, lock);
        } catch (IOException e) {
            release(ch, lock);
            throw CannotWriteException.of(e, target);
        } catch (RuntimeException e) {
            release(ch, lock);
            throw e;
        }
    }

    /** The folder the set is written to until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** A file of the set, in the staging folder. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The final folder. */
    public Path target() {
        return target;
    }

    /** Where a staged file will be after {@link #commit()}. */
    public Path finalPath(Path staged) {
        return target.resolve(staging.relativize(staged.toAbsolutePath().normalize()));
    }

    /** Replaces the target folder by the staged set. */
    public void commit() {
        Path old = target.resolveSibling(Leftovers.tempName(target, "old"));
        try {
            Files.write(staging.resolve(MARKER), ("written by process " + Leftovers.pid() + " at " + Instant.now()
                    + "\n").getBytes(StandardCharsets.UTF_8));
            Leftovers.deleteTree(old);
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (hadOld) {
                Leftovers.deleteTree(old);
            }
        } catch (IOException e) {
            if (!Files.exists(target) && Files.exists(old)) {
                try {
                    move(old, target);
                } catch (IOException ignored) {
                    // the next open() restores it
                }
            }
            throw CannotWriteException.of(e, target);
        }
    }

    /** Releases the lock; without a commit, removes the staging folder (the previous set stays as it was). */
    @Override
    public void close() {
        try {
            if (!committed) {
                Leftovers.deleteTree(staging);
            }
        } catch (IOException e) {
            // removed by the next run (Leftovers)
        } finally {
            try {
                Files.deleteIfExists(lockFile); // while still holding the lock; a waiting run re-checks the path
            } catch (IOException ignored) {
                // an empty lock file left beside the folder is harmless
            }
            release(lockChannel, lock);
        }
    }

    /** A target folder missing while a dead run's old set lies beside it: the kill fell between the renames. */
    private static void recover(Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), "." + target.getFileName()
                .toString().replace("*", "\\*").replace("?", "\\?") + ".*-old.tmp")) {
            ds.forEach(olds::add);
        }
        for (Path p : olds) {
            long pid = Leftovers.owner(target, p.getFileName().toString());
            if (pid > 0 && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                move(p, target);
                return;
            }
        }
    }

    private static void refuseForeign(Path target, String stem) throws IOException {
        if (!Files.isDirectory(target) || Files.exists(target.resolve(MARKER))) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!n.startsWith(stem)) {
                    foreign.add(n);
                }
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            throw new CannotWriteException(target, "holds files that are not a Klaster report ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", …" : "") + "); the report folder is replaced as a whole, so give an "
                    + "empty or new folder");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String holder(Path lockFile) {
        try {
            String s = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "a process that is starting" : s;
        } catch (IOException | RuntimeException e) {
            return "unknown process";
        }
    }

    private static void release(FileChannel ch, FileLock lock) {
        try {
            lock.release();
        } catch (IOException | RuntimeException e) {
            // closing the channel releases it too
        }
        close(ch);
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
