package dev.klaster.report;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.RegionalClusters;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import dev.klaster.report.chart.ChoroplethChart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spatial statistics per strong cluster (issue 14): which clusters are mapped, and the two maps, the sentence and
 * the summary table of each. Called by {@link SpatialSection}.
 *
 * <p>The value mapped is the cluster's location quotient in each analysed region as the cluster analysis computed
 * it ({@link RegionalClusters}: the members' size summed, against the region's total over all industries, reference
 * the sum of the analysed regions), so the map agrees with the cluster tables.
 */
final class ClusterSpatial {
    /** At most this many clusters are mapped (two maps each). */
    static final int MAX_CLUSTERS = 6;

    /** The pattern a cluster's map shows. */
    enum Pattern {
        /** Moran's I significantly above E[I]: high LQ borders high LQ. */
        SPILLS,
        /**
         * Moran's I significantly below E[I], or (no significant global pattern) more high-LQ regions among low-LQ
         * neighbours (HL) than among high-LQ ones (HH).
         */
        ISOLATED,
        /** Neither. */
        RANDOM
    }

    private ClusterSpatial() {
    }

    /**
     * The clusters strong in at least one analysed region (US Cluster Mapping rule, {@link RegionalClusters}),
     * largest first by the total size over the regions in the end year (the cluster analysis' size measure:
     * employment when the data have it, else value added), at most {@link #MAX_CLUSTERS}.
     */
    static List<Integer> topClusters(ClusterReport cr) {
        List<Integer> all = strongClusters(cr);
        return List.copyOf(all.subList(0, Math.min(MAX_CLUSTERS, all.size())));
    }

    /** All clusters strong in at least one region, largest first. */
    static List<Integer> strongClusters(ClusterReport cr) {
        RegionalClusters.Result g = cr.regional();
        int nc = cr.definition().clusterCount();
        List<Integer> out = new ArrayList<>();
        double[] size = new double[nc];
        for (int c = 0; c < nc; c++) {
            boolean strong = false;
            for (int r = 0; r < g.strong().length; r++) {
                strong |= g.strong()[r][c];
                double s = g.size()[r][c];
                size[c] += Double.isFinite(s) ? s : 0;
            }
            if (strong) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble((Integer c) -> -size[c]).thenComparing(c -> c));
        return out;
    }

    /** Region code → the cluster's LQ (the cluster analysis' value). */
    static Map<String, Double> lq(ClusterReport cr, int c) {
        Panel p = cr.panel();
        Map<String, Double> out = new HashMap<>();
        for (int r = 0; r < p.regions().size(); r++) {
            out.put(p.regions().get(r).code(), cr.regional().lq()[r][c]);
        }
        return out;
    }

    /** What the statistics say. */
    static Pattern pattern(SpatialSection.Result res) {
        boolean sig = res.moran().p_sim() <= SpatialSection.ALPHA;
        if (sig && res.moran().I() > res.moran().EI()) {
            return Pattern.SPILLS;
        }
        int hl = res.namesOf(SpatialSection.HL).size();
        if (sig || hl > res.namesOf(SpatialSection.HH).size()) {
            return Pattern.ISOLATED;
        }
        return Pattern.RANDOM;
    }

    /** The plain sentence about one cluster, in the report language. */
    static String sentence(Messages m, String cluster, SpatialSection.Result res) {
        String key = "spatial.cluster." + pattern(res).name().toLowerCase(java.util.Locale.ROOT);
        return m.format(key, cluster, SpatialSection.fmt(m, res.moran().I()), SpatialSection.fmt(m, res.moran().p_sim()),
                SpatialSection.names(m, res.namesOf(SpatialSection.HH)),
                SpatialSection.names(m, res.namesOf(SpatialSection.HL)));
    }

    /** Adds the summary table and, per cluster, the LISA map and the Gi* map. */
    static void addMaps(ReportBuilder b, Messages m, SpatialSection.Geo geo, ClusterReport cr, List<Integer> top) {
        String[] names = cr.definition().clusterNames();
        int strongCount = strongClusters(cr).size();
        String measure = cr.sizeMeasure().label(m.lang().code());
        boolean groups = cr.definition().sectionLevel(); // 17 PDRB sections: sector groups, said so
        Table.Builder sum = Table.builder("spatial_clusters").text(m.get(groups ? "spatial.col.group"
                        : "spatial.col.cluster"))
                .number(m.get("spatial.col.moranI")).number(m.get("spatial.col.moranEI"))
                .number(m.get("spatial.col.zRand")).number(m.get("spatial.col.pSim"))
                .number(m.get("spatial.col.nHH")).text(m.get("spatial.col.hhRegions"))
                .number(m.get("spatial.col.nHot")).text(m.get("spatial.col.pattern"));
        List<Runnable> maps = new ArrayList<>();
        int drawn = 0;
        for (int c : top) {
            SpatialSection.Result res = SpatialSection.compute(geo, lq(cr, c));
            if (res == null) {
                b.warning(m.format("spatial.cluster.skipped", names[c]));
                continue;
            }
            drawn++;
            String name = names[c];
            List<String> hh = res.namesOf(SpatialSection.HH);
            List<String> hot = res.hotSpots();
            Pattern pat = pattern(res);
            sum.row(name, res.moran().I(), res.moran().EI(), res.moran().z_rand(), res.moran().p_sim(),
                    (double) hh.size(), SpatialSection.names(m, hh), (double) hot.size(),
                    m.get("spatial.pattern." + pat.name().toLowerCase(java.util.Locale.ROOT)));
            Table t = SpatialSection.table("spatial_cluster_" + (c + 1), m, res);
            String sentence = sentence(m, name, res);
            String notes = SpatialSection.weightNotes(res.notes());
            maps.add(() -> {
                b.add("map", new ChoroplethChart(b.nextId("map"), m.format("spatial.cluster.lisaTitle", name),
                        sentence + " " + m.format("spatial.cluster.lisaCaption", measure,
                                SpatialSection.PERMUTATIONS), t, m.get("spatial.col.region"),
                        m.get("spatial.col.lisaClass"), ReportBuilder.BOUNDARY_MAP, SpatialSection.lisaClasses(m)));
                b.add("map", new ChoroplethChart(b.nextId("map"), m.format("spatial.cluster.giTitle", name),
                        m.format("spatial.gi.caption", hot.size(), SpatialSection.names(m, hot))
                                + (notes.isEmpty() ? "" : " " + notes), t, m.get("spatial.col.region"),
                        m.get("spatial.col.giClass"), ReportBuilder.BOUNDARY_MAP, SpatialSection.giClasses(m)));
            });
        }
        if (drawn == 0) {
            return;
        }
        String caption = m.format(groups ? "spatial.clusters.captionGroups" : "spatial.clusters.caption", drawn, strongCount, measure, SpatialSection.PERMUTATIONS,
                String.valueOf(SpatialSection.SEED)) + (strongCount > MAX_CLUSTERS
                ? " " + m.format("spatial.clusters.capped", MAX_CLUSTERS, strongCount) : "");
        b.add("map", new TableBlock(b.nextId("map"), m.get(groups
                ? "spatial.clusters.titleGroups" : "spatial.clusters.title"), caption, sum.build(), 20,
                null, 0));
        maps.forEach(Runnable::run);
    }
}
