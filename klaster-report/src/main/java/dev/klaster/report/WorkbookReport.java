package dev.klaster.report;

import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a report's tables to one .xlsx workbook a planner can open and use (atomic, through
 * {@link TableWriter#atomically}):
 *
 * <ul>
 *   <li>an index sheet first ("Daftar isi" / "Contents") with a link to every sheet, one line saying what it holds
 *       and its number of rows;</li>
 *   <li>sheet names in the report's language ({@code sheet.*} keys of the message bundles), unique and at most 31
 *       characters;</li>
 *   <li>on every table sheet a bold, frozen header row with an autofilter, column widths fitted to the contents, a
 *       unit in every numeric header and a number format suited to the column (thousands separators, decimals by
 *       magnitude, % for shares and growth rates), from {@link ColumnLabels};</li>
 *   <li>each table once: of two tables with the same name, or a table whose columns and values are all in another
 *       one with as many rows, only the fuller one is written;</li>
 *   <li>region and other codes that are all digits without a leading zero written as numbers (no "number stored as
 *       text" flag); codes with a leading zero ("0321") as text with that flag switched off.</li>
 * </ul>
 *
 * <p>Percentages on 0–100 are written divided by 100 with a % format (Excel's convention), so 25.3 shows as 25.3 %.
 * Tables longer than {@code maxSheetRows} go to CSV files beside the workbook (raw column names, full precision).
 */
public final class WorkbookReport {
    private WorkbookReport() {
    }

    /** Largest table written as a sheet; larger ones go to CSV files beside the workbook. */
    public static final int MAX_SHEET_ROWS = 100_000;
    /** Excel's limit on sheet names. */
    static final int MAX_SHEET_NAME = 31;
    /** Rows read to fit column widths and choose decimals. */
    private static final int SAMPLE_ROWS = 2_000;

    /** The report's tables ({@link #tables(ReportModel)}) with the labels of the report's language. */
    public static void write(ReportModel model, Path xlsx) throws IOException {
        write(model, ColumnLabels.of(model.lang()), tables(model), xlsx, MAX_SHEET_ROWS);
    }

    /**
     * Writes {@code tables} (as given, e.g. {@link AnalysisPipeline.Result#tables()}) without a report model: English
     * labels and the default units.
     *
     * @return the CSV files written for tables longer than {@code maxSheetRows}
     */
    public static List<Path> write(List<Table> tables, Path xlsx, int maxSheetRows) throws IOException {
        return write(null, ColumnLabels.of(Lang.EN), tables, xlsx, maxSheetRows);
    }

    /**
     * Writes {@code tables} (the report's tables first, then any further result tables, e.g.
     * {@link AnalysisPipeline.Result#tables()}) with an index sheet and the labels and units of {@code labels}.
     *
     * @param model        the report (title, synthetic banner, block titles describing their sheets); may be null
     * @param labels       column names and units in the report's language
     * @param maxSheetRows tables with more rows are written as UTF-8 CSV files {@code <workbook stem>-<table>.csv}
     *                     in the workbook's folder, listed on a sheet of their own
     * @return the CSV files written
     */
    public static List<Path> write(ReportModel model, ColumnLabels labels, List<Table> tables, Path xlsx,
                                   int maxSheetRows) throws IOException {
        if (!xlsx.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("workbook file " + xlsx + " must end in .xlsx");
        }
        if (maxSheetRows < 1 || maxSheetRows > 1_048_575) {
            throw new IllegalArgumentException("maxSheetRows must be in 1..1048575, got " + maxSheetRows);
        }
        Messages m = new Messages(labels.lang());
        String stem = xlsx.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
        Path dir = xlsx.toAbsolutePath().getParent();
        List<Table> unique = distinct(tables, labels);
        for (Table t : unique) {
            if (t.rowCount() <= maxSheetRows) {
                requireFinite(t, xlsx);
            }
        }
        List<Table> sheets = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        List<String[]> large = new ArrayList<>();
        for (Table t : unique) {
            if (t.rowCount() <= maxSheetRows) {
                sheets.add(t);
            } else {
                String base = stem + "-" + t.name().replaceAll("[^A-Za-z0-9_.-]", "_");
                Path f = dir.resolve(base + ".csv");
                for (int k = 2; csv.contains(f); k++) {
                    f = dir.resolve(base + "-" + k + ".csv");
                }
                TableWriter.write(t, f);
                csv.add(f);
                large.add(new String[] {sheetName(t.name(), m), f.getFileName().toString(),
                    Integer.toString(t.rowCount())});
            }
        }
        if (!large.isEmpty()) {
            Table.Builder lt = Table.builder("large_tables").text("table").text("file").number("rows");
            for (String[] l : large) {
                lt.row(l[0], l[1], Double.parseDouble(l[2]));
            }
            lt.note(m.format("wb.large.note", maxSheetRows));
            sheets.add(Math.min(1, sheets.size()), lt.build());
        }
        Map<Table, String> titles = blockTitles(model);
        TableWriter.atomically(xlsx, out -> writeXlsx(model, labels, m, sheets, titles, out));
        return csv;
    }

    /** The overview table followed by every block's workbook tables, each table once. */
    public static List<Table> tables(ReportModel model) {
        List<Table> out = new ArrayList<>();
        out.add(overview(model));
        out.addAll(front(model));
        Map<Table, Boolean> seen = new IdentityHashMap<>();
        for (Section s : model.sections()) {
            for (Block b : s.blocks()) {
                for (Table t : b.workbookTables()) {
                    if (seen.put(t, Boolean.TRUE) == null) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** The executive summary, the recommendations and their rule (first sheets after the overview). */
    static List<Table> front(ReportModel model) {
        List<Table> out = new ArrayList<>();
        if (model.summary() != null) {
            out.add(model.summary().table());
        }
        if (model.recommendations() != null) {
            out.add(model.recommendations().table());
            out.add(model.recommendations().rules());
        }
        return out;
    }

    /** The report's facts as item / value rows, in the report's language. */
    static Table overview(ReportModel model) {
        Messages m = new Messages(model.lang());
        Table.Builder b = Table.builder("overview").text("item").text("description");
        if (model.synthetic()) {
            b.row(m.get("wb.banner"), "DATA DEMO SINTETIS / SYNTHETIC DEMO DATA");
        }
        b.row(m.get("wb.title"), model.title());
        if (model.subtitle() != null) {
            b.row(m.get("wb.subtitle"), model.subtitle());
        }
        b.row(m.get("wb.language"), m.get("wb.language." + model.lang().code()));
        for (String s : model.dataSources()) {
            b.row(m.get("overview.sources"), s);
        }
        List<Integer> ys = model.years();
        b.row(m.get("overview.years"), ys.isEmpty() ? "" : ys.get(0) + "–" + ys.get(ys.size() - 1));
        b.row(m.get("overview.regions"), Integer.toString(model.regionCount()));
        b.row(m.get("overview.industries"), Integer.toString(model.industryCount()));
        if (model.verdict() != null) {
            b.row(m.get("wb.verdict"), model.verdict());
        }
        for (String w : model.warnings()) {
            b.row(m.get("overview.warnings"), w);
        }
        if (model.warnings().isEmpty()) {
            b.row(m.get("overview.warnings"), m.get("overview.noWarnings"));
        }
        return b.build();
    }

    // ------------------------------------------------------------------ sheet names

    private static final Pattern DIGITS = Pattern.compile("_(\\d+)(?=_|$)");

    /** The bundle key of a table name: measure ids become {@code M}, digit groups (years, codes) {@code N}. */
    static String sheetKey(String tableName) {
        String k = tableName;
        for (dev.klaster.core.model.Measure ms : dev.klaster.core.model.Measure.values()) {
            k = k.replaceAll("(^|_)" + ms.id() + "(?=_|$)", "$1M");
        }
        return DIGITS.matcher(k).replaceAll("_N");
    }

    /**
     * The sheet name of a table in the report's language ({@code sheet.KEY} with the measure's short name as
     * {@code {0}} and the number in the name as {@code {1}}), at most 31 characters and without []:*?/\; a table
     * without a key keeps its name with spaces for underscores.
     */
    static String sheetName(String tableName, Messages m) {
        String key = sheetKey(tableName);
        String name;
        if (m.has("sheet." + key)) {
            String measure = "";
            for (dev.klaster.core.model.Measure ms : dev.klaster.core.model.Measure.values()) {
                if (Pattern.compile("(^|_)" + ms.id() + "(_|$)").matcher(tableName).find()) {
                    measure = m.has("sheet.measure." + ms.id()) ? m.get("sheet.measure." + ms.id())
                            : ms.label(m.lang().code());
                }
            }
            Matcher d = DIGITS.matcher(tableName);
            String number = "";
            while (d.find()) {
                number = d.group(1);
            }
            name = new java.text.MessageFormat(m.get("sheet." + key), Locale.ROOT).format(new Object[] {measure,
                number});
        } else {
            name = tableName.replace('_', ' ');
        }
        name = name.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("^'+|'+$", "").trim();
        if (name.isEmpty()) {
            name = "-";
        }
        return name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME).trim() : name;
    }

    /** True when the table's name has a sheet name in the bundle (tests: no fallback names in a report). */
    static boolean hasSheetName(String tableName, Messages m) {
        return m.has("sheet." + sheetKey(tableName));
    }

    /** The reader's title of a result table in {@code lang} (its sheet name in the workbook). */
    public static String readerTitle(String tableName, Lang lang) {
        return sheetName(tableName, new Messages(lang));
    }

    /** What a result table holds, in {@code lang} ({@code sheet.KEY.desc}; "" when the bundle has none). */
    public static String readerDescription(String tableName, Lang lang) {
        Messages m = new Messages(lang);
        String key = "sheet." + sheetKey(tableName) + ".desc";
        return m.has(key) ? m.get(key) : "";
    }

    /** What a sheet holds: the title of the report block that shows it, else {@code sheet.KEY.desc}, else "". */
    static String description(Table t, Map<Table, String> titles, Messages m) {
        String title = titles.get(t);
        if (title != null) {
            return title;
        }
        String key = "sheet." + sheetKey(t.name()) + ".desc";
        return m.has(key) ? m.get(key) : "";
    }

    private static Map<Table, String> blockTitles(ReportModel model) {
        Map<Table, String> out = new IdentityHashMap<>();
        if (model == null) {
            return out;
        }
        for (Section s : model.sections()) {
            for (Block b : s.blocks()) {
                for (Table t : b.workbookTables()) {
                    out.putIfAbsent(t, b.title());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ duplicates

    /**
     * Each table once, in order: of tables with the same name the one with the most rows (the first on a tie), then
     * no table all of whose columns (by header, values compared as sorted lists) are in another kept table with as
     * many rows.
     */
    static List<Table> distinct(List<Table> tables, ColumnLabels labels) {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Table t : tables) {
            Table had = byName.get(t.name());
            if (had == null || t.rowCount() > had.rowCount()) {
                byName.put(t.name(), t);
            }
        }
        List<Table> kept = new ArrayList<>();
        for (Table t : tables) {
            if (byName.get(t.name()) == t && !kept.contains(t)) {
                kept.add(t);
            }
        }
        List<Table> out = new ArrayList<>();
        Map<Table, Map<String, List<String>>> cache = new IdentityHashMap<>();
        for (Table t : kept) {
            boolean inOther = false;
            for (Table u : kept) {
                if (u != t && u.rowCount() == t.rowCount() && u.columns().size() > t.columns().size()
                        && t.rowCount() <= 20_000 && contains(cols(u, labels, cache), cols(t, labels, cache))) {
                    inOther = true;
                    break;
                }
            }
            if (!inOther) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean contains(Map<String, List<String>> big, Map<String, List<String>> small) {
        for (Map.Entry<String, List<String>> e : small.entrySet()) {
            if (!e.getValue().equals(big.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<String>> cols(Table t, ColumnLabels labels,
                                                  Map<Table, Map<String, List<String>>> cache) {
        return cache.computeIfAbsent(t, x -> {
            Map<String, List<String>> out = new HashMap<>();
            for (int c = 0; c < x.columns().size(); c++) {
                String[] v = new String[x.rowCount()];
                for (int r = 0; r < v.length; r++) {
                    v[r] = Tables.cellText(x, r, c);
                }
                Arrays.sort(v);
                out.put(labels.label(x.columns().get(c).name()), Arrays.asList(v));
            }
            return out;
        });
    }

    /**
     * An infinite value is a defect of the measure that produced it and is never written: the check is
     * {@link TableWriter}'s, which refuses the write naming the table, column and row (exit 4 in the CLI) before
     * anything is written.
     */
    private static void requireFinite(Table t, Path file) throws IOException {
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.columns().get(c).type() != Table.Type.NUMBER) {
                continue;
            }
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.get(r, c) instanceof Double d && d.isInfinite()) {
                    TableWriter.write(List.of(t), file); // throws NonFiniteResultException, writes nothing
                }
            }
        }
    }

    // ------------------------------------------------------------------ writing

    /** Styles by number format, made once per workbook. */
    private static final class Styles {
        final SXSSFWorkbook wb;
        final CellStyle header;
        final CellStyle title;
        final CellStyle link;
        final CellStyle note;
        final CellStyle text;
        final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(blue);
            Font italic = wb.createFont();
            italic.setItalic(true);
            note = wb.createCellStyle();
            note.setFont(italic);
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                return s;
            });
        }
    }

    private static void writeXlsx(ReportModel model, ColumnLabels labels, Messages m, List<Table> tables,
                                  Map<Table, String> titles, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Styles st = new Styles(wb);
            Set<String> used = new HashSet<>();
            String indexName = unique(m.get("wb.index"), used);
            List<String> names = new ArrayList<>();
            for (Table t : tables) {
                names.add(unique(sheetName(t.name(), m), used));
            }
            SXSSFSheet index = wb.createSheet(indexName);
            int r = 0;
            Row tr = index.createRow(r++);
            cell(tr, 0, model == null ? m.get("report.title") : model.title(), st.title);
            if (model != null && model.synthetic()) {
                cell(index.createRow(r++), 0, "DATA DEMO SINTETIS / SYNTHETIC DEMO DATA", st.header);
            }
            cell(index.createRow(r++), 0, m.get("wb.index.intro"), st.note);
            r++;
            int headerRow = r;
            Row h = index.createRow(r++);
            cell(h, 0, m.get("wb.index.sheet"), st.header);
            cell(h, 1, m.get("wb.index.holds"), st.header);
            cell(h, 2, m.get("wb.index.rows") + " (" + m.get("unit.count") + ")", st.header);
            int maxName = m.get("wb.index.sheet").length();
            int maxDesc = 20;
            for (int k = 0; k < tables.size(); k++) {
                Row row = index.createRow(r++);
                Cell c = row.createCell(0);
                c.setCellValue(names.get(k));
                Hyperlink hl = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                hl.setAddress(quoteSheet(names.get(k)) + "!A1");
                c.setHyperlink(hl);
                c.setCellStyle(st.link);
                String desc = description(tables.get(k), titles, m);
                cell(row, 1, desc, null);
                Cell n = row.createCell(2);
                n.setCellValue(tables.get(k).rowCount());
                n.setCellStyle(st.number("#,##0"));
                maxName = Math.max(maxName, names.get(k).length());
                maxDesc = Math.max(maxDesc, desc.length());
            }
            index.createFreezePane(0, headerRow + 1);
            index.setColumnWidth(0, width(maxName + 2));
            index.setColumnWidth(1, width(Math.min(100, maxDesc + 2)));
            index.setColumnWidth(2, width(12));
            for (int k = 0; k < tables.size(); k++) {
                sheet(wb, st, labels, m, tables.get(k), names.get(k), indexName);
            }
            wb.write(out);
        }
    }

    private static void sheet(SXSSFWorkbook wb, Styles st, ColumnLabels labels, Messages m, Table t, String name,
                              String indexName) {
        SXSSFSheet sheet = wb.createSheet(name);
        List<Table.Column> cols = t.columns();
        int nc = cols.size();
        String[] headers = new String[nc];
        ColumnLabels.Kind[] kinds = new ColumnLabels.Kind[nc];
        CellStyle[] styles = new CellStyle[nc];
        boolean[] percentOf100 = new boolean[nc];
        int[] widths = new int[nc];
        boolean[] leadingZeroText = new boolean[nc];
        for (int c = 0; c < nc; c++) {
            String raw = cols.get(c).name();
            kinds[c] = cols.get(c).type() == Table.Type.TEXT ? ColumnLabels.Kind.TEXT : labels.kind(raw);
            headers[c] = cols.get(c).type() == Table.Type.TEXT ? labels.name(raw) : labels.label(raw);
            if (cols.get(c).type() == Table.Type.NUMBER) {
                String f = format(kinds[c], t, c);
                styles[c] = st.number(f);
                percentOf100[c] = kinds[c] == ColumnLabels.Kind.PCT || kinds[c] == ColumnLabels.Kind.PCT_YEAR;
                widths[c] = sampleWidth(t, c, f);
            } else {
                widths[c] = sampleWidth(t, c, null);
            }
        }
        Row header = sheet.createRow(0);
        for (int c = 0; c < nc; c++) {
            cell(header, c, headers[c], st.header);
        }
        CellStyle integer = st.number("0");
        for (int r = 0; r < t.rowCount(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < nc; c++) {
                Object v = t.get(r, c);
                if (v instanceof Double d) {
                    if (!d.isNaN()) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(percentOf100[c] ? d / 100 : d);
                        cell.setCellStyle(styles[c]);
                    }
                } else {
                    String s = (String) v;
                    if (s == null || s.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (isPlainInteger(s)) {
                        cell.setCellValue(Long.parseLong(s));
                        cell.setCellStyle(integer);
                    } else {
                        cell.setCellValue(s);
                        if (isDigits(s)) {
                            leadingZeroText[c] = true;
                            cell.setCellStyle(st.text);
                        }
                    }
                }
            }
        }
        int last = t.rowCount();
        if (nc > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, last), 0, nc - 1));
        }
        sheet.createFreezePane(0, 1);
        int rowNo = last + 2;
        for (String note : t.notes()) {
            cell(sheet.createRow(rowNo++), 0, note, st.note);
        }
        Row back = sheet.createRow(rowNo + (t.notes().isEmpty() ? 0 : 1));
        Cell bc = back.createCell(0);
        bc.setCellValue("← " + indexName);
        Hyperlink hl = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        hl.setAddress(quoteSheet(indexName) + "!A1");
        bc.setHyperlink(hl);
        bc.setCellStyle(st.link);
        for (int c = 0; c < nc; c++) {
            int w = Math.max(widths[c], Math.min(headers[c].length(), 24));
            sheet.setColumnWidth(c, width(Math.min(60, Math.max(8, w + 2))));
            if (leadingZeroText[c] && last > 0) {
                XSSFSheet x = wb.getXSSFWorkbook().getSheet(name);
                x.addIgnoredErrors(new CellRangeAddress(1, last, c, c), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            }
        }
    }

    /** The number format of a column: by kind, decimals by the magnitude of its values where the kind has none. */
    static String format(ColumnLabels.Kind kind, Table t, int c) {
        return switch (kind) {
            case YEAR, RANK, FLAG, STARS -> "0";
            case COUNT -> "#,##0";
            case INDEX, RATIO -> "#,##0.00";
            case INDEX3 -> "0.000";
            case SCORE -> "0.00";
            case PCT, FRACTION, FRACTION_YEAR, PCT_YEAR -> "0.0%";
            case PP -> "#,##0.0";
            case JOBS -> "#,##0";
            default -> byMagnitude(t, c);
        };
    }

    private static String byMagnitude(Table t, int c) {
        int n = Math.min(t.rowCount(), SAMPLE_ROWS);
        double[] abs = new double[n];
        int k = 0;
        boolean integral = true;
        for (int r = 0; r < n; r++) {
            double v = t.number(r, c);
            if (Double.isFinite(v)) {
                abs[k++] = Math.abs(v);
                integral &= v == Math.rint(v);
            }
        }
        if (k == 0 || integral) {
            return "#,##0";
        }
        double[] a = Arrays.copyOf(abs, k);
        Arrays.sort(a);
        double median = a[k / 2];
        return median >= 100 ? "#,##0.0" : median >= 1 ? "#,##0.00" : "#,##0.000";
    }

    private static int sampleWidth(Table t, int c, String format) {
        int n = Math.min(t.rowCount(), SAMPLE_ROWS);
        int w = 0;
        for (int r = 0; r < n; r++) {
            Object v = t.get(r, c);
            int len;
            if (v instanceof Double d) {
                double a = Math.abs(d);
                int digits = a < 1 ? 1 : (int) Math.floor(Math.log10(a)) + 1;
                int decimals = format == null ? 2 : format.contains(".") ? format.length() - format.indexOf('.') - 1
                        : 0;
                len = digits + digits / 3 + decimals + 2;
            } else {
                len = v == null ? 0 : ((String) v).length();
            }
            w = Math.max(w, len);
        }
        return w;
    }

    private static int width(int chars) {
        return Math.min(255, chars) * 256;
    }

    /** "3501": a whole number without a leading zero that Excel would show as a number. */
    static boolean isPlainInteger(String s) {
        return s.length() <= 15 && s.matches("[1-9][0-9]*");
    }

    private static boolean isDigits(String s) {
        return s.matches("[0-9]+");
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String quoteSheet(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    /** A sheet name not yet used (Excel compares names without case): "Name", "Name (2)", ... within 31 chars. */
    static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int k = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())).trim() + suffix;
        }
        return candidate;
    }
}
