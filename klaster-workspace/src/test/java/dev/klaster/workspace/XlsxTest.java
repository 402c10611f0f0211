package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-initiative workbook (one sheet per entity, frozen headers, text never a formula) and the stakeholder
 * import from .xlsx (same validation as CSV; errors name file, sheet, row, cell and value; nothing imported on
 * error); on every backend.
 */
class XlsxTest {
    @TempDir
    Path tmp;

    static byte[] workbook(String sheet, String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(sheet);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    if (v.matches("-?[0-9]+\\.[0-9]+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v)); // a number cell, as Excel keeps it
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void anInitiativeExportsToOneSheetPerEntityAndItsStakeholdersSheetImportsAgain(String backend) throws Exception {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("=HYPERLINK(\"x\")", StakeholderType.CORE_FIRM, true));
            ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("UD Ukir", StakeholderType.SUPPLIER, false));
            Kpi k = ws.kpis().create(w.member, w.a.id(), KpisActionsTest.employment(Aggregation.SUM));
            ws.kpis().observe(w.member, k.id(), LocalDate.of(2024, 12, 31), 130, "BPS", "3320");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ws.transfer().exportXlsx(w.viewer, w.a.id(), out);
            try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                List<String> names = new java.util.ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                assertThat(names).containsExactly("initiative", "stage_changes", "stakeholders", "kpis",
                        "observations", "actions", "products", "survey_answers");
                for (Sheet s : wb) {
                    assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                    assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 1);
                    assertThat(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero(); // bold header
                }
                Sheet st = wb.getSheet("stakeholders");
                assertThat(st.getLastRowNum()).isEqualTo(2);
                assertThat(st.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(st.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
                assertThat(wb.getSheet("observations").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(130.0);
                assertThat(wb.getSheet("initiative").getRow(3).getCell(1).getStringCellValue()).isEqualTo("C16");
            }
            // the stakeholders sheet is an import file: same names, types and commitments in initiative B
            int n = ws.stakeholders().importXlsx(w.admin, w.b.id(), "a.xlsx", new ByteArrayInputStream(out.toByteArray()));
            assertThat(n).isEqualTo(2);
            assertThat(ws.stakeholders().list(w.admin, w.b.id(), null)).extracting(Stakeholder::name,
                    Stakeholder::type, Stakeholder::committed, Stakeholder::lat).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("=HYPERLINK(\"x\")", StakeholderType.CORE_FIRM, true, -6.59),
                    org.assertj.core.groups.Tuple.tuple("UD Ukir", StakeholderType.SUPPLIER, false, -6.59));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void aBadCellNamesFileSheetCellAndValueAndNothingIsImported(String backend) throws Exception {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            byte[] bad = workbook("anggota", new String[][] {
                {"nama", "jenis", "ukuran", "lat", "lon"},
                {"CV Maju", "CORE_FIRM", "SMALL", "-6.5", "110.6"},
                {"UD Jaya", "SUPPLIER", "HUGE", null, null}});
            assertThatThrownBy(() -> ws.stakeholders().importXlsx(w.member, w.a.id(), "anggota.xlsx",
                    new ByteArrayInputStream(bad))).isInstanceOf(CsvImportException.class)
                    .hasMessageContaining("anggota.xlsx sheet 'anggota'").hasMessageContaining("line 3")
                    .hasMessageContaining("ukuran (cell C3)").hasMessageContaining("HUGE");
            byte[] badLat = workbook("stakeholders", new String[][] {
                {"name", "type", "lat", "lon"},
                {"CV Maju", "CORE_FIRM", "-96.5", "110.6"}});
            assertThatThrownBy(() -> ws.stakeholders().importXlsx(w.member, w.a.id(), "b.xlsx",
                    new ByteArrayInputStream(badLat))).isInstanceOf(CsvImportException.class)
                    .hasMessageContaining("cell C2").hasMessageContaining("-96.5");
            assertThatThrownBy(() -> ws.stakeholders().importXlsx(w.member, w.a.id(), "c.xlsx",
                    new ByteArrayInputStream("name,type\n".getBytes()))).isInstanceOf(CsvImportException.class)
                    .hasMessageContaining("c.xlsx");
            assertThatThrownBy(() -> ws.stakeholders().importXlsx(w.viewer, w.a.id(), "anggota.xlsx",
                    new ByteArrayInputStream(bad))).isInstanceOf(ForbiddenException.class);
            assertThat(ws.stakeholders().list(w.admin, w.a.id(), null)).isEmpty();
            byte[] good = workbook("anggota", new String[][] {
                {"nama", "jenis", "kbli", "ukuran", "berkomitmen"},
                {"CV Maju", "CORE_FIRM", "31091", "SMALL", "ya"},
                {null, null, null, null, null},
                {"UD Jaya", "SUPPLIER", null, "MICRO", "tidak"}});
            assertThat(ws.stakeholders().importXlsx(w.member, w.a.id(), "anggota.xlsx", new ByteArrayInputStream(good)))
                    .isEqualTo(2);
            assertThat(ws.stakeholders().list(w.admin, w.a.id(), null).get(0).kbli()).isEqualTo("31091");
        }
    }
}
