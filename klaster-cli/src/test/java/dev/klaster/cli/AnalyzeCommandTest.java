package dev.klaster.cli;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    @Test
    void aBadPaperIsAUsageErrorBeforeAnyWork(@TempDir Path dir) {
        Run r = run("analyze", "--demo", "sections", "--paper", "a3", "--report", dir.resolve("r").toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(r.err()).contains("--paper").contains("'a3'").contains("a4, f4 or letter");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void theEnglishTerminalSummaryIsEnglish(@TempDir Path dir) throws Exception {
        Run r = run("analyze", "--demo", "sections", "--lang", "en", "--report", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("SYNTHETIC DEMO DATA").contains("EXECUTIVE SUMMARY").contains("Report:     ")
                .contains("SECTOR GROUPS").doesNotContain("Laporan:").doesNotContain("RINGKASAN")
                .doesNotContain("KELOMPOK SEKTOR").doesNotContain("DEFINISI LEMAH");
    }

    @Test
    void demoWritesReportAndWorkbookAndSummarises(@TempDir Path dir) throws Exception {
        Run r = run("analyze", "--demo", "--report", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path html = dir.resolve("klaster-report.html");
        Path xlsx = dir.resolve("klaster-report.xlsx");
        // the terminal speaks the report's language (Indonesian for Indonesian data): the executive summary first
        assertThat(r.out()).contains("DATA DEMO SINTETIS").contains("Laporan:    " + html.toAbsolutePath())
                .contains("Buku kerja: " + xlsx.toAbsolutePath()).contains("klaster wilayah teratas")
                .contains("RINGKASAN EKSEKUTIF").contains("Sektor unggulan").contains("★")
                .doesNotContain("Report:").doesNotContain("top regional clusters").doesNotContain("SYNTHETIC");
        assertThat(r.err()).as("progress per step").contains("analysis [1/7] overview done")
                .contains("analysis [7/7] impact done");
        String page = Files.readString(html);
        assertThat(page).contains("<html lang=\"id\">").contains("Sembilan faktor keberhasilan Rosenfeld")
                .contains("Sektor kunci");
        assertThat(xlsx).isNotEmptyFile();
    }

    @Test
    void ioOptionsAreValidated(@TempDir Path dir) {
        Run bad = run("analyze", "--demo", "--io", dir.resolve("none.csv").toString(), "--report", dir.toString());
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("--io: file not found");
        Run fmt = run("analyze", "--demo", "--io", SharedData.require(
                "idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv").toString(), "--io-format", "xml",
                "--report", dir.toString());
        assertThat(fmt.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(fmt.err()).contains("--io-format: unknown value 'xml'");
    }

    @Test
    void sectorMapIsReadFromTheBpsColumnsFile() throws Exception {
        Path cols = SharedData.require("idn-io-national-2020/io2020_columns.csv");
        Map<String, String> map = AnalyzeCommand.readSectorMap(cols);
        // io2020_columns.csv: 17 products with a KBLI section; totals and demand columns have none
        assertThat(map).hasSize(17).containsEntry("1", "A").containsEntry("13", "M_N").containsEntry("17", "R_S_T_U");
    }

    @Test
    void realPdrbWithoutIoLeavesIoSectionsOutWithANote(@TempDir Path dir) {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv");
        Run r = run("analyze", pdrb.toString(), "--lang", "en", "--report", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("note: Section “Connectivity” left out: no input-output table")
                .contains("Validation findings: 9 (0 errors, 1 warnings)");
    }

    @Test
    void realPdrbWithNationalIoAndBoundaries(@TempDir Path dir) throws Exception {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv");
        Path io = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Path cols = SharedData.require("idn-io-national-2020/io2020_columns.csv");
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        Run r = run("analyze", pdrb.toString(), "--io", io.toString(), "--io-sectors", cols.toString(),
                "--boundaries", geo.toString(), "--report", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // 17 PDRB sections: the groups are said to be sector groups, not clusters (issue 9 §1)
        assertThat(r.out()).doesNotContain("left out").contains("Kelompok sektor (bukan klaster) (combined)");
        String page = Files.readString(dir.resolve("klaster-report.html"));
        assertThat(page).as("Indonesian data → Indonesian report, choropleth maps").contains("<html lang=\"id\">")
                .contains("\"choropleth\"");
    }
}
