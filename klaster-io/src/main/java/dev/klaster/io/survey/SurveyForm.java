package dev.klaster.io.survey;

import dev.klaster.core.competitiveness.Assessment;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.competitiveness.Survey;
import dev.klaster.core.model.InputDataException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey form: sheet {@value #SHEET} with one row per regional cluster and survey indicator — region code,
 * region name, cluster, factor (Indonesian / English), indicator id, the statement in Indonesian and English, and an
 * empty score cell (Likert 1..max, with an Excel list validation) — and a bilingual sheet {@value #HELP}.
 * Several respondents: copy a row per respondent; the score of a unit is the mean of its rows ({@link Survey}).
 */
public final class SurveyForm {
    /** Name of the answers sheet. */
    public static final String SHEET = "survey";
    /** Name of the instructions sheet. */
    public static final String HELP = "petunjuk-instructions";
    static final String[] HEADER = {"region", "region_name", "cluster", "factor_id", "factor_en", "indicator",
        "pernyataan_id", "statement_en", "score"};

    private SurveyForm() {
    }

    /** One row of the form: a regional cluster (region code and name, cluster). */
    public record Unit(String region, String regionName, String cluster) {
    }

    /** Writes the form atomically (temporary file, then move). */
    public static void write(Path out, Framework fw, List<Unit> units) {
        int max = fw.likertMaxOrDefault();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(SHEET);
            Row h = s.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            int r = 1;
            for (Unit u : units) {
                for (Framework.Factor f : fw.factors()) {
                    for (Framework.Indicator in : f.indicators()) {
                        if (in.source() != Framework.Source.SURVEY) {
                            continue;
                        }
                        Row row = s.createRow(r++);
                        String[] v = {u.region(), u.regionName(), u.cluster(), f.nameId() == null ? f.id() : f.nameId(),
                            f.name() == null ? f.id() : f.name(), in.id(), in.measuredBy("id"), in.measuredBy("en")};
                        for (int c = 0; c < v.length; c++) {
                            row.createCell(c).setCellValue(v[c]);
                        }
                    }
                }
            }
            if (r > 1) {
                DataValidationHelper dv = s.getDataValidationHelper();
                String[] choices = new String[max];
                for (int k = 0; k < max; k++) {
                    choices[k] = Integer.toString(k + 1);
                }
                DataValidationConstraint con = dv.createExplicitListConstraint(choices);
                DataValidation val = dv.createValidation(con, new CellRangeAddressList(1, r - 1, 8, 8));
                val.setShowErrorBox(true);
                s.addValidationData(val);
            }
            s.createFreezePane(0, 1);
            Sheet help = wb.createSheet(HELP);
            String[] lines = {
                "Formulir survei faktor daya saing klaster (Rosenfeld) — Klaster",
                "Isi kolom 'score' dengan 1 (sangat tidak setuju) sampai " + max + " (sangat setuju) untuk setiap "
                    + "pernyataan. Kosongkan bila tidak tahu. Untuk beberapa responden, salin barisnya; nilai "
                    + "klaster adalah rata-ratanya. Jangan ubah kolom lain.",
                "Baca kembali: klaster analyze ... --survey BERKAS.xlsx (atau klaster clusters ... --survey).",
                "",
                "Survey form of the cluster competitiveness factors (Rosenfeld) — Klaster",
                "Fill the 'score' column with 1 (strongly disagree) to " + max + " (strongly agree) for each "
                    + "statement. Leave it empty when unknown. For several respondents, copy the row; the cluster's "
                    + "score is their mean. Do not change the other columns.",
                "Read it back: klaster analyze ... --survey FILE.xlsx (or klaster clusters ... --survey)."};
            for (int k = 0; k < lines.length; k++) {
                help.createRow(k).createCell(0).setCellValue(lines[k]);
            }
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path tmp = Files.createTempFile(dir, ".survey-", ".xlsx");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /**
     * Reads a filled form: every non-empty score must be a whole or decimal number in 1..likertMax and every
     * indicator a survey indicator of the framework; a violation is an {@link InputDataException} naming the file,
     * the sheet, the cell and the value.
     */
    public static Survey read(Path file, Framework fw) {
        int max = fw.likertMaxOrDefault();
        Set<String> indicators = new LinkedHashSet<>();
        for (Framework.Factor f : fw.factors()) {
            for (Framework.Indicator in : f.indicators()) {
                if (in.source() == Framework.Source.SURVEY) {
                    indicators.add(in.id());
                }
            }
        }
        String name = file.toString();
        Survey survey = Survey.empty();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet s = wb.getSheet(SHEET);
            if (s == null) {
                throw new InputDataException(name, "no sheet '" + SHEET + "' (write the form with klaster clusters "
                        + "survey-form)");
            }
            Row h = s.getRow(0);
            Map<String, Integer> col = new HashMap<>();
            if (h != null) {
                for (Cell c : h) {
                    col.put(text(c).strip(), c.getColumnIndex());
                }
            }
            for (String need : List.of("region", "cluster", "indicator", "score")) {
                if (!col.containsKey(need)) {
                    throw new InputDataException(name + " sheet " + SHEET, 1, need, "", "column not found (header: "
                            + col.keySet() + ")");
                }
            }
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell sc = row.getCell(col.get("score"));
                String where = name + " sheet " + SHEET;
                if (sc == null || sc.getCellType() == CellType.BLANK || text(sc).isBlank()) {
                    continue;
                }
                String cell = "cell " + new CellAddress(sc).formatAsString();
                double v;
                if (sc.getCellType() == CellType.NUMERIC) {
                    v = sc.getNumericCellValue();
                } else {
                    try {
                        v = Double.parseDouble(text(sc).strip().replace(',', '.'));
                    } catch (NumberFormatException e) {
                        throw new InputDataException(where, row.getRowNum() + 1, cell, text(sc), "score is not a "
                                + "number");
                    }
                }
                if (!(v >= 1 && v <= max)) {
                    throw new InputDataException(where, row.getRowNum() + 1, cell, text(sc), "score outside the "
                            + "Likert scale 1.." + max);
                }
                String ind = text(row.getCell(col.get("indicator"))).strip();
                if (!indicators.contains(ind)) {
                    Cell ic = row.getCell(col.get("indicator"));
                    throw new InputDataException(where, row.getRowNum() + 1, ic == null ? "indicator"
                            : "cell " + new CellAddress(ic).formatAsString(), ind, "not a survey indicator of the "
                            + "framework " + indicators);
                }
                survey.add(text(row.getCell(col.get("region"))).strip(), text(row.getCell(col.get("cluster"))).strip(),
                        ind, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InputDataException(name, "not an .xlsx workbook: " + e.getMessage());
        }
        return survey;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
            }
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case FORMULA -> c.getCellFormula();
            default -> "";
        };
    }

    /** The form's units from an assessment (region names looked up by the caller). */
    public static List<Unit> units(Assessment.Result r, java.util.function.Function<String, String> regionName) {
        List<Unit> out = new ArrayList<>();
        for (Assessment.Unit u : r.units()) {
            out.add(new Unit(u.region(), regionName.apply(u.region()), u.cluster()));
        }
        return out;
    }
}
