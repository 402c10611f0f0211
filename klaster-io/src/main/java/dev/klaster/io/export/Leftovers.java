package dev.klaster.io.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary files and folders of runs that were killed. Every temporary name Klaster writes carries the id of the
 * process that made it ({@code .NAME.<pid>-<random>.tmp}); a later run removes those whose process is no longer
 * alive, so a killed run's leftovers live only until the next run writes the same target.
 */
public final class Leftovers {
    private Leftovers() {
    }

    /** The id of this process. */
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /** A temporary name for {@code target} tagged with this process: {@code .NAME.<pid>-<tag>.tmp}. */
    public static String tempName(Path target, String tag) {
        return "." + target.getFileName() + "." + pid() + "-" + tag + ".tmp";
    }

    /** The process id in a temporary name of {@code target}, or -1 when the name is not one. */
    static long owner(Path target, String name) {
        String prefix = "." + target.getFileName() + ".";
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return -1;
        }
        String rest = name.substring(prefix.length(), name.length() - 4);
        int dash = rest.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Removes the temporary files/folders of {@code target} left by processes that are not alive; best effort. */
    public static void removeStale(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + glob(abs.getFileName().toString())
                + ".*.tmp")) {
            for (Path p : ds) {
                long pid = owner(abs, p.getFileName().toString());
                if (pid > 0 && pid != pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (pid > 0 && pid != pid()) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover we cannot list or remove is no reason to fail this run
        }
    }

    /** Deletes a file or a folder with its contents. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    private static String glob(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
