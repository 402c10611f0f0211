package dev.klaster.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF watchdog against fake browsers (shell scripts taking Chromium's arguments): one that writes a complete PDF
 * and then hangs, as headless Chromium is reported to do (codexclaw#240), one that never writes, one that writes half
 * a file. No real browser is needed.
 */
class PdfWatchdogTest {
    /** A minimal complete PDF: header and end-of-file marker (ISO 32000-1 §7.5.2, §7.5.5). */
    private static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    private static Path fake(Path dir, String body) throws IOException {
        Path f = dir.resolve("fake-chromium.sh");
        Files.writeString(f, "#!/bin/sh\nout=''\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=\"${a#--print-to-pdf=}\";; esac; done\n"
                + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
        return f;
    }

    @Test
    void aBrowserThatPrintsThenLingersIsStoppedAndThePdfKept(@TempDir Path dir) throws Exception {
        Path browser = fake(dir, "cat > \"$out\" <<'P'\n" + PDF + "P\nexec sleep 300");
        Path html = Files.writeString(dir.resolve("r.html"), "<p>x</p>");
        long t0 = System.nanoTime();
        PdfReport.write(browser, html, dir.resolve("r.pdf"), 20);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds: taken without waiting for the limit").isLessThan(15);
        assertThat(Files.readString(dir.resolve("r.pdf"))).startsWith("%PDF-").contains("%%EOF");
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactlyInAnyOrder(
                "fake-chromium.sh", "r.html", "r.pdf");
    }

    @Test
    void aBrowserThatNeverPrintsFailsWithItsLogAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path browser = fake(dir, "echo 'stuck on virtual time'\nexec sleep 300");
        Path html = Files.writeString(dir.resolve("r.html"), "<p>x</p>");
        assertThatThrownBy(() -> PdfReport.write(browser, html, dir.resolve("r.pdf"), 2))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no complete PDF within 2 s")
                .hasMessageContaining("stuck on virtual time");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("fake-chromium.sh", "r.html");
    }

    @Test
    void aTruncatedPdfIsNotTaken(@TempDir Path dir) throws Exception {
        Path browser = fake(dir, "echo '%PDF-1.4 half a file' > \"$out\"\nexit 0");
        Path html = Files.writeString(dir.resolve("r.html"), "<p>x</p>");
        assertThatThrownBy(() -> PdfReport.write(browser, html, dir.resolve("r.pdf"), 5))
                .isInstanceOf(IOException.class).hasMessageContaining("exit 0");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }
}
