package dev.klaster.report;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.model.Classification;
import dev.klaster.core.model.IndustryAggregation;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.spatial.Metric;
import dev.klaster.core.spatial.Permutations;
import dev.klaster.core.spatial.PointPatterns;
import dev.klaster.core.spatial.PointSet;
import dev.klaster.core.table.Table;
import dev.klaster.report.chart.EnvelopeChart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Duranton-Overman Kd of each strong cluster's establishments (issue 14, {@code analyze --establishments FILE}):
 * for each cluster mapped by {@link ClusterSpatial#topClusters} (strong in at least one region, at most
 * {@value ClusterSpatial#MAX_CLUSTERS}, largest first), the reference points are the establishments whose type is
 * one of the cluster's member industries, and the Kd curve of the distances between them is drawn against a
 * {@value #SIMULATIONS}-simulation global envelope at 95 % (Duranton and Overman 2005): each simulation puts the
 * cluster's establishments on as many sites drawn at random, without replacement, among all establishments of the
 * file (random location, the authors' counterfactual), so the file should hold the establishments of every
 * industry, not only the cluster's.
 *
 * <p>Type matching ({@link #belongs}): a type is a member when it equals the member's industry code or nests under
 * it (KBLI and NAICS codes nest by prefix: establishment "1071" belongs to division "10"; a numeric KBLI code belongs
 * to its PDRB category, "1071" to "C"; a combined PDRB code such as {@code M_N} takes both sections). Distances are great-circle km for lon/lat files, else in the
 * coordinates' unit. 128 distances from 0 to a third of the pattern's diameter; seed {@value SpatialSection#SEED}.
 *
 * <p>The sentence follows Duranton and Overman's reading: <em>localised</em> where Kd is above the upper global
 * envelope at some distance, <em>dispersed</em> where it is below the lower one (and never above the upper),
 * otherwise neither.
 */
public final class EstablishmentSection {
    static final int SIMULATIONS = 99;
    static final int DISTANCES = 128;

    private EstablishmentSection() {
    }

    /** What the curve shows. */
    enum Reading { LOCALISED, DISPERSED, NEITHER }

    /** A cluster's Kd curve and the distance ranges of its reading ({from, to} each; empty for neither). */
    record Kd(int cluster, int establishments, PointPatterns.Curve curve, Reading reading, List<double[]> ranges) {
        double from() {
            return ranges.isEmpty() ? Double.NaN : ranges.get(0)[0];
        }

        double to() {
            return ranges.isEmpty() ? Double.NaN : ranges.get(0)[1];
        }
    }

    /**
     * Whether an establishment type belongs to an industry code: equal, or nested under it by prefix ({@code 1071}
     * under {@code 10}, {@code C10} under {@code C}, {@code N82} under {@code M_N}); a numeric KBLI code under its PDRB
     * category ({@code 1071} under {@code C}, {@code 6920} under {@code M_N}, by the KBLI division → section table of
     * {@link IndustryAggregation}); a NAICS code under its sector range ({@code 3311} under {@code 31-33}).
     */
    static boolean belongs(String type, String industry) {
        for (String part : industry.split("_")) {
            if (!part.isEmpty() && type.startsWith(part)) {
                return true;
            }
        }
        if (industry.matches("\\d{2}-\\d{2}") && type.matches("\\d{2,6}")) {
            int t = Integer.parseInt(type.substring(0, 2));
            return t >= Integer.parseInt(industry.substring(0, 2)) && t <= Integer.parseInt(industry.substring(3));
        }
        if (industry.matches("[A-Z](_[A-Z])*") && type.matches("\\d{2,5}")) {
            try {
                return IndustryAggregation.parentOf(type, "section", Classification.KBLI).equals(industry);
            } catch (IllegalArgumentException e) {
                return false; // not a KBLI division
            }
        }
        return false;
    }

    /** The reference mask of cluster c: the points whose type belongs to one of its members. */
    static boolean[] members(ClusterReport cr, int c, PointSet points) {
        List<String> codes = new ArrayList<>();
        String[] ind = cr.definition().industryCodes();
        for (int i = 0; i < ind.length; i++) {
            if (cr.definition().membership()[i] == c) {
                codes.add(ind[i]);
            }
        }
        boolean[] typeIn = new boolean[points.types().size()];
        for (int t = 0; t < typeIn.length; t++) {
            for (String code : codes) {
                typeIn[t] |= belongs(points.types().get(t), code);
            }
        }
        boolean[] out = new boolean[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = typeIn[points.type()[i]];
        }
        return out;
    }

    /**
     * Kd of one cluster, or null when fewer than 2 of its establishments are in the file or every establishment is
     * the cluster's (no other site to draw from).
     */
    static Kd kd(ClusterReport cr, int c, PointSet points) {
        boolean[] ref = members(cr, c, points);
        int n = 0;
        int[] type = new int[points.size()];
        for (int i = 0; i < ref.length; i++) {
            n += ref[i] ? 1 : 0;
            type[i] = ref[i] ? 0 : 1;
        }
        if (n < 2 || n == points.size()) {
            return null;
        }
        PointSet p = new PointSet(points.x(), points.y(), type, List.of("cluster", "other"), points.weight(),
                points.metric());
        double max = p.diameter() / 3;
        double[] r = new double[DISTANCES];
        for (int k = 0; k < r.length; k++) {
            r[k] = max * k / (DISTANCES - 1);
        }
        PointPatterns.Curve curve;
        try {
            curve = PointPatterns.compute(PointPatterns.Function.KD, p, "cluster", null,
                    new PointPatterns.Options(r, SIMULATIONS, 0.05, true, false, false,
                            PointPatterns.Null.RANDOM_LOCATION, SpatialSection.SEED, Permutations.defaultThreads()));
        } catch (IllegalArgumentException e) {
            return null; // all pair distances equal (e.g. every establishment at one address)
        }
        double[] o = curve.obs();
        List<double[]> above = ranges(o, curve.hi(), r, true);
        List<double[]> below = ranges(o, curve.lo(), r, false);
        if (!above.isEmpty()) {
            return new Kd(c, n, curve, Reading.LOCALISED, above);
        }
        if (!below.isEmpty()) {
            return new Kd(c, n, curve, Reading.DISPERSED, below);
        }
        return new Kd(c, n, curve, Reading.NEITHER, List.of());
    }

    /** The runs of consecutive distances where obs is above (or below) the bound, as {from, to}. */
    static List<double[]> ranges(double[] obs, double[] bound, double[] r, boolean above) {
        List<double[]> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= obs.length; k++) {
            boolean in = k < obs.length && (above ? obs[k] > bound[k] : obs[k] < bound[k]);
            if (in && start < 0) {
                start = k;
            } else if (!in && start >= 0) {
                out.add(new double[] {r[start], r[k - 1]});
                start = -1;
            }
        }
        return out;
    }

    /** "0–24 and 88–112" (at most three ranges, in the report language). */
    static String rangesText(Messages m, List<double[]> ranges, NumberFormat f) {
        List<String> parts = new ArrayList<>();
        for (double[] g : ranges.subList(0, Math.min(3, ranges.size()))) {
            parts.add(g[0] == g[1] ? f.format(g[0]) : f.format(g[0]) + "\u2013" + f.format(g[1]));
        }
        String last = parts.remove(parts.size() - 1);
        String text = parts.isEmpty() ? last : String.join(", ", parts) + " " + m.get("kd.and") + " " + last;
        return ranges.size() > 3 ? text + " " + m.format("spatial.more", ranges.size() - 3) : text;
    }

    /**
     * The pipeline's result with one Kd chart per mapped strong cluster appended to the map section (and its table to
     * the workbook tables), each with a sentence in the report language.
     *
     * @param file the establishment file (its name is shown in captions, its path in errors)
     * @throws InputDataException when no establishment's type is an industry of the data
     */
    public static AnalysisPipeline.Result add(AnalysisPipeline.Result r, PointSet points, String file) {
        ReportModel model = r.model();
        Messages m = new Messages(model.lang());
        ClusterReport cr = r.clusters();
        List<String> warnings = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Table> tables = new ArrayList<>(r.tables());
        List<Integer> top = cr == null ? List.of() : ClusterSpatial.topClusters(cr);
        if (cr != null) {
            requireSomeIndustry(cr, points, file);
        }
        if (top.isEmpty()) {
            warnings.add(m.format("kd.noClusters", java.nio.file.Path.of(file).getFileName().toString()));
        }
        String unit = points.metric() == Metric.GREAT_CIRCLE ? m.get("kd.unit.km") : m.get("kd.unit.plain");
        NumberFormat f = Recommendations.number(model.lang(), 1);
        String shown = java.nio.file.Path.of(file).getFileName().toString();
        int k = 0;
        for (int c : top) {
            String name = cr.definition().clusterNames()[c];
            Kd kd = kd(cr, c, points);
            if (kd == null) {
                warnings.add(m.format("kd.skipped", name, shown));
                continue;
            }
            k++;
            PointPatterns.Curve cv = kd.curve();
            // Kd·dr is the share of pairs at distance r..r+dr: shown as percent of pairs per distance unit
            String colR = m.format("kd.col.r", unit);
            String cObs = m.format("kd.col.obs", unit);
            String cMean = m.format("kd.col.mean", unit);
            String cLo = m.format("kd.col.lo", unit);
            String cHi = m.format("kd.col.hi", unit);
            Table.Builder t = Table.builder("spatial_kd_" + (c + 1)).number(colR).number(cObs).number(cMean)
                    .number(cLo).number(cHi);
            for (int i = 0; i < cv.r().length; i++) {
                t.row(cv.r()[i], 100 * cv.obs()[i], 100 * cv.mean()[i], 100 * cv.lo()[i], 100 * cv.hi()[i]);
            }
            Table tb = t.build();
            tables.add(tb);
            String sentence = m.format("kd." + kd.reading().name().toLowerCase(Locale.ROOT), name,
                    kd.establishments(), kd.ranges().isEmpty() ? "" : rangesText(m, kd.ranges(), f), unit,
                    f.format(cv.r()[cv.r().length - 1]));
            String caption = sentence + " " + m.format("kd.caption", shown, SIMULATIONS,
                    f.format(cv.bandwidth()), unit, String.valueOf(SpatialSection.SEED));
            blocks.add(new EnvelopeChart("map-kd-" + k, m.format("kd.title", name), caption, tb, colR,
                    cObs, cMean, cLo, cHi, colR, m.format("kd.axis", unit), new String[] {m.get("kd.series.obs"), m.get("kd.series.band"), m.get("kd.series.mean")}));
        }
        ReportModel nm = model.withBlocks("map", blocks, warnings);
        List<String> notes = new ArrayList<>(r.notes());
        notes.addAll(warnings);
        return new AnalysisPipeline.Result(nm, r.measure(), List.copyOf(tables), r.leadingSectors(), cr, r.skipped(),
                List.copyOf(notes), r.tradedLocal(), r.summary(), r.recommendations());
    }

    /** Bad input: an establishment file none of whose types is an industry code of the data. */
    static void requireSomeIndustry(ClusterReport cr, PointSet points, String file) {
        for (String t : points.types()) {
            for (String code : cr.definition().industryCodes()) {
                if (belongs(t, code)) {
                    return;
                }
            }
        }
        List<String> codes = List.of(cr.definition().industryCodes());
        throw new InputDataException(file, 0, "type", points.types().get(0), "no establishment type is an "
                + "industry code of the data (or nested under one); the data's codes: "
                + String.join(", ", codes.subList(0, Math.min(20, codes.size()))) + (codes.size() > 20 ? ", ..." : ""));
    }
}
