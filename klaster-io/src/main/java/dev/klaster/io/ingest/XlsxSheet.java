package dev.klaster.io.ingest;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.InputDataException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one sheet of an {@code .xlsx} workbook (Apache POI; DuckDB's excel extension needs a download) into a
 * header and rows of text, ready to be handed to DuckDB like a CSV.
 *
 * <p>Supported: the first sheet whose first 20 rows contain a region-code header (e.g. {@code region_code} or
 * {@code KodeWilayah}). Rows above the header row are read as extra header rows (BPS "pivot" exports put the
 * indicator, i.e. the sector, in a row above the year): each value column is named {@code sector|year} from them.
 * In key columns (island, province) blank cells are filled down from the row above, as pivot exports leave them
 * blank after the first row of a group. Numbers stored as text (as in the BPS exports) are kept as text and parsed
 * later like CSV cells. Long sector names ("PDRB ... - Industri Pengolahan") are mapped to the 17 PDRB KBLI
 * section codes by name; the indicator without a sector suffix is the reported TOTAL. Whole-workbook reading
 * keeps the sheet in memory, fine for published tables (a few MB), not meant for millions of rows (use CSV or
 * Parquet for those).
 */
final class XlsxSheet {
    final List<String> header;
    final List<String[]> rows;
    final List<Integer> lines;
    /** Sheet row number (1-based) of the header row. */
    final int headerLine;

    private XlsxSheet(List<String> header, List<String[]> rows, List<Integer> lines, int headerLine) {
        this.headerLine = headerLine;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    static XlsxSheet read(Path file) {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
            for (Sheet sheet : wb) {
                List<List<String>> grid = new ArrayList<>();
                List<Integer> rowNos = new ArrayList<>();
                List<Cell> unusable = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (unusable(cell)) {
                            unusable.add(cell);
                        }
                        cells.add(text(cell, fmt));
                    }
                    grid.add(cells);
                    rowNos.add(row.getRowNum() + 1);
                }
                int h = headerRow(grid);
                if (h >= 0) {
                    if (!unusable.isEmpty()) {
                        throw unusable(name, sheet.getSheetName(), unusable);
                    }
                    return build(grid, rowNos, h);
                }
            }
            throw new InputDataException(name, 1, null, null,
                    "no sheet has a region-code header (e.g. region_code or KodeWilayah) in its first 20 rows");
        } catch (IOException | InvalidFormatException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 | IllegalStateException
                 | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : Source.firstLine(e.getMessage());
            throw new InputDataException(name, "cannot read the workbook: not a valid .xlsx file (truncated, damaged "
                    + "or another format renamed to .xlsx): " + InputDataException.clip(why));
        }
    }

    /**
     * A cell whose value Excel did not store: a formula without a cached result (the file was written by a program
     * that does not calculate, and was never opened and saved in a spreadsheet), or a cached error such as
     * {@code #DIV/0!} or {@code #N/A}. Reading it as empty (missing) or 0 would silently change the data.
     */
    private static boolean unusable(Cell cell) {
        if (cell == null) {
            return false;
        }
        if (cell.getCellType() == CellType.ERROR) {
            return true;
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return false;
        }
        if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV()) {
            return true;
        }
        return cell.getCachedFormulaResultType() == CellType.ERROR;
    }

    private static InputDataException unusable(String file, String sheet, List<Cell> cells) {
        Cell c = cells.get(0);
        String ref = new org.apache.poi.ss.util.CellReference(c).formatAsString(false);
        boolean formula = c.getCellType() == CellType.FORMULA;
        boolean noValue = formula && c instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV();
        String value = noValue ? "=" + c.getCellFormula() : errorText(c);
        List<String> refs = new ArrayList<>();
        for (Cell k : cells.subList(0, Math.min(10, cells.size()))) {
            refs.add(new org.apache.poi.ss.util.CellReference(k).formatAsString(false));
        }
        return new InputDataException(file, c.getRowIndex() + 1, "sheet '" + sheet + "', cell " + ref, value,
                (noValue ? "a formula without a stored result (open the workbook in a spreadsheet and save it, or "
                        + "export the values)" : "an error value (" + value + ") in the workbook; fix or clear it")
                        + "; " + cells.size() + " such cell(s) in the sheet: " + String.join(", ", refs)
                        + (cells.size() > 10 ? ", …" : ""));
    }

    private static String errorText(Cell c) {
        try {
            byte code = c.getCellType() == CellType.FORMULA ? (byte) c.getErrorCellValue() : c.getErrorCellValue();
            return org.apache.poi.ss.usermodel.FormulaError.forInt(code).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (t == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (t == CellType.STRING) {
            return cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue().trim()
                    : cell.getRichStringCellValue().getString().trim();
        }
        if (t == CellType.BLANK || t == CellType.ERROR) {
            return "";
        }
        return fmt.formatCellValue(cell).trim();
    }

    private static int headerRow(List<List<String>> grid) {
        for (int r = 0; r < Math.min(20, grid.size()); r++) {
            for (String s : grid.get(r)) {
                if (Headers.roleOf(s) == Headers.Role.REGION) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static XlsxSheet build(List<List<String>> grid, List<Integer> rowNos, int h) {
        List<String> head = grid.get(h);
        int width = head.size();
        for (List<String> row : grid) {
            width = Math.max(width, row.size());
        }
        // the indicator (sector) of each column from the rows above the header, filled right across spans
        String[] above = new String[width];
        int firstValue = firstValueColumn(head);
        for (int r = 0; r < h; r++) {
            long filled = grid.get(r).stream().skip(firstValue).filter(x -> !x.isEmpty()).count();
            if (filled < 2) {
                continue; // a title line, not a header row with one indicator per column
            }
            String carry = "";
            for (int c = 0; c < width; c++) {
                String s = cell(grid.get(r), c);
                if (!s.isEmpty()) {
                    carry = s;
                }
                boolean dimensionLabel = Headers.norm(s).matches("indikator|indicator|tahun|year|sector|sektor");
                if (!carry.isEmpty() && !dimensionLabel && !Headers.norm(carry).matches("indikator|indicator|tahun|year")
                        && c >= firstValue) {
                    above[c] = carry;
                }
            }
        }
        Map<String, String> sectorCodes = sectorCodes(above);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String s = cell(head, c);
            if (above[c] != null && Headers.roleOf(s) == Headers.Role.OTHER) {
                String sector = sectorCodes.get(above[c]);
                s = s.isEmpty() ? sector : sector + "|" + s;
            }
            header.add(s.isEmpty() ? "column_" + (c + 1) : s);
        }
        boolean[] fillDown = new boolean[width];
        for (int c = 0; c < width; c++) {
            Headers.Role role = Headers.roleOf(header.get(c));
            fillDown[c] = role == Headers.Role.ISLAND || role == Headers.Role.ISLAND_ID
                    || role == Headers.Role.PROVINCE || role == Headers.Role.PROVINCE_NAME;
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] prev = new String[width];
        for (int r = h + 1; r < grid.size(); r++) {
            List<String> g = grid.get(r);
            if (g.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String[] row = new String[width];
            for (int c = 0; c < width; c++) {
                String s = cell(g, c);
                row[c] = s.isEmpty() && fillDown[c] ? prev[c] : s;
            }
            prev = row;
            rows.add(row);
            lines.add(rowNos.get(r));
        }
        return new XlsxSheet(header, rows, lines, rowNos.get(h));
    }

    private static int firstValueColumn(List<String> head) {
        for (int c = 0; c < head.size(); c++) {
            if (Headers.roleOf(head.get(c)) == Headers.Role.OTHER && !head.get(c).isEmpty()) {
                return c;
            }
        }
        return head.size();
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    /**
     * Maps indicator texts to sector codes: the indicator that is a prefix of all others is the TOTAL; the
     * others lose that prefix and a dash, and are matched by name (letters only, case-insensitive) to the 17 PDRB
     * KBLI sections; an unmatched name is kept as its own code.
     */
    static Map<String, String> sectorCodes(String[] indicators) {
        List<String> distinct = new ArrayList<>();
        for (String s : indicators) {
            if (s != null && !distinct.contains(s)) {
                distinct.add(s);
            }
        }
        String total = null;
        for (String cand : distinct) {
            if (distinct.size() > 1 && distinct.stream().allMatch(o -> o.startsWith(cand))) {
                total = cand;
            }
        }
        Map<String, String> byName = new HashMap<>();
        for (String[] s : DemoPanel.sections()) {
            byName.put(letters(s[1]), s[0]);
            byName.put(letters(s[2]), s[0]);
            byName.put(letters(s[0]), s[0]);
        }
        Map<String, String> out = new HashMap<>();
        for (String s : distinct) {
            if (s.equals(total)) {
                out.put(s, "TOTAL");
                continue;
            }
            String rest = total == null ? s : s.substring(total.length()).replaceFirst("^\\s*[-–:]\\s*", "").trim();
            out.put(s, byName.getOrDefault(letters(rest), rest));
        }
        return out;
    }

    private static String letters(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
