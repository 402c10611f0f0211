package dev.klaster.report;

import dev.klaster.core.demo.FineDemo;
import dev.klaster.core.demo.FineDemoIo;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbook read back with Apache POI: index sheet with links, sheet names in the report's language, bold frozen
 * headers with autofilter and widths, units and number formats, no duplicated tables, codes without "number stored
 * as text" flags. On the fine demo (514 regencies × 119 industries, synthetic), as {@code klaster analyze --demo}.
 */
class WorkbookReportTest {
    static Panel panel;
    static AnalysisPipeline.Result id;
    static Path idDir;
    static List<Path> idCsv = new ArrayList<>();
    static XSSFWorkbook idBook;

    @BeforeAll
    static void run() throws Exception {
        panel = FineDemo.generate("id");
        id = AnalysisPipeline.run(panel, null, FineDemoIo.generate("id"), AnalysisPipeline.Options.defaults());
        idDir = Files.createTempDirectory("klaster-wb");
        idBook = write(id, idDir, idCsv);
    }

    @AfterAll
    static void clean() throws Exception {
        idBook.close();
        try (var files = Files.list(idDir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(idDir);
    }

    static XSSFWorkbook write(AnalysisPipeline.Result r, Path dir, List<Path> csv) throws Exception {
        Path x = dir.resolve("klaster-report.xlsx");
        csv.addAll(WorkbookReport.write(r.model(), ColumnLabels.of(r.model().lang(), panel, r.measure()), r.tables(),
                x, WorkbookReport.MAX_SHEET_ROWS));
        try (InputStream in = Files.newInputStream(x)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void indonesianWorkbookHasAnIndexWithALinkAndADescriptionForEverySheet() throws Exception {
        List<Path> csv = idCsv;
        XSSFWorkbook wb = idBook;
        {
            XSSFSheet index = wb.getSheetAt(0);
            assertThat(index.getSheetName()).isEqualTo("Daftar isi");
            Set<String> linked = new HashSet<>();
            for (Row row : index) {
                Cell c = row.getCell(0);
                if (c != null && c.getHyperlink() != null) {
                    String target = c.getHyperlink().getAddress();
                    assertThat(target).isEqualTo("'" + c.getStringCellValue().replace("'", "''") + "'!A1");
                    assertThat(row.getCell(1).getStringCellValue()).as("what sheet %s holds", c.getStringCellValue())
                            .isNotBlank();
                    linked.add(c.getStringCellValue());
                }
            }
            Set<String> names = new HashSet<>();
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                String name = wb.getSheetName(s);
                assertThat(linked).as("index links sheet %s", name).contains(name);
                assertThat(name.length()).as("Excel limit").isLessThanOrEqualTo(31);
                assertThat(names.add(name.toLowerCase(Locale.ROOT))).as("unique sheet name %s", name).isTrue();
                assertThat(name).as("no snake_case, no numbered duplicate").doesNotContain("_").doesNotEndWith("(2)");
            }
            assertThat(wb.getSheet("Ringkasan")).as("overview sheet").isNotNull();
            assertThat(wb.getSheet("Sektor unggulan")).isNotNull();
            assertThat(wb.getSheet("Kekuatan klaster")).isNotNull();
            assertThat(csv).as("Dunn shift-share (514 × 120 × 5 rows) and the long leading-sector table").hasSize(2);
        }
        // every table of the Indonesian demo report has a sheet name in the bundle (no fallback to its id)
        Messages m = new Messages(Lang.ID);
        for (Table t : id.tables()) {
            assertThat(WorkbookReport.hasSheetName(t.name(), m)).as("sheet name of table %s", t.name()).isTrue();
        }
    }

    @Test
    void everySheetHasABoldFrozenFilteredHeaderUnitsAndFormats() throws Exception {
        XSSFWorkbook wb = idBook;
        {
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sh = wb.getSheetAt(s);
                String name = sh.getSheetName();
                Row header = sh.getRow(0);
                assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).as("bold header %s",
                        name).isTrue();
                assertThat(sh.getPaneInformation()).as("frozen header %s", name).isNotNull();
                assertThat(sh.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
                assertThat(sh.getCTWorksheet().isSetAutoFilter()).as("autofilter on %s", name).isTrue();
                assertThat(sh.getCTWorksheet().getColsArray()).as("column widths set on %s", name).isNotEmpty();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    assertThat(sh.getColumnWidth(c)).as("width of %s col %d", name, c).isGreaterThanOrEqualTo(8 * 256);
                    Row first = sh.getRow(1);
                    XSSFCell v = first == null ? null : (XSSFCell) first.getCell(c);
                    if (v == null || v.getCellType() != CellType.NUMERIC) {
                        continue;
                    }
                    String format = v.getCellStyle().getDataFormatString();
                    String h = header.getCell(c).getStringCellValue();
                    if (!format.equals("0")) {
                        // quantities: a unit in the header; years, ranks and codes ("0") are identifiers
                        assertThat(h).as("unit in numeric header of %s", name).matches(".*\\(.+\\)");
                    }
                    if (h.endsWith("%)") || h.endsWith("% per tahun)")) {
                        assertThat(format).as("%s / %s is a percentage", name, h).contains("%");
                    }
                }
            }
            // thousands separators and decimals by column: totals of the data overview, LQ with two decimals
            XSSFSheet ov = wb.getSheet("Ikhtisar data");
            assertThat(ov.getRow(0).getCell(8).getStringCellValue()).isEqualTo("total 2023 (satuan menurut baris)");
            assertThat(ov.getRow(1).getCell(8).getCellStyle().getDataFormatString()).startsWith("#,##0");
            assertThat(ov.getRow(1).getCell(1).getStringCellValue()).as("the unit in Indonesian")
                    .isEqualTo("orang (sintetis)");
            XSSFSheet lq = wb.getSheet("LQ tenaga kerja 2023");
            assertThat(lq.getRow(0).getCell(5).getStringCellValue()).isEqualTo("LQ (indeks)");
            assertThat(lq.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void sharesAreWrittenAsFractionsWithAPercentFormat() throws Exception {
        // the ranking shows "pangsa nasional (%)" on 0–100; the sheet holds the core's fraction with a % format, so
        // Excel shows 11.6 % and computes with 0.116 (the cluster_strength value of the same regional cluster)
        Table strength = id.tables().stream().filter(t -> t.name().equals("cluster_strength")).findFirst()
                .orElseThrow();
        XSSFWorkbook wb = idBook;
        {
            XSSFSheet rk = wb.getSheet("Peringkat klaster");
            Row h = rk.getRow(0);
            int share = -1;
            for (int c = 0; c < h.getLastCellNum(); c++) {
                if (h.getCell(c).getStringCellValue().equals("pangsa nasional (%)")) {
                    share = c;
                }
            }
            assertThat(share).as("share column of the ranking").isNotNegative();
            Row first = rk.getRow(1);
            String region = first.getCell(0).getStringCellValue();
            String cluster = first.getCell(1).getStringCellValue();
            double expected = Double.NaN;
            for (int r = 0; r < strength.rowCount(); r++) {
                if (strength.text(r, strength.columnIndex("region_name")).equals(region)
                        && strength.text(r, strength.columnIndex("cluster")).equals(cluster)) {
                    expected = strength.number(r, strength.columnIndex("national_share"));
                }
            }
            assertThat(first.getCell(share).getNumericCellValue()).as("the core's national share, rel. 1e-12")
                    .isCloseTo(expected, within(1e-12 * Math.abs(expected)));
            assertThat(first.getCell(share).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void eachTableOnceAndCodesWithoutNumberAsTextFlags() throws Exception {
        XSSFWorkbook wb = idBook;
        {
            // tables of the same name (the report's traded/local table and the core's) and a table whose columns
            // are all in another (growth ranked ⊂ growth by region) are written once
            List<String> descriptions = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                if (row.getCell(0) != null && row.getCell(0).getHyperlink() != null) {
                    descriptions.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(descriptions).doesNotContain("Pertumbuhan tenaga kerja urut");
            assertThat(descriptions.stream().filter(d -> d.startsWith("Diperdagangkan dan lokal"))).hasSize(1);
            // region codes (all digits, no leading zero) are numbers; KBLI codes with a leading zero are text with
            // the flag switched off on their column
            XSSFSheet lq = wb.getSheet("LQ tenaga kerja 2023");
            assertThat(lq.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(lq.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3218.0);
            assertThat(lq.getRow(1).getCell(2).getStringCellValue()).isEqualTo("0112");
            Map<IgnoredErrorType, Set<CellRangeAddress>> ignored = lq.getIgnoredErrors();
            assertThat(ignored.get(IgnoredErrorType.NUMBER_STORED_AS_TEXT)).as("flag off on the industry codes")
                    .anyMatch(a -> a.getFirstColumn() == 2 && a.getLastColumn() == 2 && a.getFirstRow() == 1
                            && a.getLastRow() == 514 * 119);
            // no cell anywhere is a plain number stored as text
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                for (Row row : wb.getSheetAt(s)) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            assertThat(c.getStringCellValue()).as("sheet %s %s", wb.getSheetName(s),
                                    c.getAddress()).doesNotMatch("[1-9][0-9]*");
                        }
                    }
                }
            }
        }
    }

    @Test
    void englishWorkbookNamesItsSheetsInEnglish(@TempDir Path dir) throws Exception {
        AnalysisPipeline.Result en = AnalysisPipeline.run(panel, null, FineDemoIo.generate("en"),
                AnalysisPipeline.Options.defaults().withLang(Lang.EN));
        try (XSSFWorkbook wb = write(en, dir, new ArrayList<>())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Contents");
            assertThat(wb.getSheet("Overview")).isNotNull();
            assertThat(wb.getSheet("Cluster strength")).isNotNull();
            assertThat(wb.getSheet("LQ employment 2023").getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("LQ (index)");
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                assertThat(wb.getSheetName(s)).doesNotContain("_");
            }
        }
    }

    @Test
    void longTablesGoToCsvListedOnASheet(@TempDir Path dir) throws Exception {
        ReportModel model = Fixtures.full(Lang.EN).build();
        Path x = dir.resolve("r.xlsx");
        List<Path> csv = WorkbookReport.write(model, ColumnLabels.of(Lang.EN), WorkbookReport.tables(model), x, 50);
        assertThat(csv).as("the 72 IO links of the fixture exceed 50 rows (and so do two LQ tables)")
                .extracting(p -> p.getFileName().toString()).contains("r-io_links_fixture.csv");
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet large = wb.getSheet("Large tables (CSV)");
            assertThat(large.getLastRowNum()).as("one row per CSV file after the header").isGreaterThanOrEqualTo(
                    csv.size());
            boolean found = false;
            for (int r = 1; r <= csv.size(); r++) {
                if (large.getRow(r).getCell(1).getStringCellValue().equals("r-io_links_fixture.csv")) {
                    assertThat(large.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(72.0);
                    found = true;
                }
            }
            assertThat(found).as("the IO links CSV is listed").isTrue();
            assertThat(wb.getSheet("io links fixture")).as("not also a sheet").isNull();
        }
    }

    @Test
    void extensionMustBeXlsx(@TempDir Path dir) {
        assertThatThrownBy(() -> WorkbookReport.write(Fixtures.full(Lang.EN).build(), dir.resolve("r.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end in .xlsx");
    }
}
