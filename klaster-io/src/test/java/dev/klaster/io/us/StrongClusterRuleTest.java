package dev.klaster.io.us;

import dev.klaster.core.cluster.RegionalClusters;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strong-cluster rule and the specialisation star of {@link RegionalClusters} on real CBSA × CMP-cluster data
 * (CBP 2019 employment aggregated to the 51 traded clusters of {@code naics2012_to_cmp_cluster_acr1.csv}), against
 * the US Cluster Mapping rule computed here by hand from its documented definition (Delgado, Porter &amp; Stern 2014,
 * Research Policy 43(10), DOI 10.1016/j.respol.2014.05.007, and the Cluster Mapping methodology): a regional cluster
 * is strong when its LQ is at least the 75th percentile of that cluster's LQs across regions and at least 1, and its
 * employment exceeds the 25th percentile (percentiles: linear interpolation between order statistics). LQs use the
 * published all-sector totals of the CBSAs; cluster employment is the sum of the members' published cells.
 */
class StrongClusterRuleTest {
    @Test
    void strongClustersAndStarsReproduceTheClusterMappingRule() {
        CbpCbsa.Data cbp = CbpCbsa.read(SharedData.require("us-cbp-cbsa-naics-2019"));
        ClusterMapping.Crosswalk cw = ClusterMapping.readCrosswalk(
                SharedData.require("us-cluster-mapping/naics2012_to_cmp_cluster_acr1.csv"));
        List<String> clusters = cw.tradedClusters();
        Map<String, ClusterMapping.Entry> byCode = cw.byCode();
        int nR = cbp.regions().length;
        int k = clusters.size();
        // region × (51 clusters + the rest of the published total): the rest column makes the row sums equal the
        // published totals, so RegionalClusters' LQ denominators are CBP's own
        double[][] values = new double[nR][k + 1];
        int[] membership = new int[k + 1];
        for (int c = 0; c < k; c++) {
            membership[c] = c;
        }
        membership[k] = -1;
        double[][] e = new double[nR][k];
        boolean[][] seen = new boolean[nR][k];
        for (int i = 0; i < cbp.industries().length; i++) {
            ClusterMapping.Entry en = byCode.get(cbp.industries()[i]);
            if (en == null || !en.traded() || !clusters.contains(en.cluster())) {
                continue;
            }
            int c = clusters.indexOf(en.cluster());
            for (int r = 0; r < nR; r++) {
                double v = cbp.employment()[r][i];
                if (!Double.isNaN(v)) {
                    e[r][c] += v;
                    seen[r][c] = true;
                }
            }
        }
        for (int r = 0; r < nR; r++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                values[r][c] = seen[r][c] ? e[r][c] : Double.NaN;
                sum += e[r][c];
            }
            values[r][k] = cbp.regionTotal()[r] - sum;
        }
        RegionalClusters.Result res = RegionalClusters.compute(values, values, 1, null, null, membership, k,
                RegionalClusters.StrongRule.defaults(), RegionalClusters.StarThresholds.defaults());

        // by hand
        double total = Arrays.stream(cbp.regionTotal()).sum();
        int strongCount = 0;
        for (int c = 0; c < k; c++) {
            double ec = 0;
            for (int r = 0; r < nR; r++) {
                ec += e[r][c];
            }
            double[] lq = new double[nR];
            double[] size = new double[nR];
            for (int r = 0; r < nR; r++) {
                lq[r] = seen[r][c] ? (e[r][c] / cbp.regionTotal()[r]) / (ec / total) : Double.NaN;
                size[r] = seen[r][c] ? e[r][c] : Double.NaN;
            }
            double lq75 = type7(lq, 0.75);
            double size25 = type7(size, 0.25);
            for (int r = 0; r < nR; r++) {
                boolean strong = seen[r][c] && size[r] > 0 && lq[r] >= lq75 && lq[r] >= 1 && size[r] > size25;
                assertThat(res.strong()[r][c]).as(cbp.regions()[r] + " × " + clusters.get(c)).isEqualTo(strong);
                boolean star = seen[r][c] && size[r] > 0 && lq[r] >= 2;
                assertThat((res.starDetail()[r][c] & 2) != 0).as("specialisation star " + cbp.regions()[r] + " × "
                        + clusters.get(c)).isEqualTo(star);
                if (seen[r][c]) {
                    assertThat(res.lq()[r][c]).isCloseTo(lq[r], org.assertj.core.api.Assertions.within(1e-9 * lq[r]));
                }
                strongCount += strong ? 1 : 0;
            }
        }
        assertThat(strongCount).isPositive();
        // a few CBSAs the Cluster Mapping is known for: Detroit (19820) in Automotive, Seattle (42660) in Aerospace
        assertThat(res.strong()[cbp.indexOfRegion("19820")][clusters.indexOf("Automotive")]).isTrue();
        assertThat(res.strong()[cbp.indexOfRegion("42660")][clusters.indexOf("Aerospace Vehicles and Defense")])
                .isTrue();
    }

    /** Hyndman &amp; Fan type 7 over the non-NaN values, written out here independently of the core's Percentile. */
    static double type7(double[] values, double p) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
    }
}
