package dev.klaster.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {
    @Test
    void chromiumPrintsTheReportToPdf(@TempDir Path dir) throws Exception {
        if (PdfReport.chromium().isEmpty()) {
            System.err.println("SKIPPED PdfReportTest: no Chromium installed");
        }
        Assumptions.assumeTrue(PdfReport.chromium().isPresent(), "no Chromium");
        Path html = dir.resolve("r.html");
        HtmlReport.write(Fixtures.full(Lang.EN).build(), html);
        Path pdf = dir.resolve("r.pdf");
        PdfReport.write(html, pdf);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).as("charts drawn, not an empty page").isGreaterThan(50_000);
        // A4 (ISO 216: 210 × 297 mm = 595.3 × 841.9 pt) from the report's @page rule, not Chromium's US Letter default
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
                .matcher(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(box.find()).as("a page size in the PDF").isTrue();
        assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(Double.parseDouble(box.group(2))).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
    }
}
