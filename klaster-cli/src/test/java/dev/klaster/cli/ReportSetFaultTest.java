package dev.klaster.cli;

import dev.klaster.io.export.OutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report set is one unit ({@link OutputSet}): {@code analyze} runs in a child JVM that is killed with SIGKILL
 * ({@code kill -9}: {@link Process#destroyForcibly()} on Linux) at several points of its work; afterwards the report
 * folder holds either the complete old set, byte for byte, or a complete new one, and the next run removes what
 * the killed run left. Two runs into one folder do not mix: one holds the lock, the other is refused naming it.
 */
class ReportSetFaultTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static Process analyze(Path report, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xss8m", "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", classPath(),
                "dev.klaster.cli.Klaster", "analyze", "--demo", "sections", "--report", report.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /** An "old" report set as an earlier run leaves it, with a side CSV a newer, smaller run does not write. */
    private static Map<String, String> oldSet(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(OutputSet.MARKER), "old\n");
        Files.writeString(dir.resolve("klaster-report.html"), "<html>old report</html>");
        Files.writeString(dir.resolve("klaster-report.xlsx"), "old workbook");
        Files.writeString(dir.resolve("klaster-report-lq_all.csv"), "old side table");
        return contents(dir);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }

    private static boolean completeNewSet(Map<String, String> c) {
        return c.keySet().equals(java.util.Set.of(OutputSet.MARKER, "klaster-report.html", "klaster-report.xlsx"))
                && c.get("klaster-report.html").contains("</html>") && c.get(OutputSet.MARKER).startsWith("written by")
                && c.get("klaster-report.xlsx").startsWith("PK");
    }

    private static List<String> leftovers(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".lock"))
                    .toList();
        }
    }

    /** Waits until {@code when} holds for the staging folder, then kills the child; false if it ended first. */
    private static boolean killWhen(Process p, Path parent, Predicate<Path> when) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(parent)) {
                Path staging = s.filter(x -> x.getFileName().toString().endsWith("-new.tmp")).findFirst().orElse(null);
                if (staging != null && when.test(staging)) {
                    p.destroyForcibly().waitFor();
                    return true;
                }
            } catch (java.io.UncheckedIOException | IOException e) {
                // the folder changed while listing: look again
            }
            Thread.sleep(3);
        }
        p.waitFor();
        return false;
    }

    private static boolean has(Path dir, Predicate<String> name) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(x -> name.test(x.getFileName().toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    @Test
    void killedRunsLeaveTheOldSetWholeAndTheNextRunCleansUp(@TempDir Path parent) throws Exception {
        Path report = parent.resolve("report");
        Map<String, String> old = oldSet(report);
        List<Predicate<Path>> points = List.of(
                staging -> true, // computing: staging folder made, nothing written
                staging -> has(staging, n -> n.equals("klaster-report.html")), // HTML done, workbook being written
                staging -> has(staging, n -> n.equals(OutputSet.MARKER))); // commit under way
        int killed = 0;
        boolean leftBehind = false;
        for (int k = 0; k < points.size(); k++) {
            Path log = parent.resolve("log" + k + ".txt");
            Process p = analyze(report, log);
            boolean wasKilled = killWhen(p, parent, points.get(k));
            killed += wasKilled ? 1 : 0;
            leftBehind |= wasKilled && !leftovers(parent).isEmpty();
            Map<String, String> now = contents(report);
            if (now.equals(old)) {
                continue;
            }
            if (now.isEmpty()) {
                // the kill fell between the two renames of the commit: the next open puts the old set back
                OutputSet.open(report, ReportOptions.STEM, "test").close();
                now = contents(report);
            }
            assertThat(now.equals(old) || completeNewSet(now)).as("kill point " + k + " (killed: " + wasKilled
                    + "); folder holds " + now.keySet() + "\n" + Files.readString(log)).isTrue();
            if (completeNewSet(now)) {
                old = now; // a finished run is the old set of the next one
            }
        }
        assertThat(killed).as("at least the first kill points hit a running child").isGreaterThanOrEqualTo(2);
        assertThat(leftBehind).as("a killed run leaves its staging folder (or lock file) behind").isTrue();
        Process last = analyze(report, parent.resolve("last.txt"));
        assertThat(last.waitFor()).as(Files.readString(parent.resolve("last.txt"))).isZero();
        assertThat(completeNewSet(contents(report))).as("a finished run replaces the whole set (no old side CSV): "
                + contents(report).keySet()).isTrue();
        assertThat(leftovers(parent)).as("temporary folders of killed runs removed by the next run").isEmpty();
    }

    @Test
    void twoRunsIntoOneFolderDoNotMix(@TempDir Path parent) throws Exception {
        Path report = parent.resolve("report");
        Process a = analyze(report, parent.resolve("a.txt"));
        Process b = analyze(report, parent.resolve("b.txt"));
        int ca = a.waitFor();
        int cb = b.waitFor();
        String la = Files.readString(parent.resolve("a.txt"));
        String lb = Files.readString(parent.resolve("b.txt"));
        assertThat(List.of(ca, cb)).as(la + "\n----\n" + lb).contains(0).allMatch(c -> c == 0 || c == Klaster.EXIT_WRITE);
        if (ca == Klaster.EXIT_WRITE || cb == Klaster.EXIT_WRITE) {
            String refused = ca == Klaster.EXIT_WRITE ? la : lb;
            long winner = (ca == Klaster.EXIT_WRITE ? b : a).pid();
            assertThat(refused).contains("error (cannot write): " + report.toAbsolutePath())
                    .contains("another run is writing this folder (process " + winner + ", klaster analyze, since");
        }
        assertThat(completeNewSet(contents(report))).as(contents(report).keySet().toString()).isTrue();
        assertThat(leftovers(parent)).isEmpty();
        assertThat(new File(report.toFile(), OutputSet.MARKER)).exists();
    }
}
