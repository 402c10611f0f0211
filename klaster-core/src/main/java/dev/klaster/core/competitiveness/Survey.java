package dev.klaster.core.competitiveness;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Survey answers: a tidy CSV with header {@code region,cluster,indicator,score}, one row per respondent and
 * question, Likert scores 1..likertMax. The indicator value of a (region, cluster) unit is the mean score of its
 * respondents. A score outside the scale or not a number is an {@link InputDataException} naming file, line and
 * column; an empty score is a non-answer and is skipped.
 */
public final class Survey {
    private final Map<String, double[]> sums = new HashMap<>();

    private Survey() {
    }

    /** Unit key used by surveys and assessments. */
    public static String key(String region, String cluster, String indicator) {
        return region + "\u0000" + cluster + "\u0000" + indicator;
    }

    public static Survey read(Path file, int likertMax) {
        Survey s = new Survey();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord rec : reader) {
                for (String col : List.of("region", "cluster", "indicator", "score")) {
                    if (!rec.getHeader().contains(col)) {
                        throw new InputDataException(file.toString(), 1, col, "", "column not found (header: "
                                + rec.getHeader() + ")");
                    }
                }
                String text = rec.getField("score").strip();
                if (text.isEmpty()) {
                    continue;
                }
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new InputDataException(file.toString(), rec.getStartingLineNumber(), "score", text,
                            "not a number");
                }
                if (!(v >= 1 && v <= likertMax)) {
                    throw new InputDataException(file.toString(), rec.getStartingLineNumber(), "score", text,
                            "outside the Likert scale 1.." + likertMax);
                }
                s.add(rec.getField("region").strip(), rec.getField("cluster").strip(),
                        rec.getField("indicator").strip(), v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read survey " + file, e);
        }
        return s;
    }

    /** An empty survey (no answers). */
    public static Survey empty() {
        return new Survey();
    }

    /** Adds one answer. */
    public Survey add(String region, String cluster, String indicator, double score) {
        double[] a = sums.computeIfAbsent(key(region, cluster, indicator), k -> new double[2]);
        a[0] += score;
        a[1]++;
        return this;
    }

    /** Mean score of a unit's respondents, or NaN when nobody answered. */
    public double mean(String region, String cluster, String indicator) {
        double[] a = sums.get(key(region, cluster, indicator));
        return a == null ? Double.NaN : a[0] / a[1];
    }
}
