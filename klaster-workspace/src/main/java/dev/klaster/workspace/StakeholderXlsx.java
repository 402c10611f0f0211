package dev.klaster.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads stakeholders from an .xlsx workbook: the sheet named {@code stakeholders} or {@code pemangku_kepentingan}
 * (else the first sheet), header in its first row, the same columns, values and validation as the CSV import
 * ({@link StakeholderCsv}). A bad cell throws {@link CsvImportException} naming the file and sheet, the row, the
 * column with the cell address (e.g. {@code ukuran (cell C3)}) and the value; nothing is imported.
 */
final class StakeholderXlsx {
    static final List<String> SHEETS = List.of("stakeholders", "pemangku_kepentingan");

    private StakeholderXlsx() {
    }

    static List<StakeholderDraft> read(String file, InputStream in) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = null;
            for (String name : SHEETS) {
                if (sheet == null) {
                    sheet = wb.getSheet(name);
                }
            }
            if (sheet == null && wb.getNumberOfSheets() > 0) {
                sheet = wb.getSheetAt(0);
            }
            if (sheet == null) {
                throw new CsvImportException(file, 1, "-", "", "csv.noHeader");
            }
            String where = file + " sheet '" + sheet.getSheetName() + "'";
            List<StakeholderCsv.Raw> raws = new ArrayList<>();
            int width = -1;
            for (Row row : sheet) {
                if (width < 0) {
                    width = Math.max(0, row.getLastCellNum());
                }
                List<String> fields = new ArrayList<>();
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < width; c++) {
                    String v = text(row.getCell(c));
                    any |= !v.isBlank();
                    fields.add(v);
                    cells.add(new CellAddress(row.getRowNum(), c).formatAsString());
                }
                if (any) {
                    raws.add(new StakeholderCsv.Raw(row.getRowNum() + 1L, fields, cells));
                }
            }
            return StakeholderCsv.rows(where, raws);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (CsvImportException e) {
            throw e;
        } catch (org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
            // not a zip / OOXML package (EmptyFileException and NotOfficeXmlFileException are IllegalArguments)
            throw new CsvImportException(file, -1, "-", "-", "xlsx.notWorkbook", String.valueOf(e.getMessage()));
        }
    }

    /** A cell as text: numbers without a trailing ".0", booleans as true/false, formulas by their cached value. */
    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        var type = c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? c.getCachedFormulaResultType()
                : c.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(c)) {
                    return c.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double d = c.getNumericCellValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            case STRING:
                return c.getStringCellValue();
            case BOOLEAN:
                return Boolean.toString(c.getBooleanCellValue());
            default:
                return "";
        }
    }
}
