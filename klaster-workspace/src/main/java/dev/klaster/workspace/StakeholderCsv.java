package dev.klaster.workspace;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and validates a stakeholder CSV file (UTF-8, comma-separated, header row, optional BOM). Columns, in any
 * order, English or Indonesian names: {@code name|nama} and {@code type|jenis} required; {@code kbli},
 * {@code size_class|ukuran}, {@code region_code|kode_wilayah}, {@code lat}, {@code lon}, {@code sentra_ikm},
 * {@code committed|berkomitmen} optional. Types and size classes are the enum names (case and {@code -}/space
 * insensitive); committed is true/false, yes/no, ya/tidak, 1/0 or empty (false); coordinates use a decimal point.
 * The whole file is validated before anything is written: the first bad cell throws {@link CsvImportException}.
 */
final class StakeholderCsv {
    static final int MAX_ROWS = 200_000;
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        for (String[] c : new String[][] {{"name", "name"}, {"nama", "name"}, {"type", "type"}, {"jenis", "type"},
                {"kbli", "kbli"}, {"size_class", "size_class"}, {"ukuran", "size_class"},
                {"region_code", "region_code"}, {"kode_wilayah", "region_code"}, {"lat", "lat"}, {"lon", "lon"},
                {"sentra_ikm", "sentra_ikm"}, {"committed", "committed"}, {"berkomitmen", "committed"}}) {
            COLUMNS.put(c[0], c[1]);
        }
    }

    private StakeholderCsv() {
    }

    /**
     * One row of a table file: its 1-based line (row) number, the cell texts, and per cell a name for messages (the
     * xlsx cell address such as {@code C3}; null for CSV, whose messages name the line and column).
     */
    record Raw(long line, List<String> fields, List<String> cells) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        /** The column's header name, with the cell address when there is one. */
        String columnName(List<String> header, int i) {
            return cells == null || i >= cells.size() ? header.get(i) : header.get(i) + " (cell " + cells.get(i) + ")";
        }
    }

    /** Validates rows read from any table (the header first), with the same rules and messages as a CSV file. */
    static List<StakeholderDraft> rows(String file, Iterable<Raw> table) {
        List<StakeholderDraft> rows = new ArrayList<>();
        Map<String, Integer> index = null;
        List<String> header = null;
        for (Raw rec : table) {
            if (index == null) {
                header = rec.fields();
                index = header(file, rec);
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new CsvImportException(file, rec.line(), "-", "-", "csv.tooManyRows", MAX_ROWS);
            }
            rows.add(row(file, rec, index, header));
        }
        if (index == null) {
            throw new CsvImportException(file, 1, "-", "", "csv.noHeader");
        }
        if (rows.isEmpty()) {
            throw new CsvImportException(file, 2, "-", "", "csv.noRows");
        }
        return rows;
    }

    static List<StakeholderDraft> read(String file, InputStream in) {
        List<StakeholderDraft> rows = new ArrayList<>();
        Map<String, Integer> index = null;
        List<String> header = null;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .detectBomHeader(true).skipEmptyLines(true).ofCsvRecord(in, StandardCharsets.UTF_8)) {
            for (CsvRecord rec : csv) {
                if (index == null) {
                    header = rec.getFields();
                    index = header(file, raw(rec));
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new CsvImportException(file, rec.getStartingLineNumber(), "-", "-", "csv.tooManyRows",
                            MAX_ROWS);
                }
                if (rec.getFieldCount() != header.size()) {
                    throw new CsvImportException(file, rec.getStartingLineNumber(), "-",
                            String.join(",", rec.getFields()), "csv.fieldCount", rec.getFieldCount(), header.size());
                }
                rows.add(row(file, raw(rec), index, header));
            }
        } catch (CsvParseException e) {
            throw new CsvImportException(file, -1, "-", "-", "csv.malformed", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new CsvImportException(file, -1, "-", "-", "csv.encoding");
            }
            throw e;
        }
        if (index == null) {
            throw new CsvImportException(file, 1, "-", "", "csv.noHeader");
        }
        if (rows.isEmpty()) {
            throw new CsvImportException(file, 2, "-", "", "csv.noRows");
        }
        return rows;
    }

    private static Raw raw(CsvRecord rec) {
        return new Raw(rec.getStartingLineNumber(), rec.getFields(), null);
    }

    private static Map<String, Integer> header(String file, Raw rec) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rec.fields().size(); i++) {
            String raw = rec.field(i);
            String key = COLUMNS.get(raw.trim().toLowerCase(Locale.ROOT));
            if (key == null) {
                throw new CsvImportException(file, rec.line(), rec.columnName(rec.fields(), i), raw,
                        "csv.unknownColumn", String.join(", ", COLUMNS.keySet()));
            }
            if (index.put(key, i) != null) {
                throw new CsvImportException(file, rec.line(), rec.columnName(rec.fields(), i), raw,
                        "csv.duplicateColumn");
            }
        }
        for (String required : List.of("name", "type")) {
            if (!index.containsKey(required)) {
                throw new CsvImportException(file, rec.line(), required, "", "csv.missingColumn");
            }
        }
        return index;
    }

    private static StakeholderDraft row(String file, Raw rec, Map<String, Integer> index, List<String> header) {
        long line = rec.line();
        Cell cell = (key) -> {
            Integer i = index.get(key);
            if (i == null) {
                return null;
            }
            String v = rec.field(i).trim();
            return v.isEmpty() ? null : v;
        };
        java.util.function.Function<String, String> col = key -> rec.columnName(header, index.get(key));
        String name = cell.get("name");
        if (name == null) {
            throw new CsvImportException(file, line, col.apply("name"), "", "csv.required");
        }
        StakeholderType type = enumCell(file, line, col.apply("type"), cell.get("type"), StakeholderType.class, true);
        SizeClass size = index.containsKey("size_class")
                ? enumCell(file, line, col.apply("size_class"), cell.get("size_class"), SizeClass.class, false) : null;
        Double lat = index.containsKey("lat") ? number(file, line, col.apply("lat"), cell.get("lat")) : null;
        Double lon = index.containsKey("lon") ? number(file, line, col.apply("lon"), cell.get("lon")) : null;
        boolean committed = index.containsKey("committed")
                && bool(file, line, col.apply("committed"), cell.get("committed"));
        StakeholderDraft d = new StakeholderDraft(name, type, cell.get("kbli"), size, cell.get("region_code"), lat, lon,
                cell.get("sentra_ikm"), committed);
        try {
            d.validate();
        } catch (ValidationException e) {
            String field = String.valueOf(e.args().length > 0 ? e.args()[0] : "-");
            String key = field.startsWith("stakeholder.") ? field.substring("stakeholder.".length()) : field;
            String column = switch (key) {
                case "regionCode" -> "region_code";
                case "sentraIkm" -> "sentra_ikm";
                default -> key;
            };
            String columnName = index.containsKey(column) ? col.apply(column) : column;
            String value = index.containsKey(column) ? rec.field(index.get(column)) : "";
            if (e.key().equals("error.latLonPair")) {
                columnName = index.containsKey("lat") ? col.apply("lat") : "lat";
                value = lat + "/" + lon;
            }
            throw new CsvImportException(file, line, columnName, value, e.key(), e.args());
        }
        return d;
    }

    @FunctionalInterface
    private interface Cell {
        String get(String key);
    }

    private static <E extends Enum<E>> E enumCell(String file, long line, String column, String value, Class<E> type,
                                                  boolean required) {
        if (value == null) {
            if (required) {
                throw new CsvImportException(file, line, column, "", "csv.required");
            }
            return null;
        }
        String norm = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_').replace('/', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(norm)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new CsvImportException(file, line, column, value, "csv.badEnum", allowed.toString());
    }

    private static Double number(String file, long line, String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new CsvImportException(file, line, column, value, "csv.badNumber");
        }
    }

    private static boolean bool(String file, long line, String column, String value) {
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "ya": case "y": case "1":
                return true;
            case "false": case "no": case "tidak": case "n": case "0":
                return false;
            default:
                throw new CsvImportException(file, line, column, value, "csv.badBoolean");
        }
    }
}
