package dev.klaster.io.us;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The US Cluster Mapping Project's definitions (Delgado, Porter &amp; Stern 2016, "Defining clusters of related
 * industries", J. Economic Geography 16(1), 1–38, DOI 10.1093/jeg/lbv017), as in {@code us-cluster-mapping/}:
 * <ul>
 *   <li>{@link #readCrosswalk}: {@code naics2012_to_cmp_cluster_acr1.csv} — 6-digit NAICS 2012 → Traded/Local,
 *   cluster (51 traded, 16 local), subcluster; Emsi's non-standard codes ({@code emsi_specific_nonstandard_naics}
 *   = True, e.g. 111000, 902612) are left out (they are not CBP codes) and counted;</li>
 *   <li>{@link #readRelatedness}: {@code cmp_related_clusters.csv} — every ordered pair of the 51 traded clusters
 *   with the co-location ({@code cr_lc}), input-output ({@code cr_io}) and combined ({@code cr_all}) relatedness;
 *   an empty score is NaN (never 0).</li>
 * </ul>
 * Malformed rows throw {@link InputDataException} naming file, line, column and value.
 */
public final class ClusterMapping {
    private ClusterMapping() {
    }

    /** One crosswalk row. */
    public record Entry(String naics, boolean traded, String cluster, String subcluster, String description) {
    }

    /**
     * The crosswalk.
     *
     * @param entries   official NAICS codes in file order
     * @param nonStandard number of Emsi non-standard codes left out
     */
    public record Crosswalk(List<Entry> entries, int nonStandard) {
        /** NAICS → entry. */
        public Map<String, Entry> byCode() {
            Map<String, Entry> m = new LinkedHashMap<>();
            entries.forEach(e -> m.put(e.naics(), e));
            return m;
        }

        /** Names of the traded clusters, sorted. */
        public List<String> tradedClusters() {
            return entries.stream().filter(Entry::traded).map(Entry::cluster).filter(c -> !c.isEmpty()).distinct()
                    .sorted().toList();
        }
    }

    static final List<String> CROSSWALK_COLUMNS = List.of("naics", "traded_local", "cluster", "subcluster",
            "emsi_specific_nonstandard_naics");

    public static Crosswalk readCrosswalk(Path file) {
        List<Entry> out = new ArrayList<>();
        int[] nonStandard = {0};
        Map<String, Long> seen = new LinkedHashMap<>();
        forEach(file, CROSSWALK_COLUMNS, r -> {
            long line = r.getStartingLineNumber();
            String naics = CbpCbsa.code(file, line, "naics", r.getField("naics"), 6);
            String tl = r.getField("traded_local").strip();
            boolean traded;
            if (tl.equalsIgnoreCase("traded")) {
                traded = true;
            } else if (tl.equalsIgnoreCase("local")) {
                traded = false;
            } else {
                throw new InputDataException(file.toString(), line, "traded_local", tl, "expected Traded or Local");
            }
            String flag = r.getField("emsi_specific_nonstandard_naics").strip().toLowerCase(Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                throw new InputDataException(file.toString(), line, "emsi_specific_nonstandard_naics", flag,
                        "expected True or False");
            }
            if (flag.equals("true")) {
                nonStandard[0]++;
                return;
            }
            Long before = seen.put(naics, line);
            if (before != null) {
                throw new InputDataException(file.toString(), line, "naics", naics, "listed before on line " + before);
            }
            String desc = r.getHeader().contains("naics_description") ? r.getField("naics_description").strip() : "";
            out.add(new Entry(naics, traded, r.getField("cluster").strip(), r.getField("subcluster").strip(), desc));
        });
        if (out.isEmpty()) {
            throw new InputDataException(file.toString(), "the crosswalk has no NAICS codes");
        }
        return new Crosswalk(List.copyOf(out), nonStandard[0]);
    }

    /**
     * Relatedness of the traded clusters, {@code [a][b]} in the order of {@code codes} (ascending CMP code);
     * NaN where the file has no or an empty score. The file holds both orders of each pair; both are kept as given.
     */
    public record Relatedness(int[] codes, String[] names, double[][] colocation, double[][] inputOutput,
                              double[][] combined) {
        public int indexOf(String name) {
            for (int k = 0; k < names.length; k++) {
                if (names[k].equals(name)) {
                    return k;
                }
            }
            return -1;
        }
    }

    static final List<String> RELATED_COLUMNS = List.of("cluster_code", "cluster_name", "cluster_code_2",
            "cluster_name_2", "cr_lc", "cr_io", "cr_all");

    public static Relatedness readRelatedness(Path file) {
        Map<Integer, String> names = new TreeMap<>();
        List<Object[]> rows = new ArrayList<>();
        forEach(file, RELATED_COLUMNS, r -> {
            long line = r.getStartingLineNumber();
            int a = integer(file, line, "cluster_code", r.getField("cluster_code"));
            int b = integer(file, line, "cluster_code_2", r.getField("cluster_code_2"));
            name(file, line, names, a, r.getField("cluster_name").strip(), "cluster_name");
            name(file, line, names, b, r.getField("cluster_name_2").strip(), "cluster_name_2");
            rows.add(new Object[] {a, b, score(file, line, "cr_lc", r.getField("cr_lc")),
                    score(file, line, "cr_io", r.getField("cr_io")), score(file, line, "cr_all", r.getField("cr_all"))});
        });
        if (rows.isEmpty()) {
            throw new InputDataException(file.toString(), "no cluster pairs");
        }
        int[] codes = names.keySet().stream().mapToInt(Integer::intValue).toArray();
        int n = codes.length;
        double[][] lc = nan(n);
        double[][] io = nan(n);
        double[][] all = nan(n);
        for (Object[] row : rows) {
            int a = Arrays.binarySearch(codes, (Integer) row[0]);
            int b = Arrays.binarySearch(codes, (Integer) row[1]);
            lc[a][b] = (Double) row[2];
            io[a][b] = (Double) row[3];
            all[a][b] = (Double) row[4];
        }
        return new Relatedness(codes, names.values().toArray(String[]::new), lc, io, all);
    }

    private static void name(Path file, long line, Map<Integer, String> names, int code, String name, String col) {
        String before = names.putIfAbsent(code, name);
        if (before != null && !before.equals(name)) {
            throw new InputDataException(file.toString(), line, col, name, "cluster " + code + " is named '" + before
                    + "' elsewhere");
        }
    }

    private static double[][] nan(int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    private static int integer(Path file, long line, String col, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InputDataException(file.toString(), line, col, v, "not a cluster code (integer)");
        }
    }

    private static double score(Path file, long line, String col, String v) {
        String s = v.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("NA")) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InputDataException(file.toString(), line, col, v, "not a number");
        }
    }

    @FunctionalInterface
    interface Handler {
        void row(NamedCsvRecord r);
    }

    private static void forEach(Path file, List<String> required, Handler h) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), "file not found");
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            boolean checked = false;
            for (NamedCsvRecord r : csv) {
                if (!checked) {
                    for (String c : required) {
                        if (!r.getHeader().contains(c)) {
                            throw new InputDataException(file.toString(), 1, c, "", "column not found (header: "
                                    + r.getHeader() + ")");
                        }
                    }
                    checked = true;
                }
                if (r.getFieldCount() != r.getHeader().size()) {
                    throw new InputDataException(file.toString(), r.getStartingLineNumber(), "",
                            String.join(",", r.getFields()), r.getFieldCount() + " fields, the header has "
                            + r.getHeader().size());
                }
                h.row(r);
            }
        } catch (IOException e) {
            throw new InputDataException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
