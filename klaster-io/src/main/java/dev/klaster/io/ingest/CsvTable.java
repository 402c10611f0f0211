package dev.klaster.io.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV file (metadata, bridge tables) read with FastCSV: header names lower-cased, rows with their 1-based
 * line numbers. Small files do not need DuckDB, and FastCSV gives exact line numbers for messages.
 */
final class CsvTable {
    final String name;
    final List<String> header;
    final List<String[]> rows = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();

    private CsvTable(String name, List<String> header) {
        this.name = name;
        this.header = header;
    }

    static CsvTable read(Path file, String... required) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(name, "file not found: " + file);
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP)
                .ofCsvRecord(file)) {
            CsvTable t = null;
            for (CsvRecord rec : reader) {
                List<String> f = rec.getFields();
                if (t == null) {
                    List<String> h = new ArrayList<>();
                    for (String s : f) {
                        h.add(s.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
                    }
                    t = new CsvTable(name, h);
                    for (String r : required) {
                        if (!h.contains(r)) {
                            throw new InputDataException(name, rec.getStartingLineNumber(), null, String.join(",", f),
                                    "wrong header: needs columns " + String.join(",", required) + "; no '" + r + "'");
                        }
                    }
                    continue;
                }
                if (f.size() == 1 && f.get(0).isBlank()) {
                    continue;
                }
                String[] row = new String[t.header.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = i < f.size() ? f.get(i).trim() : "";
                }
                t.rows.add(row);
                t.lines.add(rec.getStartingLineNumber());
            }
            if (t == null) {
                throw new InputDataException(name, "empty file");
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int col(String name) {
        return header.indexOf(name);
    }

    String get(int row, String column) {
        int c = header.indexOf(column);
        return c < 0 ? "" : rows.get(row)[c];
    }
}
