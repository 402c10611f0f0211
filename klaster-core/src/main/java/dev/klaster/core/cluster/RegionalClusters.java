package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;
import dev.klaster.core.concentration.LocationQuotient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each cluster in each region: size, LQ, share of the national cluster, growth, productivity, the US Cluster
 * Mapping strong-cluster rule and a star rating. All matrices are {@code [region][cluster]}.
 *
 * <p>Definitions (values summed over the cluster's member industries; NaN cells skipped, all-NaN gives NaN):
 * <ul>
 *   <li>{@code size} E_rc: employment (or value added) of cluster c in region r in the end year;</li>
 *   <li>{@code lq}: location quotient of E_rc against the sum of all regions ({@link LocationQuotient#matrix}),
 *   region totals being the sum over <em>all</em> industries, not only clustered ones;</li>
 *   <li>{@code nationalShare} = E_rc / Σ_s E_sc;</li>
 *   <li>{@code growth}: compound annual growth (E_rc,end / E_rc,start)^(1/years) − 1; NaN if start ≤ 0;</li>
 *   <li>{@code productivity} = value added / employment of the regional cluster (NaN where either is missing or
 *   employment is 0).</li>
 * </ul>
 *
 * <p><b>Strong cluster</b> (US Cluster Mapping; Delgado, Porter &amp; Stern 2014, "Clusters, convergence, and economic
 * performance", Research Policy 43(10), 1785–1799, DOI 10.1016/j.respol.2014.05.007, and the Cluster Mapping
 * methodology): regional cluster (r, c) is strong when LQ ≥ the 75th percentile of cluster c's LQ across regions,
 * LQ ≥ 1, and size &gt; the 25th percentile of cluster c's size across regions. Percentiles are type 7
 * ({@link Percentile}); the two percentiles are configurable ({@link StrongRule}).
 *
 * <p><b>Stars</b> (after the European Cluster Observatory star method, Ketels &amp; Sölvell 2006, "Clusters in the EU-10
 * new member countries", and Ketels &amp; Protsiv 2014 "Methodology and findings report for a cluster mapping of
 * related sectors"): one star for each of size (E_rc in the top {@code sizeTop} of all region-cluster pairs, default
 * 10 %), specialisation (LQ ≥ {@code lqMin}, default 2), productivity (productivity relative to the national
 * cluster's in the top {@code productivityTop}, default 20 %) and dynamism (growth in the top {@code dynamismTop},
 * default 20 %); 0–4 stars. The ECO used the first three (size, specialisation, focus); the four dimensions follow
 * the issue and the 2014 methodology; the thresholds are documented defaults, not the ECO's exact cut-offs.
 */
public final class RegionalClusters {
    private RegionalClusters() {
    }

    /** Percentiles of the strong-cluster rule (defaults 0.75 for LQ, 0.25 for size). */
    public record StrongRule(double lqPercentile, double sizePercentile) {
        public StrongRule {
            if (!(lqPercentile >= 0 && lqPercentile <= 1) || !(sizePercentile >= 0 && sizePercentile <= 1)) {
                throw new IllegalArgumentException("percentiles must be in [0, 1], got " + lqPercentile + ", "
                        + sizePercentile);
            }
        }

        public static StrongRule defaults() {
            return new StrongRule(0.75, 0.25);
        }
    }

    /**
     * Star thresholds (defaults: size top 10 %, LQ ≥ 2, productivity top 20 %, dynamism top 20 %). A specialisation
     * star below LQ 1 would reward a region that is <em>less</em> specialised than the reference, so
     * {@code lqMin} must be ≥ 1; the shares must be in (0, 1].
     */
    public record StarThresholds(double sizeTop, double lqMin, double productivityTop, double dynamismTop) {
        public StarThresholds {
            if (!(lqMin >= 1)) {
                throw new IllegalArgumentException("the specialisation star needs LQ ≥ 1 at least, got " + lqMin);
            }
            for (double share : new double[] {sizeTop, productivityTop, dynamismTop}) {
                if (!(share > 0 && share <= 1)) {
                    throw new IllegalArgumentException("star top shares must be in (0, 1], got " + share);
                }
            }
        }

        public static StarThresholds defaults() {
            return new StarThresholds(0.10, 2.0, 0.20, 0.20);
        }
    }

    /** All metrics of all regional clusters, {@code [region][cluster]}. */
    public record Result(double[][] size, double[][] lq, double[][] nationalShare, double[][] growth,
                         double[][] productivity, boolean[][] strong, int[][] stars, int[][] starDetail,
                         double[][] relativeProductivity, StarCuts cuts) {
        /**
         * The criteria of the stars region r's cluster c earned, each with the value that earned it and the cut,
         * e.g. "size 1,234 ≥ 1,000 (top 10 %)"; empty without stars.
         */
        public List<String> criteria(int r, int c, String lang) {
            boolean id = "id".equals(lang);
            // numbers as the reader writes them: 36.216,0 in Indonesian, 36,216.0 in English
            Locale loc = id ? Locale.forLanguageTag("id") : Locale.ROOT;
            List<String> out = new ArrayList<>();
            int d = starDetail[r][c];
            if ((d & 1) != 0) {
                out.add(String.format(loc, id ? "ukuran %,.1f ≥ %,.1f (%.0f %% teratas)"
                        : "size %,.1f ≥ %,.1f (top %.0f %%)", size[r][c], cuts.size(), 100 * cuts.thresholds().sizeTop()));
            }
            if ((d & 2) != 0) {
                out.add(String.format(loc, "LQ %.2f ≥ %.2f", lq[r][c], cuts.thresholds().lqMin()));
            }
            if ((d & 4) != 0) {
                out.add(String.format(loc, id ? "produktivitas %.2f× klasternya ≥ %.2f× (%.0f %% teratas)"
                                : "productivity %.2f× the cluster's ≥ %.2f× (top %.0f %%)", relativeProductivity[r][c],
                        cuts.productivity(), 100 * cuts.thresholds().productivityTop()));
            }
            if ((d & 8) != 0) {
                out.add(String.format(loc, id ? "pertumbuhan %.1f %%/th ≥ %.1f %%/th (%.0f %% teratas)"
                                : "growth %.1f %%/yr ≥ %.1f %%/yr (top %.0f %%)", 100 * growth[r][c], 100 * cuts.growth(),
                        100 * cuts.thresholds().dynamismTop()));
            }
            return out;
        }
    }

    /** The cuts the stars were given at (NaN where no pair had a defined value). */
    public record StarCuts(StarThresholds thresholds, double size, double productivity, double growth) {
    }

    /** A star for value v at cut: both defined (finite) and v ≥ cut; an undefined value never earns a star. */
    static boolean earns(double v, double cut) {
        return Double.isFinite(v) && Double.isFinite(cut) && v >= cut;
    }

    /**
     * Sums region × industry values into region × cluster values.
     *
     * @param values {@code [region][industry]}
     * @param membership cluster per industry, −1 = none
     * @param k number of clusters
     */
    public static double[][] aggregate(double[][] values, int[] membership, int k) {
        double[][] out = new double[values.length][k];
        for (int r = 0; r < values.length; r++) {
            Checks.membership(membership, values[r].length);
            boolean[] seen = new boolean[k];
            for (int i = 0; i < membership.length; i++) {
                int c = membership[i];
                double v = values[r][i];
                if (c >= 0 && !Double.isNaN(v)) {
                    out[r][c] += v;
                    seen[c] = true;
                }
            }
            for (int c = 0; c < k; c++) {
                if (!seen[c]) {
                    out[r][c] = Double.NaN;
                }
            }
        }
        return out;
    }

    /**
     * Region × cluster LQ with region totals over all industries: LQ_rc = (E_rc / E_r) / (E_c / E).
     */
    public static double[][] lq(double[][] values, double[][] clusterValues) {
        int nR = values.length;
        int k = clusterValues[0].length;
        double[] regionTotal = new double[nR];
        double total = 0;
        double[] clusterTotal = new double[k];
        for (int r = 0; r < nR; r++) {
            for (double v : values[r]) {
                if (!Double.isNaN(v)) {
                    regionTotal[r] += v;
                }
            }
            total += regionTotal[r];
            for (int c = 0; c < k; c++) {
                if (!Double.isNaN(clusterValues[r][c])) {
                    clusterTotal[c] += clusterValues[r][c];
                }
            }
        }
        double[][] lq = new double[nR][k];
        for (int r = 0; r < nR; r++) {
            for (int c = 0; c < k; c++) {
                lq[r][c] = Double.isNaN(clusterValues[r][c]) ? Double.NaN
                        : LocationQuotient.of(clusterValues[r][c], regionTotal[r], clusterTotal[c], total);
            }
        }
        return lq;
    }

    /**
     * A regional cluster can be classified (strong, stars) only when its LQ is defined (finite: the region's and
     * the cluster's totals are non-zero) and its size is positive; an all-zero panel or a region with a zero total
     * gets no strong cluster and no star.
     */
    static boolean defined(double lq, double size) {
        return Double.isFinite(lq) && size > 0;
    }

    /** Strong-cluster flags per {@code [region][cluster]} (false where {@link #defined} is not). */
    public static boolean[][] strong(double[][] lq, double[][] size, StrongRule rule) {
        int nR = lq.length;
        int k = lq[0].length;
        boolean[][] s = new boolean[nR][k];
        for (int c = 0; c < k; c++) {
            double[] lqs = new double[nR];
            double[] sizes = new double[nR];
            for (int r = 0; r < nR; r++) {
                lqs[r] = lq[r][c];
                sizes[r] = size[r][c];
            }
            double lqCut = Percentile.of(lqs, rule.lqPercentile());
            double sizeCut = Percentile.of(sizes, rule.sizePercentile());
            for (int r = 0; r < nR; r++) {
                s[r][c] = defined(lqs[r], sizes[r]) && lqs[r] >= lqCut && lqs[r] >= 1 && sizes[r] > sizeCut;
            }
        }
        return s;
    }

    /**
     * Computes everything from start- and end-year region × industry matrices.
     *
     * @param start size measure (employment or value added) in the start year, {@code [region][industry]}
     * @param end the same in the end year
     * @param years years between start and end (&gt; 0) for the annual growth rate
     * @param valueAdded end-year value added or null (productivity then NaN)
     * @param employment end-year employment or null
     */
    public static Result compute(double[][] start, double[][] end, int years, double[][] valueAdded,
                                 double[][] employment, int[] membership, int k, StrongRule rule,
                                 StarThresholds stars) {
        if (years <= 0) {
            throw new IllegalArgumentException("years between start and end must be > 0, got " + years);
        }
        if (start.length != end.length) {
            throw new IllegalArgumentException("start has " + start.length + " regions, end has " + end.length);
        }
        double[][] size = aggregate(end, membership, k);
        double[][] size0 = aggregate(start, membership, k);
        double[][] lq = lq(end, size);
        int nR = end.length;
        double[] national = new double[k];
        for (double[] row : size) {
            for (int c = 0; c < k; c++) {
                if (!Double.isNaN(row[c])) {
                    national[c] += row[c];
                }
            }
        }
        double[][] share = new double[nR][k];
        double[][] growth = new double[nR][k];
        double[][] prod = new double[nR][k];
        double[][] va = valueAdded == null ? null : aggregate(valueAdded, membership, k);
        double[][] emp = employment == null ? null : aggregate(employment, membership, k);
        double[] nationalVa = new double[k];
        double[] nationalEmp = new double[k];
        for (int r = 0; r < nR; r++) {
            for (int c = 0; c < k; c++) {
                share[r][c] = national[c] > 0 ? size[r][c] / national[c] : Double.NaN;
                growth[r][c] = size0[r][c] > 0 && size[r][c] >= 0
                        ? Math.pow(size[r][c] / size0[r][c], 1.0 / years) - 1 : Double.NaN;
                prod[r][c] = va != null && emp != null && emp[r][c] > 0 ? va[r][c] / emp[r][c] : Double.NaN;
                if (!Double.isNaN(prod[r][c])) {
                    nationalVa[c] += va[r][c];
                    nationalEmp[c] += emp[r][c];
                }
            }
        }
        boolean[][] strong = strong(lq, size, rule);
        // stars across all region-cluster pairs
        double[] allSize = new double[nR * k];
        double[] allRelProd = new double[nR * k];
        double[] allGrowth = new double[nR * k];
        double[][] relProd = new double[nR][k];
        for (int r = 0; r < nR; r++) {
            for (int c = 0; c < k; c++) {
                relProd[r][c] = nationalEmp[c] > 0 ? prod[r][c] / (nationalVa[c] / nationalEmp[c]) : Double.NaN;
                allSize[r * k + c] = size[r][c];
                allRelProd[r * k + c] = relProd[r][c];
                allGrowth[r * k + c] = growth[r][c];
            }
        }
        double sizeCut = Percentile.of(allSize, 1 - stars.sizeTop());
        double prodCut = Percentile.of(allRelProd, 1 - stars.productivityTop());
        double growthCut = Percentile.of(allGrowth, 1 - stars.dynamismTop());
        int[][] count = new int[nR][k];
        int[][] detail = new int[nR][k];
        for (int r = 0; r < nR; r++) {
            for (int c = 0; c < k; c++) {
                int bits = 0;
                if (!defined(lq[r][c], size[r][c])) {
                    continue; // undefined values never earn a star (zero or missing totals: LQ NaN, size 0)
                }
                bits |= earns(size[r][c], sizeCut) && size[r][c] > 0 ? 1 : 0;
                bits |= earns(lq[r][c], stars.lqMin()) ? 2 : 0;
                bits |= earns(relProd[r][c], prodCut) ? 4 : 0;
                bits |= earns(growth[r][c], growthCut) ? 8 : 0;
                detail[r][c] = bits;
                count[r][c] = Integer.bitCount(bits);
            }
        }
        return new Result(size, lq, share, growth, prod, strong, count, detail, relProd,
                new StarCuts(stars, sizeCut, prodCut, growthCut));
    }
}
