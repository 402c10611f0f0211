package dev.klaster.io.ingest;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One input file loaded into DuckDB as table {@code raw_k} (all text) and exposed as relation {@code cells_k} with
 * the common long schema {@code line, col, region, region_name, level, province, island, industry, year, measure,
 * value} (all text but {@code line}). Wide layouts are unpivoted in SQL; a value column's name gives its sector
 * and/or year ({@code A}, {@code 2013} or {@code A|2013}).
 */
final class Source {
    final int index;
    final Path path;
    final String name;
    final Layout layout;
    final Map<Headers.Role, String> roles = new EnumMap<>(Headers.Role.class);
    final List<String> warnings = new ArrayList<>();
    long headerLine = 1;
    /** True when the line of a row is its rowid in {@code cells_k} + 2 (CSV and Parquet read in file order). */
    boolean rowidLines;

    private Source(int index, Path path, Layout layout) {
        this.index = index;
        this.path = path;
        this.name = path.getFileName().toString();
        this.layout = layout;
    }

    /** Field delimiter of a CSV source. */
    char delimiter = ',';
    /** True for CSV sources, whose lines in DuckDB are record numbers + 2. */
    boolean csv;

    /**
     * Physical line numbers (1-based, counting the header) of rows given as "record number + 2" (the rowid-based
     * line of CSV sources). DuckDB skips blank lines and a quoted field may span lines, so for CSV the records are
     * counted again with FastCSV, which reports where each record starts; one pass for all requested rows. Other
     * sources return the input unchanged.
     */
    long[] physicalLines(long... recordLines) {
        long[] out = recordLines.clone();
        if (!csv || recordLines.length == 0) {
            return out;
        }
        java.util.Map<Long, List<Integer>> want = new java.util.HashMap<>();
        long max = 0;
        for (int k = 0; k < recordLines.length; k++) {
            want.computeIfAbsent(recordLines[k] - 1, x -> new ArrayList<>()).add(k);
            max = Math.max(max, recordLines[k] - 1);
        }
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(path)) {
            long record = 0;
            for (var rec : reader) {
                List<Integer> ks = want.get(record);
                if (ks != null) {
                    for (int k : ks) {
                        out[k] = rec.getStartingLineNumber();
                    }
                }
                if (++record > max) {
                    break;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return recordLines.clone(); // keep the record-based numbers if the file cannot be re-read
        }
        return out;
    }

    /** The physical line of one row (see {@link #physicalLines}). */
    long physicalLine(long recordLine) {
        return physicalLines(recordLine)[0];
    }

    /** The header name of a role in this file, or a fallback. */
    String header(Headers.Role role, String fallback) {
        return roles.getOrDefault(role, fallback);
    }

    static Source load(Connection c, int k, Path path, Layout requested, Measure defaultMeasure) throws SQLException {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new InputDataException(name, "is a folder, not a data file: " + path + " (give the files in it, "
                    + "e.g. " + path.resolve("*.csv") + ")");
        }
        if (!Files.exists(path)) {
            throw new InputDataException(name, "file not found: " + path);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new InputDataException(name, "cannot read: " + path + " (not a regular file, or permission denied)");
        }
        try {
            if (Files.size(path) == 0) {
                throw new InputDataException(name, "empty file");
            }
        } catch (java.io.IOException e) {
            throw new InputDataException(name, "cannot read: " + e.getMessage());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String raw = "raw_" + k;
        String lineExpr;
        long headerLine = 1;
        boolean rowidLines = false;
        try (Statement s = c.createStatement()) {
            if (lower.endsWith(".xlsx")) {
                XlsxSheet sheet = XlsxSheet.read(path);
                headerLine = sheet.headerLine;
                loadXlsx(c, raw, sheet);
                lineExpr = "\"__line\"";
            } else if (lower.endsWith(".parquet")) {
                s.execute("CREATE VIEW " + raw + " AS SELECT * FROM read_parquet(" + literal(path) + ")");
                lineExpr = "CAST(NULL AS BIGINT)";
                rowidLines = true;
            } else if (lower.endsWith(".xls")) {
                throw new InputDataException(name, "old .xls workbooks are not supported; save as .xlsx or .csv");
            } else {
                Encoding.checkStart(path);
                char delim = delimiter(path);
                StringBuilder cols = new StringBuilder();
                List<String> names = new ArrayList<>();
                for (String h : headerFields(path, delim)) {
                    String n = h.isBlank() ? "column_" + (names.size() + 1) : h.trim();
                    for (int d = 2; names.contains(n); d++) {
                        n = h.trim() + "_" + d;
                    }
                    names.add(n);
                    cols.append(cols.length() == 0 ? "" : ", ").append('\'').append(n.replace("'", "''"))
                            .append("': 'VARCHAR'");
                }
                try {
                    s.execute("CREATE VIEW " + raw + " AS SELECT * FROM read_csv(" + literal(path)
                            + ", auto_detect = false, header = true, skip = 0, delim = '" + delim
                            + "', quote = '\"', escape = '\"', strict_mode = true, null_padding = false, "
                            + "columns = {" + cols + "})");
                } catch (SQLException e) {
                    throw csvError(path, e);
                }
                lineExpr = "CAST(NULL AS BIGINT)";
                rowidLines = true;
            }
        } catch (SQLException e) {
            throw new InputDataException(name, "cannot parse: " + firstLine(e.getMessage()));
        }
        List<String> cols = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + raw + " LIMIT 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String col = rs.getMetaData().getColumnName(i);
                if (!col.equals("__line")) {
                    cols.add(col);
                }
            }
        }
        Map<Headers.Role, String> roles = new EnumMap<>(Headers.Role.class);
        List<String> others = new ArrayList<>();
        for (String col : cols) {
            Headers.Role role = Headers.roleOf(col);
            if (role == Headers.Role.OTHER) {
                others.add(col);
            } else if (roles.putIfAbsent(role, col) != null) {
                throw new InputDataException(name, headerLine, col, null, "two columns mean " + role.name().toLowerCase(Locale.ROOT)
                        + ": '" + roles.get(role) + "' and '" + col + "'");
            }
        }
        String headerText = String.join(",", cols);
        if (!roles.containsKey(Headers.Role.REGION)) {
            throw new InputDataException(name, headerLine, null, headerText,
                    "wrong header: no region column (expected region, region_code or KodeWilayah; header names are "
                            + "case-insensitive)");
        }
        Layout layout = requested == Layout.AUTO
                ? (roles.containsKey(Headers.Role.VALUE) ? Layout.TIDY : Layout.WIDE) : requested;
        Source src = new Source(k, path, layout);
        src.headerLine = headerLine;
        src.rowidLines = rowidLines;
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".parquet")) {
            src.delimiter = delimiter(path);
            src.csv = true;
        }
        src.roles.putAll(roles);
        String measureExpr = roles.containsKey(Headers.Role.MEASURE) ? "trim(" + q(roles.get(Headers.Role.MEASURE)) + ")"
                : "'" + (defaultMeasure != null ? defaultMeasure
                : layout == Layout.WIDE ? Measure.VALUE_ADDED : Measure.EMPLOYMENT).id() + "'";
        StringBuilder keys = new StringBuilder();
        keys.append(rowidLines && layout == Layout.WIDE ? "rowid + 2" : lineExpr).append(" AS line, ");
        keys.append(opt(roles, Headers.Role.REGION)).append(" AS region, ");
        keys.append(opt(roles, Headers.Role.REGION_NAME)).append(" AS region_name, ");
        keys.append(opt(roles, Headers.Role.LEVEL)).append(" AS level, ");
        keys.append(opt(roles, Headers.Role.PROVINCE)).append(" AS province, ");
        keys.append(opt(roles, Headers.Role.ISLAND)).append(" AS island, ");
        keys.append(measureExpr).append(" AS measure");
        try (Statement s = c.createStatement()) {
            if (layout == Layout.TIDY) {
                for (Headers.Role need : new Headers.Role[]{Headers.Role.INDUSTRY, Headers.Role.YEAR, Headers.Role.VALUE}) {
                    if (!roles.containsKey(need)) {
                        throw new InputDataException(name, headerLine, null, headerText, "wrong header: tidy layout needs "
                                + "columns region, industry, year, value (optional measure); no "
                                + need.name().toLowerCase(Locale.ROOT) + " column");
                    }
                }
                if (!others.isEmpty()) {
                    src.warnings.add("columns ignored: " + others);
                }
                // no trim() here: it doubles the cost on millions of rows; Ingest trims only if some code needs it
                String value = untrimmed(roles, Headers.Role.VALUE);
                try {
                    s.execute("CREATE TABLE cells_" + k + " AS SELECT " + keys.toString().replace("trim(", "(") + ", '"
                            + roles.get(Headers.Role.VALUE).replace("'", "''") + "' AS col, "
                            + untrimmed(roles, Headers.Role.INDUSTRY) + " AS industry, "
                            + untrimmed(roles, Headers.Role.YEAR) + " AS year, " + value + " AS value, TRY_CAST(" + value
                            + " AS DOUBLE) AS v FROM " + raw);
                } catch (SQLException e) {
                    throw csvError(path, e);
                }
            } else {
                String table = raw;
                if (rowidLines) {
                    table = raw + "_t";
                    try {
                        s.execute("CREATE TABLE " + table + " AS SELECT * FROM " + raw);
                    } catch (SQLException e) {
                        throw csvError(path, e);
                    }
                    src.rowidLines = false;
                }
                loadWide(c, src, table, keys.toString(), others, headerText);
            }
        }
        return src;
    }

    /** DuckDB's CSV error ("CSV Error on Line: 3 / Original Line: ... / Expected Number of Columns: 4 Found: 5"). */
    static InputDataException csvError(Path path, SQLException e) {
        String name = path.getFileName().toString();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.toLowerCase(Locale.ROOT).contains("unicode") || msg.contains("UTF")) {
            Encoding.requireUtf8(path); // throws naming the line when the file is not UTF-8
        }
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("Line: (\\d+)").matcher(msg);
        java.util.regex.Matcher orig = java.util.regex.Pattern.compile("Original Line: (.*)").matcher(msg);
        java.util.regex.Matcher cols = java.util.regex.Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)")
                .matcher(msg);
        if (line.find() && cols.find()) {
            return new InputDataException(name, Long.parseLong(line.group(1)), null, orig.find() ? orig.group(1) : null,
                    "expected " + cols.group(1) + " fields as in the header, found " + cols.group(2)
                            + " (a decimal comma or an unquoted comma in a name?)");
        }
        if (line.find(0)) {
            return new InputDataException(name, Long.parseLong(line.group(1)), null, orig.find() ? orig.group(1) : null,
                    "cannot parse: " + firstLine(msg));
        }
        return new InputDataException(name, "cannot parse: " + firstLine(msg));
    }

    /** The fields of the first line (FastCSV), BOM removed. */
    private static List<String> headerFields(Path path, char delim) {
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().fieldSeparator(delim).ofCsvRecord(path)) {
            for (var rec : reader) {
                List<String> f = new ArrayList<>(rec.getFields());
                if (!f.isEmpty()) {
                    f.set(0, f.get(0).replace("\uFEFF", ""));
                }
                return f;
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            Encoding.requireUtf8(path);
            throw new InputDataException(path.getFileName().toString(), "cannot read: " + e.getMessage());
        }
        throw new InputDataException(path.getFileName().toString(), "empty file");
    }

    /** The delimiter of the header line: the most frequent of comma, semicolon and tab (comma on ties). */
    static char delimiter(Path path) {
        String first;
        try (java.io.BufferedReader r = Files.newBufferedReader(path, java.nio.charset.StandardCharsets.UTF_8)) {
            first = r.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            Encoding.requireUtf8(path);
            throw new InputDataException(path.getFileName().toString(), 1, null, null, "not UTF-8: " + e);
        } catch (java.io.IOException e) {
            throw new InputDataException(path.getFileName().toString(), "cannot read: " + e.getMessage());
        }
        if (first == null) {
            return ',';
        }
        long comma = first.chars().filter(ch -> ch == ',').count();
        long semi = first.chars().filter(ch -> ch == ';').count();
        long tab = first.chars().filter(ch -> ch == '\t').count();
        return semi > comma && semi >= tab ? ';' : tab > comma && tab > semi ? '\t' : ',';
    }

    private static void loadWide(Connection c, Source src, String raw, String keys, List<String> others,
                                 String headerText) throws SQLException {
        Map<Headers.Role, String> roles = src.roles;
        if (others.isEmpty()) {
            throw new InputDataException(src.name, src.headerLine, null, headerText,
                    "wrong header: wide layout needs value columns (one per sector or per year)");
        }
        boolean yearCols = false;
        boolean sectorCols = false;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE colmap_" + src.index + " (col VARCHAR, c_industry VARCHAR, c_year VARCHAR)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO colmap_" + src.index + " VALUES (?, ?, ?)")) {
            for (String col : others) {
                String ind = null;
                String yr = null;
                int bar = col.indexOf('|');
                if (bar >= 0) {
                    ind = col.substring(0, bar).trim();
                    yr = col.substring(bar + 1).trim();
                } else if (Headers.isYear(col)) {
                    yr = col.trim();
                } else {
                    ind = col.trim();
                }
                yearCols |= yr != null;
                sectorCols |= ind != null;
                ps.setString(1, col);
                ps.setString(2, ind);
                ps.setString(3, yr);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        boolean hasYear = roles.containsKey(Headers.Role.YEAR);
        boolean hasInd = roles.containsKey(Headers.Role.INDUSTRY);
        if (yearCols == hasYear) {
            throw new InputDataException(src.name, src.headerLine, null, headerText, hasYear
                    ? "wrong header: a year column and year-named columns at once"
                    : "wrong header: no year (neither a year/tahun column nor columns named by 4-digit years)");
        }
        if (sectorCols == hasInd) {
            throw new InputDataException(src.name, src.headerLine, null, headerText, hasInd
                    ? "wrong header: an industry column and sector-named columns at once"
                    : "wrong header: no industry (neither an industry/sector column nor sector-named columns)");
        }
        StringBuilder inner = new StringBuilder("SELECT ").append(keys);
        inner.append(", ").append(opt(roles, Headers.Role.INDUSTRY)).append(" AS r_industry, ")
                .append(opt(roles, Headers.Role.YEAR)).append(" AS r_year");
        StringBuilder on = new StringBuilder();
        for (String col : others) {
            inner.append(", ").append(str(q(col))).append(" AS ").append(q(col));
            on.append(on.length() == 0 ? "" : ", ").append(q(col));
        }
        inner.append(" FROM ").append(raw);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cells_" + src.index + " AS SELECT u.line, u.region, u.region_name, u.level, "
                    + "u.province, u.island, u.measure, u.col, trim(COALESCE(m.c_industry, u.r_industry)) AS industry, "
                    + "trim(COALESCE(m.c_year, u.r_year)) AS year, trim(u.value) AS value, TRY_CAST(trim(u.value) AS DOUBLE) AS v "
                    + "FROM (UNPIVOT (" + inner
                    + ") ON " + on + " INTO NAME col VALUE value) u JOIN colmap_" + src.index + " m USING (col)");
        }
    }

    private static void loadXlsx(Connection c, String raw, XlsxSheet sheet) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(raw).append(" (\"__line\" BIGINT");
        List<String> names = new ArrayList<>();
        for (String h : sheet.header) {
            String n = h;
            for (int k = 2; names.contains(n); k++) {
                n = h + "_" + k;
            }
            names.add(n);
            ddl.append(", ").append(q(n)).append(" VARCHAR");
        }
        try (Statement s = c.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        // DuckDB's appender: JDBC batches run row by row and take seconds for a few thousand rows
        try (org.duckdb.DuckDBAppender app = c.unwrap(org.duckdb.DuckDBConnection.class).createAppender(
                org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, raw)) {
            for (int r = 0; r < sheet.rows.size(); r++) {
                app.beginRow();
                app.append((long) sheet.lines.get(r));
                String[] row = sheet.rows.get(r);
                for (int j = 0; j < names.size(); j++) {
                    String v = j < row.length ? row[j] : null;
                    if (v == null || v.isEmpty()) {
                        app.appendNull();
                    } else {
                        app.append(v);
                    }
                }
                app.endRow();
            }
        }
    }

    private static String untrimmed(Map<Headers.Role, String> roles, Headers.Role role) {
        String col = roles.get(role);
        return col == null ? "CAST(NULL AS VARCHAR)" : str(q(col));
    }

    private static String opt(Map<Headers.Role, String> roles, Headers.Role role) {
        String col = roles.get(role);
        return col == null ? "CAST(NULL AS VARCHAR)" : "trim(" + str(q(col)) + ")";
    }

    private static String str(String expr) {
        return "CAST(" + expr + " AS VARCHAR)";
    }

    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static String firstLine(String msg) {
        if (msg == null) {
            return "unknown error";
        }
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}
