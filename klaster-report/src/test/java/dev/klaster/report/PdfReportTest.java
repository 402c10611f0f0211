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

    @Test
    void f4PaperAndTheTitleAndPageNumbersInTheMargins(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(PdfReport.chromium().isPresent(), "no Chromium");
        Path html = dir.resolve("r.html");
        HtmlReport.write(Fixtures.full(Lang.ID).build(), html);
        String page = Files.readString(html);
        String printed = PdfReport.withPageRule(page, PdfReport.Paper.F4);
        assertThat(printed).contains("@page{size:215mm 330mm").contains("counter(page) \" / \" counter(pages)")
                .contains("@top-left{content:\"");
        assertThat(page).as("the report itself is not changed").doesNotContain("counter(pages)");
        Path pdf = dir.resolve("f4.pdf");
        PdfReport.write(html, pdf, PdfReport.Paper.F4);
        // F4 / folio as used in Indonesia: 215 × 330 mm = 609.4 × 935.4 pt
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
                .matcher(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(box.find()).isTrue();
        assertThat(Double.parseDouble(box.group(1))).isCloseTo(609.4, org.assertj.core.data.Offset.offset(1.0));
        assertThat(Double.parseDouble(box.group(2))).isCloseTo(935.4, org.assertj.core.data.Offset.offset(1.0));
        assertThat(dir.toFile().list()).as("the print copy is gone").noneMatch(n -> n.startsWith(".klaster-print-"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfReport.Paper.parse("a3"))
                .hasMessageContaining("'a3'").hasMessageContaining("a4, f4 or letter");
    }
}
