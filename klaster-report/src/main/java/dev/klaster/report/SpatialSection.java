package dev.klaster.report;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.spatial.Areas;
import dev.klaster.core.spatial.Contiguity;
import dev.klaster.core.spatial.ContiguityWeights;
import dev.klaster.core.spatial.GlobalAutocorrelation;
import dev.klaster.core.spatial.IslandPolicy;
import dev.klaster.core.spatial.LocalGetisOrd;
import dev.klaster.core.spatial.LocalMoran;
import dev.klaster.core.spatial.Metric;
import dev.klaster.core.spatial.Permutations;
import dev.klaster.core.spatial.SpatialWeights;
import dev.klaster.core.spatial.Transform;
import dev.klaster.core.table.Table;
import dev.klaster.report.chart.ChoroplethChart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spatial part of the report when a boundary file is given (issue 14), in the "map" section.
 *
 * <p><b>Per strong cluster</b> ({@link ClusterSpatial#topClusters}: the clusters strong in at least one analysed
 * region, at most {@value ClusterSpatial#MAX_CLUSTERS}, largest by the cluster analysis' size measure): the
 * cluster's location quotient across the analysed regions (the {@link ClusterReport}'s LQ, members summed), Moran's
 * I with its permutation p-value, a LISA cluster map (HH/HL/LH/LL at 5 %), a Gi* hot-spot map (permutation p at 1 %
 * and 5 %) and one sentence in the report language saying whether the concentration spills across borders, is
 * isolated or looks random, naming the high-high regions; then one summary table over the clusters.
 *
 * <p><b>Without strong clusters</b> the same for the largest sector of the last year.
 *
 * <p>Queen contiguity from the joined boundary file (snapping 0.005° for lon/lat), islands linked to their nearest
 * region, {@value #PERMUTATIONS} conditional permutations, seed {@value #SEED}. Nothing is added when fewer than 4
 * analysed regions have a polygon; that is said in a note.
 */
final class SpatialSection {
    static final int PERMUTATIONS = 999;
    static final long SEED = 12345;
    static final double ALPHA = 0.05;
    /** LISA classes: map value, bundle key, colour (GeoDa's palette). */
    static final double HH = 4;
    static final double HL = 3;
    static final double LH = 2;
    static final double LL = 1;
    static final double NS = 0;

    private SpatialSection() {
    }

    /** The analysed regions that have a polygon, with their contiguity weights (islands linked). */
    record Geo(Areas areas, List<String> codes, SpatialWeights w) {
        int size() {
            return codes.size();
        }
    }

    /** Statistics of one value across the regions of {@link Geo} (NaN regions left out). */
    record Result(List<String> codes, List<String> names, double[] y, GlobalAutocorrelation.Moran moran,
                  LocalMoran.Row[] lisa, LocalGetisOrd.Row[] gi, List<String> notes) {
        /** LISA class value (4 HH, 3 HL, 2 LH, 1 LL, 0 not significant at 5 %). */
        double lisaClass(int k) {
            return switch (LocalMoran.cluster(lisa[k].q(), lisa[k].p_sim(), ALPHA)) {
                case "HH" -> HH;
                case "HL" -> HL;
                case "LH" -> LH;
                case "LL" -> LL;
                default -> NS;
            };
        }

        /** Hot-spot class: 2 hot at 1 %, 1 hot at 5 %, 0, −1 cold at 5 %, −2 cold at 1 % (Gi* permutation p). */
        double giClass(int k) {
            double p = gi[k].p_sim_Gi_star();
            double s = Math.signum(gi[k].z_Gi_star());
            return p <= 0.01 ? 2 * s : p <= ALPHA ? s : 0;
        }

        /** The regions of a LISA class, named for a sentence ({@link #label}). */
        List<String> namesOf(double lisaClassValue) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < y.length; k++) {
                if (lisaClass(k) == lisaClassValue) {
                    out.add(label(names.get(k), names));
                }
            }
            return out;
        }

        /** The significant Gi* hot spots (5 %), named for a sentence. */
        List<String> hotSpots() {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < y.length; k++) {
                if (giClass(k) > 0) {
                    out.add(label(names.get(k), names));
                }
            }
            return out;
        }
    }

    /**
     * A region's name in a sentence: "Kabupaten Mojokerto" when the data call it "Mojokerto" and "Kota Mojokerto"
     * is also mapped (BPS files name regencies bare and cities "Kota X"; a bare name would be ambiguous).
     */
    static String label(String name, List<String> all) {
        return !name.startsWith("Kota ") && !name.startsWith("Kabupaten ") && all.contains("Kota " + name)
                ? "Kabupaten " + name : name;
    }

    /**
     * Adds the spatial part: per strong cluster when {@code clusters} has any, else for the largest sector.
     *
     * @param clusters the cluster chain's result (null: sectors only)
     */
    static void add(ReportBuilder b, Messages m, Panel panel, Measure measure, Boundaries.Joined joined,
                    ClusterReport clusters) {
        List<Integer> top = clusters == null ? List.of() : ClusterSpatial.topClusters(clusters);
        if (!top.isEmpty()) {
            Panel cp = clusters.panel();
            List<String> codes = new ArrayList<>();
            for (int r = 0; r < cp.regions().size(); r++) {
                codes.add(cp.regions().get(r).code());
            }
            Geo geo = geo(joined, codes);
            if (geo == null) {
                b.warning(m.get("spatial.noPolygons"));
                return;
            }
            ClusterSpatial.addMaps(b, m, geo, clusters, top);
            return;
        }
        largestSector(b, m, panel, measure, joined);
    }

    /** Areas and weights of the regions {@code codes} that have a polygon in {@code joined}; null below 4. */
    static Geo geo(Boundaries.Joined joined, List<String> codes) {
        Map<String, String> nameToCode = new HashMap<>();
        joined.names().forEach((code, name) -> nameToCode.put(name, code));
        Areas areas;
        try {
            areas = Areas.parse(joined.geoJson(), "boundaries", "name", "name");
        } catch (RuntimeException e) {
            return null; // duplicate or missing names: the choropleths still work, the spatial part is skipped
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(codes);
        List<Integer> keep = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < areas.size(); k++) {
            String code = nameToCode.get(areas.ids().get(k));
            if (code != null && wanted.contains(code)) {
                keep.add(k);
                kept.add(code);
            }
        }
        if (keep.size() < 4) {
            return null;
        }
        Areas a = areas.select(keep.stream().mapToInt(Integer::intValue).toArray());
        double tol = a.lonLat() ? ContiguityWeights.DEFAULT_TOLERANCE_DEGREES : 0;
        SpatialWeights w0 = ContiguityWeights.of(a, Contiguity.QUEEN, tol);
        double[][] pts = a.representativePoints();
        SpatialWeights w = w0.applyIslands(IslandPolicy.KNN, pts[0], pts[1],
                a.lonLat() ? Metric.GREAT_CIRCLE : Metric.EUCLIDEAN);
        return new Geo(a, kept, w);
    }

    /**
     * Moran, LISA and Gi* of {@code value} (region code → value; regions without a finite value left out).
     * Null when fewer than 4 regions remain or the values are constant.
     */
    static Result compute(Geo geo, Map<String, Double> value) {
        List<String> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int k = 0; k < geo.size(); k++) {
            Double v = value.get(geo.codes().get(k));
            if (v != null && Double.isFinite(v)) {
                ids.add(geo.w().ids().get(k));
                codes.add(geo.codes().get(k));
                names.add(geo.areas().names().get(k));
                ys.add(v);
            }
        }
        if (ids.size() < 4) {
            return null;
        }
        SpatialWeights w = ids.size() == geo.size() ? geo.w() : geo.w().subset(ids);
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        Permutations perm = new Permutations(y.length, null, SEED, Permutations.defaultThreads());
        try {
            GlobalAutocorrelation.Moran mo = GlobalAutocorrelation.moran(y, w.transform(Transform.R), PERMUTATIONS,
                    perm);
            LocalMoran.Row[] lisa = LocalMoran.compute(y, w.transform(Transform.R), PERMUTATIONS, perm);
            LocalGetisOrd.Row[] gi = LocalGetisOrd.compute(y, w.transform(Transform.B), Transform.R, PERMUTATIONS,
                    perm);
            return new Result(codes, names, y, mo, lisa, gi, w.notes());
        } catch (IllegalArgumentException e) {
            return null; // constant LQ: nothing spatial to say
        }
    }

    /** The LISA classes of the map legend, in the report language. */
    static List<ChoroplethChart.Category> lisaClasses(Messages m) {
        return List.of(new ChoroplethChart.Category(HH, m.get("spatial.class.hh"), "#d7191c"),
                new ChoroplethChart.Category(HL, m.get("spatial.class.hl"), "#fdae61"),
                new ChoroplethChart.Category(LH, m.get("spatial.class.lh"), "#abd9e9"),
                new ChoroplethChart.Category(LL, m.get("spatial.class.ll"), "#2c7bb6"),
                new ChoroplethChart.Category(NS, m.get("spatial.class.ns"), "#e8e8e8"));
    }

    /** The Gi* hot-spot classes of the map legend, in the report language. */
    static List<ChoroplethChart.Category> giClasses(Messages m) {
        return List.of(new ChoroplethChart.Category(2, m.get("spatial.gi.hot99"), "#b2182b"),
                new ChoroplethChart.Category(1, m.get("spatial.gi.hot95"), "#ef8a62"),
                new ChoroplethChart.Category(0, m.get("spatial.class.ns"), "#e8e8e8"),
                new ChoroplethChart.Category(-1, m.get("spatial.gi.cold95"), "#67a9cf"),
                new ChoroplethChart.Category(-2, m.get("spatial.gi.cold99"), "#2166ac"));
    }

    /** The table behind both maps: region, value, LISA and Gi* columns, headed in the report language. */
    static Table table(String name, Messages m, Result res) {
        Table.Builder t = Table.builder(name).text(m.get("spatial.col.region")).number(m.get("spatial.col.lq"))
                .number(m.get("spatial.col.lisaClass")).text(m.get("spatial.col.lisa"))
                .number(m.get("spatial.col.pSim")).number(m.get("spatial.col.zGiStar"))
                .number(m.get("spatial.col.pSimGiStar")).number(m.get("spatial.col.giClass"))
                .text(m.get("spatial.col.hotspot"));
        Map<Double, String> lisaLabel = new LinkedHashMap<>();
        lisaClasses(m).forEach(c -> lisaLabel.put(c.value(), c.label()));
        Map<Double, String> giLabel = new LinkedHashMap<>();
        giClasses(m).forEach(c -> giLabel.put(c.value(), c.label()));
        for (int k = 0; k < res.y().length; k++) {
            double lc = res.lisaClass(k);
            double gc = res.giClass(k);
            t.row(res.names().get(k), res.y()[k], lc, lisaLabel.get(lc), res.lisa()[k].p_sim(),
                    res.gi()[k].z_Gi_star(), res.gi()[k].p_sim_Gi_star(), gc, giLabel.get(gc));
        }
        return t.build();
    }

    /** A list of names for a sentence: all up to 8, else the first 8 and how many more. */
    static String names(Messages m, List<String> names) {
        if (names.isEmpty()) {
            return m.get("spatial.none");
        }
        if (names.size() <= 8) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 8)) + " " + m.format("spatial.more", names.size() - 8);
    }

    static String fmt(Messages m, double v) {
        NumberFormat f = Recommendations.number(m.lang(), 3);
        return Double.isFinite(v) ? f.format(v) : "–";
    }

    /** The weights' notes (islands linked) shortened for a caption. */
    static String weightNotes(List<String> notes) {
        return notes.isEmpty() ? "" : String.join("; ", notes.subList(0, Math.min(3, notes.size())))
                + (notes.size() > 3 ? "; ..." : "");
    }

    // ------------------------------------------------------------ no strong cluster: the largest sector

    private static void largestSector(ReportBuilder b, Messages m, Panel panel, Measure measure,
                                      Boundaries.Joined joined) {
        Panel p = ReportBuilder.analysisLevel(panel);
        int last = p.yearCount() - 1;
        double[][] v = p.sliceAt(measure, last).toMatrix();
        int nI = p.industries().size();
        List<String> codes = new ArrayList<>();
        for (int r = 0; r < v.length; r++) {
            codes.add(p.regions().get(r).code());
        }
        Geo geo = geo(joined, codes);
        if (geo == null) {
            return;
        }
        double[][] mat = new double[v.length][nI];
        for (int r = 0; r < v.length; r++) {
            for (int i = 0; i < nI; i++) {
                mat[r][i] = Double.isNaN(v[r][i]) ? 0 : v[r][i];
            }
        }
        // the largest sector over the mapped regions
        java.util.Set<String> mapped = new java.util.HashSet<>(geo.codes());
        double[] tot = new double[nI];
        for (int r = 0; r < mat.length; r++) {
            if (mapped.contains(codes.get(r))) {
                for (int i = 0; i < nI; i++) {
                    tot[i] += mat[r][i];
                }
            }
        }
        int largest = 0;
        for (int i = 1; i < nI; i++) {
            if (tot[i] > tot[largest]) {
                largest = i;
            }
        }
        // LQ against the mapped regions' total, as before
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < mat.length; r++) {
            if (mapped.contains(codes.get(r))) {
                rows.add(r);
            }
        }
        double[][] sub = new double[rows.size()][];
        for (int k = 0; k < sub.length; k++) {
            sub[k] = mat[rows.get(k)];
        }
        double[][] lq = LocationQuotient.matrix(sub);
        Map<String, Double> value = new HashMap<>();
        for (int k = 0; k < sub.length; k++) {
            double x = lq[k][largest];
            value.put(codes.get(rows.get(k)), Double.isFinite(x) ? x : 0);
        }
        Result res = compute(geo, value);
        if (res == null) {
            return;
        }
        String sector = p.industries().get(largest).name();
        Table t = table("spatial_lisa", m, res);
        GlobalAutocorrelation.Moran mo = res.moran();
        String verdict = mo.p_sim() <= ALPHA ? (mo.I() > 0 ? m.get("spatial.moran.clustered")
                : m.get("spatial.moran.dispersed")) : m.get("spatial.moran.random");
        String moranText = m.format("spatial.moran.sentence", sector, fmt(m, mo.I()), fmt(m, mo.EI()),
                fmt(m, mo.p_sim()), PERMUTATIONS, verdict);
        List<String> hh = res.namesOf(HH);
        List<String> hot = res.hotSpots();
        b.add("map", new ChoroplethChart(b.nextId("map"), m.format("spatial.lisa.title", sector),
                moranText + " " + m.format("spatial.lisa.caption", hh.size(), names(m, hh)), t,
                m.get("spatial.col.region"), m.get("spatial.col.lisaClass"), ReportBuilder.BOUNDARY_MAP,
                lisaClasses(m)));
        b.add("map", new ChoroplethChart(b.nextId("map"), m.format("spatial.gi.title", sector),
                m.format("spatial.gi.caption", hot.size(), names(m, hot)), t, m.get("spatial.col.region"),
                m.get("spatial.col.giClass"), ReportBuilder.BOUNDARY_MAP, giClasses(m)));
        b.add("map", new TableBlock(b.nextId("map"), m.format("spatial.table.title", sector),
                weightNotes(res.notes()), t, 60, null, 0));
    }
}
