package dev.klaster.io.iotable;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole CSV file in memory (read with FastCSV): header, rows with their physical line numbers, and number parsing
 * with located errors. Used by the IO-table readers and by the CLI's small matrix/vector files, so that CSV
 * splitting lives in one place.
 */
public final class CsvGrid {
    final Path file;
    final List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();

    private CsvGrid(Path file, List<String> header) {
        this.file = file;
        this.header = header;
        for (int c = 0; c < header.size(); c++) {
            columnIndex.putIfAbsent(header.get(c), c);
        }
    }

    /** Reads the file; the first record is the header, blank lines are skipped. Bad files: InputDataException. */
    public static CsvGrid read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), "file not found");
        }
        try (CsvReader<CsvRecord> r = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(file)) {
            CsvGrid g = null;
            for (CsvRecord rec : r) {
                List<String> f = new ArrayList<>();
                for (String s : rec.getFields()) {
                    f.add(s.strip());
                }
                if (g == null) {
                    if (!f.isEmpty()) {
                        f.set(0, f.get(0).replace("\uFEFF", ""));
                    }
                    g = new CsvGrid(file, f);
                } else if (!(f.size() == 1 && f.get(0).isEmpty())) {
                    g.rows.add(f);
                    g.lines.add(rec.getStartingLineNumber());
                }
            }
            if (g == null) {
                throw new InputDataException(file.toString(), "empty file");
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header fields (first record, BOM removed, stripped). */
    public List<String> header() {
        return List.copyOf(header);
    }

    /** Number of data rows (after the header, blank lines skipped). */
    public int rowCount() {
        return rows.size();
    }

    /** The fields of data row {@code row} (stripped). */
    public List<String> row(int row) {
        return List.copyOf(rows.get(row));
    }

    /** Physical line number (1-based) where data row {@code row} starts. */
    public long line(int row) {
        return lines.get(row);
    }

    int column(String name) {
        Integer c = columnIndex.get(name);
        return c == null ? -1 : c;
    }

    int requireColumn(String name) {
        int c = column(name);
        if (c < 0) {
            throw new InputDataException(file.toString(), 1, name, "", "required column '" + name
                    + "' is missing; header is " + header);
        }
        return c;
    }

    /** The cell, or "" when the row is shorter. */
    public String cell(int row, int col) {
        List<String> r = rows.get(row);
        return col < r.size() ? r.get(col) : "";
    }

    /** A finite number; missing/NA/non-numeric cells raise InputDataException naming file, line, column, value. */
    double number(int row, int col, String what) {
        String s = cell(row, col);
        if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equals("-")) {
            throw new InputDataException(file.toString(), lines.get(row), header.get(col), s,
                    "missing " + what);
        }
        try {
            double v = Double.parseDouble(s.replace("_", ""));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputDataException(file.toString(), lines.get(row), header.get(col), s,
                    "not a number (" + what + ")");
        }
    }

    /** A number that must be ≥ 0. */
    double nonNegative(int row, int col, String what) {
        double v = number(row, col, what);
        if (v < 0) {
            throw new InputDataException(file.toString(), lines.get(row), header.get(col), cell(row, col),
                    "negative " + what);
        }
        return v;
    }

    /** Index of the first row whose key column equals key, or -1. */
    int rowOf(int keyColumn, String key) {
        for (int r = 0; r < rows.size(); r++) {
            if (cell(r, keyColumn).equals(key)) {
                return r;
            }
        }
        return -1;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
