package dev.klaster.io.export;

import dev.klaster.core.table.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes tables as CSV or XLSX, chosen by the file extension. Every write goes to a temporary file in the target
 * folder and is moved into place when complete, so a failure never leaves a partial file.
 *
 * <p>CSV: comma-separated, RFC 4180 quoting, '.' decimal separator, full precision ({@link Double#toString}),
 * undefined values (NaN) as empty cells, UTF-8 with a byte-order mark so Excel reads names like "Sulawesi Tengah"
 * or "Rp" correctly.
 */
public final class TableWriter {
    private TableWriter() {
    }

    /** Writes one table to {@code .csv} or {@code .xlsx} (by extension). */
    public static void write(Table table, Path file) throws IOException {
        write(List.of(table), file);
    }

    /**
     * Writes tables: to {@code .xlsx} as one sheet each; to {@code .csv} only a single table is allowed.
     */
    public static void write(List<Table> tables, Path file) throws IOException {
        for (Table t : tables) {
            requireFinite(t, file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            atomically(file, out -> writeXlsx(tables, out));
        } else if (name.endsWith(".csv")) {
            if (tables.size() != 1) {
                throw new IllegalArgumentException("a .csv file holds one table, got " + tables.size()
                        + "; use .xlsx or a folder");
            }
            atomically(file, out -> writeCsv(tables.get(0), out));
        } else {
            throw new IllegalArgumentException("output file " + file + " must end in .csv or .xlsx");
        }
    }

    /**
     * An infinite value is never written ("Infinity" in a CSV, a huge number in Excel): undefined results are NaN
     * and written as empty cells; an infinite one is a defect of the measure that produced it, so the write is
     * refused naming the table, column and row, and nothing is written (the report set stays the previous one).
     */
    static void requireFinite(Table t, Path file) {
        List<Table.Column> cols = t.columns();
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).type() != Table.Type.NUMBER) {
                continue;
            }
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.get(r, c) instanceof Double d && d.isInfinite()) {
                    throw new NonFiniteResultException(file + ": table '" + t.name() + "', column '"
                            + cols.get(c).name() + "', row " + (r + 1) + ": the value is " + d
                            + " (a non-finite result); nothing was written");
                }
            }
        }
    }

    /** A non-finite number reached an output; an internal error (exit 4), never written. */
    public static final class NonFiniteResultException extends IllegalStateException {
        NonFiniteResultException(String message) {
            super(message);
        }
    }

    /** Writes each table as {@code <dir>/<table name>.csv}. */
    public static void writeCsvFolder(List<Table> tables, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Table t : tables) {
            write(t, dir.resolve(safeName(t.name()) + ".csv"));
        }
    }

    /** Writes a table as CSV (with BOM) to a stream. */
    public static void writeCsv(Table t, OutputStream stream) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        // notes are not written to CSV (it stays machine-readable); the XLSX sheet carries them under the table
        List<Table.Column> cols = t.columns();
        for (int c = 0; c < cols.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(quote(cols.get(c).name()));
        }
        w.write("\r\n");
        boolean[] number = new boolean[cols.size()];
        for (int c = 0; c < number.length; c++) {
            number[c] = cols.get(c).type() == Table.Type.NUMBER;
        }
        // rows are collected in a buffer and handed to the writer in chunks: one synchronised write per 64 KiB
        // instead of one per cell (BufferedWriter locks on every call)
        StringBuilder buf = new StringBuilder(1 << 17);
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < number.length; c++) {
                if (c > 0) {
                    buf.append(',');
                }
                if (number[c]) {
                    double d = t.number(r, c);
                    if (!Double.isNaN(d)) {
                        appendNumber(buf, d);
                    }
                } else {
                    appendQuoted(buf, t.text(r, c));
                }
            }
            buf.append("\r\n");
            if (buf.length() >= 1 << 16) {
                w.append(buf);
                buf.setLength(0);
            }
        }
        w.append(buf);
        w.flush();
    }

    static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /** {@link #formatNumber} into a buffer (whole numbers without a string of their own). */
    static void appendNumber(StringBuilder b, double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            b.append((long) d);
        } else {
            b.append(d);
        }
    }

    /** {@link #quote} into a buffer, scanning the text once. */
    static void appendQuoted(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                b.append(quote(s));
                return;
            }
        }
        b.append(s);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void writeXlsx(List<Table> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Set<String> used = new HashSet<>();
            for (Table t : tables) {
                String sheetName = uniqueSheetName(t.name(), used);
                Sheet sheet = wb.createSheet(sheetName);
                int rowNo = 0;
                Row header = sheet.createRow(rowNo++);
                List<Table.Column> cols = t.columns();
                for (int c = 0; c < cols.size(); c++) {
                    header.createCell(c).setCellValue(cols.get(c).name());
                }
                for (int r = 0; r < t.rowCount(); r++) {
                    Row row = sheet.createRow(rowNo++);
                    for (int c = 0; c < cols.size(); c++) {
                        Object v = t.get(r, c);
                        if (v instanceof Double d) {
                            if (!d.isNaN()) {
                                row.createCell(c).setCellValue(d);
                            }
                        } else {
                            Cell cell = row.createCell(c);
                            cell.setCellValue((String) v);
                        }
                    }
                }
                if (!t.notes().isEmpty()) {
                    rowNo++;
                    for (String note : t.notes()) {
                        sheet.createRow(rowNo++).createCell(0).setCellValue(note);
                    }
                }
            }
            wb.write(out);
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
    static String uniqueSheetName(String name, Set<String> used) {
        String base = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (base.isBlank()) {
            base = "sheet";
        }
        if (base.length() > 31) {
            base = base.substring(0, 31);
        }
        String candidate = base;
        for (int k = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
            String suffix = "_" + k;
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Something that writes a whole file to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes through a temporary file in the same folder, then moves it over the target; on any failure the
     * temporary file is deleted and the target is untouched.
     *
     * <p>Permissions: the temporary file is created without explicit attributes, so the operating system gives it
     * the normal mode of a new file (on POSIX 0666 minus the umask, typically rw-r--r--), not the owner-only 0600
     * of {@link Files#createTempFile}; when the target already exists its POSIX permissions are kept.
     */
    public static void atomically(Path target, StreamWriter writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Leftovers.removeStale(abs);
        if (Files.isDirectory(abs)) {
            throw new CannotWriteException(abs, "is a folder; give a file name");
        }
        Path tmp = newTempFile(abs);
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            if (Files.exists(abs) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A new empty file next to the target, with the default (umask) permissions; the name is not guessable and
     * carries this process's id, so that a killed run's file is removed by the next run ({@link Leftovers}).
     */
    private static Path newTempFile(Path abs) throws IOException {
        Path dir = abs.getParent();
        for (int attempt = 0; ; attempt++) {
            Path tmp = (dir == null ? abs.getFileSystem().getPath("") : dir).resolve(Leftovers.tempName(abs,
                    Long.toUnsignedString(RANDOM.nextLong(), 36)));
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
