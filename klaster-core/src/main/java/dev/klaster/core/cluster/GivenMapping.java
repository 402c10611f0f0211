package dev.klaster.core.cluster;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user-given industry → cluster mapping, e.g. the US Cluster Mapping Project's NAICS crosswalk (Delgado, Porter
 * &amp; Stern 2016, DOI 10.1093/jeg/lbv017).
 *
 * <p>File format: a CSV with a header; the caller names the industry-code column and the cluster column (for the
 * crosswalk {@code naics2012_to_cmp_cluster_acr1.csv}: {@code naics} and {@code cluster}). Each code may appear
 * once; a repeated code with a different cluster is an error; rows with an empty cluster are skipped and counted.
 * Industries of the data that the mapping does not list get membership −1 (outside every cluster).
 */
public final class GivenMapping {
    private final Map<String, String> clusterOfCode;
    private final String[] clusterNames;
    private final int skipped;

    private GivenMapping(Map<String, String> clusterOfCode, int skipped) {
        this.clusterOfCode = Map.copyOf(clusterOfCode);
        this.clusterNames = clusterOfCode.values().stream().distinct().sorted().toArray(String[]::new);
        this.skipped = skipped;
    }

    /** From an in-memory map code → cluster name. */
    public static GivenMapping of(Map<String, String> clusterOfCode) {
        return new GivenMapping(new LinkedHashMap<>(clusterOfCode), 0);
    }

    /** Reads a CSV mapping file; bad rows throw {@link InputDataException} naming file, line and column. */
    public static GivenMapping read(Path file, String codeColumn, String clusterColumn) {
        Map<String, String> map = new LinkedHashMap<>();
        int skipped = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            boolean checked = false;
            for (NamedCsvRecord rec : reader) {
                if (!checked) {
                    for (String col : List.of(codeColumn, clusterColumn)) {
                        if (!rec.getHeader().contains(col)) {
                            throw new InputDataException(file.toString(), 1, col, "",
                                    "column not found (header: " + rec.getHeader() + ")");
                        }
                    }
                    checked = true;
                }
                long line = rec.getStartingLineNumber();
                String code = rec.getField(codeColumn).strip();
                String cluster = rec.getField(clusterColumn).strip();
                if (code.isEmpty()) {
                    throw new InputDataException(file.toString(), line, codeColumn, code, "empty industry code");
                }
                if (cluster.isEmpty()) {
                    skipped++;
                    continue;
                }
                String before = map.putIfAbsent(code, cluster);
                if (before != null && !before.equals(cluster)) {
                    throw new InputDataException(file.toString(), line, clusterColumn, cluster,
                            "industry " + code + " is already mapped to '" + before + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (map.isEmpty()) {
            throw new InputDataException(file.toString(), 1, clusterColumn, "", "no industry has a cluster");
        }
        return new GivenMapping(map, skipped);
    }

    /** Cluster names, sorted. */
    public String[] clusterNames() {
        return clusterNames.clone();
    }

    /** Number of mapped codes. */
    public int size() {
        return clusterOfCode.size();
    }

    /** Rows skipped because their cluster was empty. */
    public int skippedRows() {
        return skipped;
    }

    /** Cluster of a code, or null if unmapped. */
    public String clusterOf(String code) {
        return clusterOfCode.get(code);
    }

    /** Codes of one cluster. */
    public List<String> codesOf(String cluster) {
        List<String> out = new ArrayList<>();
        clusterOfCode.forEach((k, v) -> {
            if (v.equals(cluster)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    /** Membership index (into {@link #clusterNames()}) per code, −1 for unmapped codes. */
    public int[] membership(String[] codes) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < clusterNames.length; c++) {
            index.put(clusterNames[c], c);
        }
        int[] m = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            String c = clusterOfCode.get(codes[i]);
            m[i] = c == null ? -1 : index.get(c);
        }
        return m;
    }
}
