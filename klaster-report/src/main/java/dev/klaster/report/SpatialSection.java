package dev.klaster.report;

import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spatial part of the report when a boundary file is given (issue 14): for the largest sector of the last
 * year, its location quotient across the mapped regions (the analysed regions the maps draw), Moran's I with its
 * permutation p-value, a LISA cluster map and a Gi* hot-spot map, each with a plain sentence. Queen contiguity
 * from the joined boundary file (islands linked to their nearest region), 999 permutations, seed 12345.
 * Added to the "map" section; nothing is added when fewer than 4 regions have a polygon and a value.
 */
final class SpatialSection {
    static final int PERMUTATIONS = 999;
    static final long SEED = 12345;

    private SpatialSection() {
    }

    static void add(ReportBuilder b, Messages m, Panel panel, Measure measure, Boundaries.Joined joined) {
        Panel p = ReportBuilder.analysisLevel(panel);
        int last = p.yearCount() - 1;
        double[][] v = p.sliceAt(measure, last).toMatrix();
        int nI = p.industries().size();
        // the analysed regions themselves, as the maps draw them (a province's regencies, or the provinces)
        Map<String, double[]> prov = new LinkedHashMap<>();
        for (int r = 0; r < v.length; r++) {
            double[] acc = prov.computeIfAbsent(p.regions().get(r).code(), k -> new double[nI]);
            for (int i = 0; i < nI; i++) {
                acc[i] += Double.isNaN(v[r][i]) ? 0 : v[r][i];
            }
        }
        Map<String, String> nameToCode = new HashMap<>();
        joined.names().forEach((code, name) -> nameToCode.put(name, code));
        Areas areas;
        try {
            areas = Areas.parse(joined.geoJson(), "boundaries", "name", "name");
        } catch (RuntimeException e) {
            return; // duplicate or missing names: the choropleths still work, the spatial part is skipped
        }
        List<Integer> keep = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < areas.size(); k++) {
            String code = nameToCode.get(areas.ids().get(k));
            if (code != null && prov.containsKey(code)) {
                keep.add(k);
                codes.add(code);
            }
        }
        if (keep.size() < 4) {
            return;
        }
        Areas a = areas.select(keep.stream().mapToInt(Integer::intValue).toArray());
        int n = a.size();
        double[][] mat = new double[n][];
        for (int k = 0; k < n; k++) {
            mat[k] = prov.get(codes.get(k));
        }
        double[] tot = new double[nI];
        for (double[] row : mat) {
            for (int i = 0; i < nI; i++) {
                tot[i] += row[i];
            }
        }
        int largest = 0;
        for (int i = 1; i < nI; i++) {
            if (tot[i] > tot[largest]) {
                largest = i;
            }
        }
        double[][] lq = LocationQuotient.matrix(mat);
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            y[k] = Double.isFinite(lq[k][largest]) ? lq[k][largest] : 0;
        }
        double tol = a.lonLat() ? ContiguityWeights.DEFAULT_TOLERANCE_DEGREES : 0;
        SpatialWeights w0 = ContiguityWeights.of(a, Contiguity.QUEEN, tol);
        double[][] pts = a.representativePoints();
        SpatialWeights w = w0.applyIslands(IslandPolicy.KNN, pts[0], pts[1],
                a.lonLat() ? Metric.GREAT_CIRCLE : Metric.EUCLIDEAN);
        Permutations perm = new Permutations(n, null, SEED, Permutations.defaultThreads());
        GlobalAutocorrelation.Moran mo;
        LocalMoran.Row[] lisa;
        LocalGetisOrd.Row[] gi;
        try {
            mo = GlobalAutocorrelation.moran(y, w.transform(Transform.R), PERMUTATIONS, perm);
            lisa = LocalMoran.compute(y, w.transform(Transform.R), PERMUTATIONS, perm);
            gi = LocalGetisOrd.compute(y, w.transform(Transform.B), Transform.R, PERMUTATIONS, perm);
        } catch (IllegalArgumentException e) {
            return; // constant LQ: nothing spatial to say
        }
        String sector = p.industries().get(largest).name();
        Table.Builder lt = Table.builder("spatial_lisa").text("region_name").number("lq").number("lisa_class")
                .text("lisa").number("p_sim").number("z_Gi_star").text("gi_star");
        int hh = 0;
        int hot = 0;
        List<String> hotNames = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String c = LocalMoran.cluster(lisa[k].q(), lisa[k].p_sim(), 0.05);
            double code = switch (c) {
                case "HH" -> 4;
                case "HL" -> 3;
                case "LH" -> 2;
                case "LL" -> 1;
                default -> 0;
            };
            hh += c.equals("HH") ? 1 : 0;
            String g = gi[k].p_sim_Gi_star() <= 0.05 ? (gi[k].z_Gi_star() > 0 ? "hot" : "cold") : "ns";
            if (g.equals("hot")) {
                hot++;
                hotNames.add(a.names().get(k));
            }
            lt.row(a.names().get(k), y[k], code, c, lisa[k].p_sim(), gi[k].z_Gi_star(), g);
        }
        Table t = lt.build();
        String verdict = mo.p_sim() <= 0.05 ? (mo.I() > 0 ? m.get("spatial.moran.clustered")
                : m.get("spatial.moran.dispersed")) : m.get("spatial.moran.random");
        String moranText = m.format("spatial.moran.sentence", sector, fmt(mo.I()), fmt(mo.EI()), fmt(mo.p_sim()),
                PERMUTATIONS, verdict);
        b.add("map", new ChoroplethChart(b.nextId("map"), m.format("spatial.lisa.title", sector),
                moranText + " " + m.format("spatial.lisa.caption", hh), t, "region_name", "lisa_class",
                ReportBuilder.BOUNDARY_MAP));
        b.add("map", new ChoroplethChart(b.nextId("map"), m.format("spatial.gi.title", sector),
                m.format("spatial.gi.caption", hot, hotNames.isEmpty() ? "–"
                        : String.join(", ", hotNames.subList(0, Math.min(8, hotNames.size())))),
                t, "region_name", "z_Gi_star", ReportBuilder.BOUNDARY_MAP));
        List<String> notes = w.notes();
        b.add("map", new TableBlock(b.nextId("map"), m.format("spatial.table.title", sector),
                notes.isEmpty() ? "" : String.join("; ", notes.subList(0, Math.min(3, notes.size())))
                        + (notes.size() > 3 ? "; ..." : ""), t, 60, null, 0));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
