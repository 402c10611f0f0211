package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.spatial.MultipleTesting;
import dev.klaster.core.spatial.Permutations;
import dev.klaster.core.spatial.SpatialWeights;
import dev.klaster.core.spatial.Transform;
import dev.klaster.core.spatial.WeightsCsv;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Options shared by {@code klaster spatial moran|geary|lisa|getis-ord}. */
final class SpatialAreaOptions {
    @Parameters(index = "0", paramLabel = "VALUES.csv",
            description = {"region,value per region (other columns ignored), or with --industry a data panel (any "
                    + "layout klaster reads, e.g. a BPS PDRB wide file).",
                    "region,nilai per wilayah, atau dengan --industry berkas data panel."})
    Path values;

    @Option(names = "--industry", paramLabel = "CODE",
            description = {"Read VALUES as a data panel and analyse the location quotient of this industry per region "
                    + "(regions = those of the weights; reference = their sum).",
                    "Baca VALUES sebagai panel data dan analisis LQ industri ini per wilayah."})
    String industry;

    @Option(names = "--measure", paramLabel = "M",
            description = {"With --industry: the measure of the LQ (employment, value_added, ...; default: employment if "
                    + "present, else value_added).", "Ukuran LQ (dengan --industry)."})
    String measure;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"With --industry: the year of the LQ (default: the last year).",
                    "Tahun LQ (dengan --industry; bawaan: tahun terakhir)."})
    Integer year;

    @Option(names = "--column", paramLabel = "NAME", description = {"Value column (default: value).",
            "Kolom nilai (bawaan: value)."})
    String column;

    @Option(names = "--weights", required = true, paramLabel = "W.csv",
            description = {"Edge list from,to,weight (klaster spatial weights --out).", "Daftar sisi pembobot."})
    Path weights;

    @Option(names = "--transform", paramLabel = "r|b", defaultValue = "r",
            description = {"r row-standardised (default), b binary.", "r baku baris (bawaan), b biner."})
    String transform;

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "999",
            description = {"Random permutations for pseudo p-values (default 999; 0 = none).",
                    "Jumlah permutasi acak (bawaan 999)."})
    int permutations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "12345",
            description = {"Random seed: same seed, same p-values on any number of cores.", "Benih acak."})
    long seed;

    @Option(names = "--within", paramLabel = "province|FILE",
            description = {"Blocked permutations: shuffle only within provinces (first two digits of the code) or "
                    + "the groups of a region,group CSV.", "Permutasi hanya di dalam provinsi atau kelompok."})
    String within;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = {"Output .csv or .xlsx (default: CSV on stdout).",
            "Berkas keluaran."})
    Path out;

    /** The values aligned with the weights' regions, and the weights transformed; mismatches are bad data. */
    record Prepared(SpatialWeights w, double[] y, List<String> ids, Permutations perm) {
    }

    Prepared prepare(CommandLine cl) {
        if (permutations < 0 || permutations > 1_000_000) {
            throw new IllegalArgumentException("--permutations " + permutations + " is outside [0, 1,000,000]");
        }
        Transform t = Transform.parse(transform);
        SpatialWeights w;
        try {
            w = WeightsCsv.read(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(weights.toString(), e.getMessage());
        }
        if (industry == null && (measure != null || year != null)) {
            throw new IllegalArgumentException("--measure and --year need --industry CODE (the LQ of an industry "
                    + "in a data panel)");
        }
        if (industry != null && column != null) {
            throw new IllegalArgumentException("give either --column (a region,value file) or --industry (a data "
                    + "panel), not both");
        }
        Map<String, Double> v = industry != null ? SpatialPanelValues.lq(values, industry, measure, year, w.ids(),
                cl.getErr()) : SpatialIo.values(values, column);
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : w.ids()) {
            if (v.containsKey(id)) {
                ids.add(id);
            } else {
                missing.add(id);
            }
        }
        List<String> extra = new ArrayList<>();
        for (String id : v.keySet()) {
            if (w.indexOf(id) < 0) {
                extra.add(id);
            }
        }
        if (!extra.isEmpty()) {
            throw new InputDataException(values.toString(), 0, "region", extra.get(0), extra.size()
                    + " region(s) of the values are not in " + weights.getFileName() + ": " + head(extra));
        }
        if (!missing.isEmpty()) {
            cl.getErr().println("warning: " + missing.size() + " region(s) of the weights have no value and are "
                    + "left out: " + head(missing));
        }
        SpatialWeights sub = w.subset(ids);
        if (sub.islands().length > 0) {
            cl.getErr().println("warning: " + sub.islands().length + " region(s) without neighbours (their lag is "
                    + "0): " + head(sub.islandNames()));
        }
        double[] y = new double[ids.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = v.get(ids.get(i));
        }
        int[] groups = SpatialIo.groups(within, ids);
        Permutations perm = new Permutations(ids.size(), groups, seed,
                threads == null ? Permutations.defaultThreads() : threads);
        return new Prepared(sub.transform(t), y, ids, perm);
    }

    static String head(List<String> l) {
        return String.join(", ", l.subList(0, Math.min(10, l.size()))) + (l.size() > 10 ? ", ..." : "");
    }

    /** Runs a computation, turning a core refusal of the data (constant values, negatives...) into exit 1. */
    <T> T data(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            throw new InputDataException(values.toString(), e.getMessage());
        }
    }
}
