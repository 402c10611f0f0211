package dev.klaster.io.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's own traded/local list ({@code --traded-local FILE}): a CSV with a header, one industry a row, columns
 * {@code industry,class} where class is {@code traded} or {@code local} (also {@code diperdagangkan} / {@code lokal},
 * any case). The US Cluster Mapping crosswalk ({@code naics,traded_local,...}, values {@code Traded}/{@code Local})
 * is read as it is: the code column may be {@code industry}, {@code code} or {@code naics}, the class column
 * {@code class}, {@code traded_local} or {@code type}. A code listed twice with different classes, an empty code or
 * any other class value is an error naming file, line, column and value.
 */
public final class TradedLocalList {
    static final List<String> CODE_COLUMNS = List.of("industry", "code", "naics");
    static final List<String> CLASS_COLUMNS = List.of("class", "traded_local", "type");

    private TradedLocalList() {
    }

    /** Reads the list; see the class doc for the format. */
    public static Map<String, TradedLocal.Kind> read(Path file) {
        String f = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(f, Files.isDirectory(file) ? "is a folder, not a traded/local list"
                    : "file not found");
        }
        Map<String, TradedLocal.Kind> out = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            String codeCol = null;
            String classCol = null;
            for (NamedCsvRecord r : csv) {
                if (codeCol == null) {
                    List<String> header = r.getHeader().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
                    codeCol = first(r.getHeader(), CODE_COLUMNS);
                    classCol = first(r.getHeader(), CLASS_COLUMNS);
                    if (codeCol == null || classCol == null) {
                        throw new InputDataException(f, 1, codeCol == null ? "industry" : "class", "",
                                "a traded/local list needs columns industry (or code, naics) and class (or "
                                        + "traded_local); header: " + header);
                    }
                }
                long line = r.getStartingLineNumber();
                String code = r.getField(codeCol).strip();
                String value = r.getField(classCol).strip();
                if (code.isEmpty() && value.isEmpty()) {
                    continue;
                }
                if (code.isEmpty()) {
                    throw new InputDataException(f, line, codeCol, code, "empty industry code");
                }
                TradedLocal.Kind k = TradedLocal.Kind.parse(value);
                if (k == null) {
                    throw new InputDataException(f, line, classCol, value,
                            "class must be traded or local (diperdagangkan / lokal)");
                }
                TradedLocal.Kind before = out.putIfAbsent(code, k);
                if (before != null && before != k) {
                    throw new InputDataException(f, line, classCol, value, "industry " + code + " is listed before as "
                            + before.label("en"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (out.isEmpty()) {
            throw new InputDataException(f, "the traded/local list has no industries");
        }
        return out;
    }

    private static String first(List<String> header, List<String> names) {
        for (String n : names) {
            for (String h : header) {
                if (h.strip().replace("\uFEFF", "").equalsIgnoreCase(n)) {
                    return h;
                }
            }
        }
        return null;
    }
}
