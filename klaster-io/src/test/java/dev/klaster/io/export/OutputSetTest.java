package dev.klaster.io.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report set as one unit: replaced whole, never mixed, foreign folders refused, leftovers of dead runs removed. */
class OutputSetTest {
    /** A process id that is not alive (Linux pids stay below 2^22 by default). */
    private static final long DEAD = 4_194_303L + 17;

    private static long files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void aNewSetReplacesTheWholeFolderAndAFailedOneLeavesItUntouched(@TempDir Path parent) throws Exception {
        Path target = parent.resolve("report");
        try (OutputSet set = OutputSet.open(target, "klaster-report", "test")) {
            Files.writeString(set.file("klaster-report.html"), "one");
            Files.writeString(set.file("klaster-report-big.csv"), "side table of a larger run");
            set.commit();
        }
        try (OutputSet set = OutputSet.open(target, "klaster-report", "test")) {
            Files.writeString(set.file("klaster-report.html"), "two, not committed");
        }
        assertThat(Files.readString(target.resolve("klaster-report.html"))).isEqualTo("one");
        try (OutputSet set = OutputSet.open(target, "klaster-report", "test")) {
            Files.writeString(set.file("klaster-report.html"), "three");
            set.commit();
        }
        assertThat(target.resolve("klaster-report-big.csv")).doesNotExist();
        assertThat(Files.readString(target.resolve("klaster-report.html"))).isEqualTo("three");
        assertThat(files(parent)).as("only the folder: no staging, old set or lock left").isEqualTo(1);
    }

    @Test
    void aFolderWithOtherFilesIsRefusedNotDeleted(@TempDir Path parent) throws Exception {
        Path target = Files.createDirectories(parent.resolve("mine"));
        Files.writeString(target.resolve("thesis.docx"), "precious");
        assertThatThrownBy(() -> OutputSet.open(target, "klaster-report", "test"))
                .isInstanceOf(CannotWriteException.class)
                .hasMessageContaining("holds files that are not a Klaster report (thesis.docx)");
        assertThat(target.resolve("thesis.docx")).hasContent("precious");
        Path file = Files.writeString(parent.resolve("afile"), "x");
        assertThatThrownBy(() -> OutputSet.open(file, "klaster-report", "test"))
                .hasMessageContaining("is an existing file, not a folder");
    }

    @Test
    void aSecondOpenInTheSameFolderIsRefusedNamingTheHolder(@TempDir Path parent) {
        Path target = parent.resolve("report");
        try (OutputSet set = OutputSet.open(target, "klaster-report", "first run")) {
            assertThatThrownBy(() -> OutputSet.open(target, "klaster-report", "second run"))
                    .isInstanceOf(CannotWriteException.class)
                    .hasMessageContaining("another run is writing this folder (process " + Leftovers.pid()
                            + ", first run, since");
        }
    }

    @Test
    void leftoversOfDeadRunsAreRemovedAndAnInterruptedSwapIsUndone(@TempDir Path parent) throws Exception {
        Path target = parent.resolve("report");
        // a run killed between the two renames of its commit: the old set aside, no target
        Path old = Files.createDirectories(parent.resolve(".report." + DEAD + "-old.tmp"));
        Files.writeString(old.resolve("klaster-report.html"), "old set");
        Files.writeString(old.resolve(OutputSet.MARKER), "old");
        Path staging = Files.createDirectories(parent.resolve(".report." + DEAD + "-new.tmp"));
        Files.writeString(staging.resolve("klaster-report.html"), "half");
        Path tmpFile = Files.writeString(parent.resolve(".lq.csv." + DEAD + "-abc.tmp"), "half a file");
        OutputSet.open(target, "klaster-report", "test").close();
        assertThat(target.resolve("klaster-report.html")).hasContent("old set");
        assertThat(staging).doesNotExist();
        assertThat(old).doesNotExist();
        Leftovers.removeStale(parent.resolve("lq.csv"));
        assertThat(tmpFile).doesNotExist();
    }
}
