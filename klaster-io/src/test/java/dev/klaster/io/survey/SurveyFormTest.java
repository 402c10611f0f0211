package dev.klaster.io.survey;

import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.competitiveness.Survey;
import dev.klaster.core.model.InputDataException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SurveyFormTest {
    static final Framework FW = Framework.defaults();

    /** Sets the score cell (column I) of a data row. */
    static void fill(Path form, int row, Object value) throws Exception {
        Workbook wb;
        try (var in = Files.newInputStream(form)) {
            wb = WorkbookFactory.create(in);
        }
        Sheet s = wb.getSheet(SurveyForm.SHEET);
        Row r = s.getRow(row);
        if (value instanceof Double d) {
            r.createCell(8).setCellValue(d);
        } else {
            r.createCell(8).setCellValue(value.toString());
        }
        try (OutputStream os = Files.newOutputStream(form)) {
            wb.write(os);
        }
        wb.close();
    }

    @Test
    void formHasOneRowPerClusterAndSurveyStatementInBothLanguagesAndReadsBack(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("form.xlsx");
        SurveyForm.write(form, FW, List.of(new SurveyForm.Unit("3522", "Bojonegoro", "C1"),
                new SurveyForm.Unit("3578", "Kota Surabaya", "C2")));
        try (Workbook wb = WorkbookFactory.create(form.toFile(), null, true)) {
            Sheet s = wb.getSheet(SurveyForm.SHEET);
            // the default framework (rosenfeld-default.json) has 7 survey indicators: rd_capacity, skills,
            // training, cooperation, capital, entrepreneurship, leadership
            assertThat(s.getLastRowNum()).isEqualTo(2 * 7);
            assertThat(s.getRow(1).getCell(5).getStringCellValue()).isEqualTo("rd_capacity");
            assertThat(s.getRow(1).getCell(6).getStringCellValue()).startsWith("Perusahaan di klaster ini");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).startsWith("Firms in this cluster");
            assertThat(wb.getSheet(SurveyForm.HELP)).isNotNull();
        }
        fill(form, 1, 4.0);
        fill(form, 8, "2");
        Survey sv = SurveyForm.read(form, FW);
        assertThat(sv.mean("3522", "C1", "rd_capacity")).isCloseTo(4.0, within(0.0));
        assertThat(sv.mean("3578", "C2", "rd_capacity")).isCloseTo(2.0, within(0.0));
        assertThat(sv.mean("3522", "C1", "skills")).as("empty score = no answer").isNaN();
    }

    @Test
    void badScoresNameFileSheetCellAndValue(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("form.xlsx");
        SurveyForm.write(form, FW, List.of(new SurveyForm.Unit("3522", "Bojonegoro", "C1")));
        fill(form, 3, "banyak");
        assertThatThrownBy(() -> SurveyForm.read(form, FW)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("form.xlsx sheet survey").hasMessageContaining("cell I4")
                .hasMessageContaining("banyak").hasMessageContaining("not a number");
        fill(form, 3, 7.0);
        assertThatThrownBy(() -> SurveyForm.read(form, FW)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("cell I4").hasMessageContaining("Likert scale 1..5");
        Path notXlsx = dir.resolve("x.xlsx");
        Files.writeString(notXlsx, "region,cluster\n");
        assertThatThrownBy(() -> SurveyForm.read(notXlsx, FW)).isInstanceOf(RuntimeException.class);
    }
}
