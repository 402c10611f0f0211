package dev.klaster.core.spatial;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weights as an edge-list CSV: header {@code from,to,weight}, one row per directed link (both directions given
 * for symmetric weights), UTF-8. Regions without neighbours are written as a row {@code id,,} (empty to and
 * weight) so islands survive a round trip. Extra columns are ignored; {@code weight} may be omitted (1).
 */
public final class WeightsCsv {
    private WeightsCsv() {
    }

    /** Writes the edge list (full precision, {@code %.17g}-exact via {@link Double#toString}). */
    public static void write(SpatialWeights w, Writer out) {
        try {
            out.write("from,to,weight\n");
            for (int i = 0; i < w.size(); i++) {
                int[] nb = w.neighbours(i);
                if (nb.length == 0) {
                    out.write(quote(w.ids().get(i)) + ",,\n");
                }
                for (int k = 0; k < nb.length; k++) {
                    out.write(quote(w.ids().get(i)) + "," + quote(w.ids().get(nb[k])) + ","
                            + number(w.weights(i)[k]) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v)
                : Double.toString(v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Reads an edge list; region order is that of first appearance. */
    public static SpatialWeights read(Path file) throws IOException {
        String f = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputDataException(f, "is a folder, not a weights file");
        }
        if (!Files.exists(file)) {
            throw new InputDataException(f, "file not found");
        }
        Map<String, Integer> idx = new LinkedHashMap<>();
        List<List<Integer>> nb = new ArrayList<>();
        List<List<Double>> w = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            int from = -1;
            int to = -1;
            int wt = -1;
            boolean header = true;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (header) {
                    for (int c = 0; c < r.getFieldCount(); c++) {
                        String h = r.getField(c).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                        switch (h) {
                            case "from", "focal", "origin" -> from = c;
                            case "to", "neighbor", "neighbour", "destination" -> to = c;
                            case "weight", "w" -> wt = c;
                            default -> { }
                        }
                    }
                    if (from < 0 || to < 0) {
                        throw new InputDataException(f, line, null, String.join(",", r.getFields()),
                                "the header must name the columns from,to[,weight]");
                    }
                    header = false;
                    continue;
                }
                if (r.getFieldCount() == 1 && r.getField(0).isBlank()) {
                    continue;
                }
                if (r.getFieldCount() <= Math.max(from, to)) {
                    throw new InputDataException(f, line, null, String.join(",", r.getFields()),
                            "expected at least " + (Math.max(from, to) + 1) + " fields");
                }
                String a = r.getField(from).trim();
                String b = r.getField(to).trim();
                if (a.isEmpty()) {
                    throw new InputDataException(f, line, "from", "", "empty region id");
                }
                int i = id(idx, nb, w, a);
                if (b.isEmpty()) {
                    continue; // an island row
                }
                if (a.equals(b)) {
                    throw new InputDataException(f, line, "to", b, "a region cannot be its own neighbour");
                }
                int j = id(idx, nb, w, b);
                double v = 1.0;
                if (wt >= 0 && wt < r.getFieldCount() && !r.getField(wt).isBlank()) {
                    String s = r.getField(wt).trim();
                    try {
                        v = Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new InputDataException(f, line, "weight", s, "not a number");
                    }
                    if (!Double.isFinite(v) || v < 0) {
                        throw new InputDataException(f, line, "weight", s, "a weight must be finite and >= 0");
                    }
                }
                if (nb.get(i).contains(j)) {
                    throw new InputDataException(f, line, "to", b, "the link " + a + " -> " + b + " is given twice");
                }
                nb.get(i).add(j);
                w.get(i).add(v);
            }
            if (header) {
                throw new InputDataException(f, "empty file");
            }
        } catch (NoSuchFileException e) {
            throw new InputDataException(f, "file not found");
        } catch (UncheckedIOException e) {
            throw new InputDataException(f, "cannot read: " + e.getMessage());
        }
        List<String> ids = new ArrayList<>(idx.keySet());
        return SpatialWeights.fromLists(ids, null, nb, w, List.of());
    }

    private static int id(Map<String, Integer> idx, List<List<Integer>> nb, List<List<Double>> w, String s) {
        Integer i = idx.get(s);
        if (i == null) {
            i = idx.size();
            idx.put(s, i);
            nb.add(new ArrayList<>());
            w.add(new ArrayList<>());
        }
        return i;
    }
}
