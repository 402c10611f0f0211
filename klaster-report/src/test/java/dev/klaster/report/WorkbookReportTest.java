package dev.klaster.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbookReportTest {
    @Test
    void workbookHoldsTheOverviewAndEveryTableIncludingFullTablesBehindReducedCharts(@TempDir Path dir)
            throws Exception {
        ReportModel model = Fixtures.full(Lang.EN).build();
        Path x = dir.resolve("r.xlsx");
        WorkbookReport.write(model, x);
        int expected = WorkbookReport.tables(model).size();
        try (InputStream in = Files.newInputStream(x); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(expected);
            Sheet ov = wb.getSheetAt(0);
            assertThat(ov.getSheetName()).isEqualTo("overview");
            assertThat(ov.getRow(1).getCell(1).getStringCellValue()).isEqualTo("DATA DEMO SINTETIS / SYNTHETIC DEMO DATA");
            assertThat(wb.getSheet("io_links_fixture").getLastRowNum()).as("all 72 links + header").isEqualTo(72);
        }
    }

    @Test
    void extensionMustBeXlsx(@TempDir Path dir) {
        assertThatThrownBy(() -> WorkbookReport.write(Fixtures.full(Lang.EN).build(), dir.resolve("r.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end in .xlsx");
    }
}
