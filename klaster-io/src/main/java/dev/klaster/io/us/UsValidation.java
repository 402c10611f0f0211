package dev.klaster.io.us;

import dev.klaster.core.cluster.Agreement;
import dev.klaster.core.cluster.CoLocation;
import dev.klaster.core.cluster.Communities;
import dev.klaster.core.cluster.IoLinkage;
import dev.klaster.core.cluster.Relatedness;
import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Classification;
import dev.klaster.io.iotable.MakeUseReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The US validation of Klaster's data-driven cluster methods against the US Cluster Mapping Project (Delgado, Porter
 * &amp; Stern 2016, "Defining clusters of related industries", J. Economic Geography 16(1), 1–38,
 * DOI 10.1093/jeg/lbv017) on County Business Patterns 2019 (933 CBSAs × 961 six-digit NAICS); docs/us-validation.md.
 *
 * <ol>
 *   <li><b>Traded/local</b>: {@link TradedLocal} on CBSA employment (published all-sector totals as region totals,
 *   unpublished cells missing) against the crosswalk's Traded/Local label, for the CBP codes the crosswalk lists
 *   (NAICS 2017 vs 2012: a few codes are in one only); agreement = share of employment (Σ of published cells)
 *   classified the same, and the share of industries.</li>
 *   <li><b>Clusters</b> of the crosswalk's traded industries with a cluster, grouped by Leiden ({@link Communities},
 *   seed 42) on: co-location ({@link CoLocation#relatedness}: Pearson of the CBSA × industry LQs, pairwise-complete
 *   over the published cells — Klaster's default), censored-rank co-location
 *   ({@link CoLocation#censoredRankCorrelation}), IO (Feser–Bergman linkage of the industries' BEA 2017 summary
 *   sectors, {@link BeaSectors}) and combined (½ + ½, {@link Relatedness#combine}); at resolution 1 and at the
 *   resolution of the grid {@link #GRID} whose cluster count is closest to the CMP's 51 (the rank variants at
 *   resolution 1 only); compared with the 51 CMP traded clusters by the adjusted Rand index and the share of
 *   industries in their CMP cluster's best match ({@link Agreement}).</li>
 *   <li><b>Relatedness</b>: Klaster's co-location of the 51 CMP clusters against the CMP {@code cr_lc}, Spearman over
 *   the 1,275 unordered pairs (the file's two orders averaged; no CMP score is missing): cluster-level (LQ of the
 *   cluster's employment = Σ of its members' published cells, a lower bound) by Pearson, Pearson clipped at 0 (the
 *   graph weight: every negative pair ties at 0) and censored rank; and the mean industry-pair co-location between
 *   two clusters' members, Pearson and censored rank.</li>
 * </ol>
 */
public final class UsValidation {
    private UsValidation() {
    }

    /** Leiden resolutions tried for the count-matched definition. */
    static final double[] GRID = {1, 2, 4, 8, 16, 32, 64};

    /** One definition's agreement with the CMP clusters. */
    public record Match(String method, double resolution, int clusters, double ari, double bestMatchShare) {
    }

    /**
     * All figures.
     *
     * @param tradedLocalEmployment share of employment the rule classifies as the CMP does
     * @param tradedLocalIndustries share of industries
     * @param giniCut               the rule's cut
     * @param labelled              CBP industries the crosswalk labels
     * @param tradedClustered       CMP-traded industries with a cluster, clustered in (b)
     * @param matches               (b): co-location and combined, at γ = 1 and count-matched
     * @param relatedness           (c): Spearman of each of Klaster's cluster co-location variants vs cr_lc
     * @param cmpAsymmetry          largest |cr_lc(a,b) − cr_lc(b,a)| in the file
     * @param pairs                 cluster pairs compared in (c)
     */
    public record Figures(int regions, int industries, int publishedCells, double tradedLocalEmployment,
                          double tradedLocalIndustries, double giniCut, int labelled, int tradedClustered,
                          List<Match> matches, Map<String, Double> relatedness, double cmpAsymmetry, int pairs,
                          double seconds) {
        /** The γ = 1 definition of a method, or the count-matched one (the γ = 1 one when that is closest). */
        public Match match(String method, boolean countMatched) {
            List<Match> ms = matches.stream().filter(m -> m.method().equals(method)).toList();
            return countMatched ? ms.get(ms.size() - 1) : ms.get(0);
        }
    }

    /** Runs everything from the shared data root (folders as in {@code ../shared/data}). */
    public static Figures run(Path sharedData) {
        long t0 = System.nanoTime();
        CbpCbsa.Data cbp = CbpCbsa.read(sharedData.resolve("us-cbp-cbsa-naics-2019"));
        Path cm = sharedData.resolve("us-cluster-mapping");
        ClusterMapping.Crosswalk cw = ClusterMapping.readCrosswalk(cm.resolve("naics2012_to_cmp_cluster_acr1.csv"));
        ClusterMapping.Relatedness rel = ClusterMapping.readRelatedness(cm.resolve("cmp_related_clusters.csv"));
        Path bea = sharedData.resolve("us-bea-io-summary-2017");
        IoTable io = MakeUseReader.read(bea.resolve("Summary_Make_2017_BeforeRedef_17sch.csv"),
                bea.resolve("Summary_Use_2017_PRO_BeforeRedef_17sch.csv"),
                bea.resolve("Summary_IndustryCodeName_2017.csv"), 1e-3);
        return run(cbp, cw, rel, io, t0);
    }

    static Figures run(CbpCbsa.Data cbp, ClusterMapping.Crosswalk cw, ClusterMapping.Relatedness rel, IoTable io,
                       long t0) {
        String[] codes = cbp.industries();
        int nI = codes.length;
        int nR = cbp.regions().length;
        double[][] emp = cbp.employment();
        Map<String, ClusterMapping.Entry> byCode = cw.byCode();

        // (a) traded / local
        Classification[] cls = new Classification[nI];
        Arrays.fill(cls, Classification.NAICS);
        TradedLocal.Result tl = TradedLocal.classify(codes, cls, emp, cbp.regionTotal(), TradedLocal.Spec.auto());
        double same = 0;
        double all = 0;
        int sameN = 0;
        int labelled = 0;
        for (int i = 0; i < nI; i++) {
            ClusterMapping.Entry e = byCode.get(codes[i]);
            if (e == null || Double.isNaN(tl.size()[i])) {
                continue;
            }
            labelled++;
            boolean agree = e.traded() == tl.traded(i);
            all += tl.size()[i];
            same += agree ? tl.size()[i] : 0;
            sameN += agree ? 1 : 0;
        }

        // (b) clusters of the CMP-traded industries
        List<String> tradedClusters = rel.names().length > 0 ? Arrays.asList(rel.names()) : cw.tradedClusters();
        List<Integer> idx = new ArrayList<>();
        List<Integer> label = new ArrayList<>();
        for (int i = 0; i < nI; i++) {
            ClusterMapping.Entry e = byCode.get(codes[i]);
            if (e != null && e.traded() && tradedClusters.contains(e.cluster())) {
                idx.add(i);
                label.add(tradedClusters.indexOf(e.cluster()));
            }
        }
        int n = idx.size();
        int[] cmp = label.stream().mapToInt(Integer::intValue).toArray();
        double[][] lq = lq(emp, cbp.regionTotal(), idx);
        double[][] raw = CoLocation.correlation(lq);
        double[][] rank = CoLocation.censoredRankCorrelation(lq);
        double[][] coloc = clip(raw);
        double[][] colocRank = clip(rank);
        double[][] ioLink = industryIoLinkage(io, codes, idx);
        List<Match> matches = new ArrayList<>();
        int target = tradedClusters.size();
        matches.addAll(matches("colocation", coloc, cmp, target));
        matches.add(match("colocation_rank", colocRank, cmp, 1));
        matches.addAll(matches("io", ioLink, cmp, target));
        matches.addAll(matches("combined", Relatedness.combine(ioLink, coloc, 0.5), cmp, target));
        matches.add(match("combined_rank", Relatedness.combine(ioLink, colocRank, 0.5), cmp, 1));

        // (c) cluster-level co-location vs cr_lc
        int k = tradedClusters.size();
        double[][] clusterEmp = new double[nR][k];
        for (double[] row : clusterEmp) {
            Arrays.fill(row, Double.NaN);
        }
        for (int a = 0; a < n; a++) {
            int i = idx.get(a);
            for (int r = 0; r < nR; r++) {
                double v = emp[r][i];
                if (!Double.isNaN(v)) {
                    clusterEmp[r][cmp[a]] = Double.isNaN(clusterEmp[r][cmp[a]]) ? v : clusterEmp[r][cmp[a]] + v;
                }
            }
        }
        List<Integer> allK = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            allK.add(c);
        }
        double[][] clq = lq(clusterEmp, cbp.regionTotal(), allK);
        Map<String, double[][]> variants = new LinkedHashMap<>();
        variants.put("cluster_lq_pearson", CoLocation.correlation(clq));
        variants.put("cluster_lq_pearson_clipped", clip(CoLocation.correlation(clq)));
        variants.put("cluster_lq_censored_rank", CoLocation.censoredRankCorrelation(clq));
        variants.put("industry_mean_pearson", memberMean(raw, cmp, k));
        variants.put("industry_mean_censored_rank", memberMean(rank, cmp, k));
        int pairs = k * (k - 1) / 2;
        double[] theirs = new double[pairs];
        double asym = 0;
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double x = rel.colocation()[a][b];
                double y = rel.colocation()[b][a];
                theirs[p++] = Double.isNaN(x) ? y : Double.isNaN(y) ? x : (x + y) / 2;
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    asym = Math.max(asym, Math.abs(x - y));
                }
            }
        }
        Map<String, Double> spearman = new LinkedHashMap<>();
        variants.forEach((name, m) -> spearman.put(name, Agreement.spearman(upper(m), theirs)));
        return new Figures(nR, nI, cbp.publishedCells(), same / all, (double) sameN / labelled, tl.cut(), labelled,
                n, List.copyOf(matches), spearman, asym, pairs, (System.nanoTime() - t0) / 1e9);
    }

    /** Off-diagonal upper triangle, row by row (NaN kept). */
    static double[] upper(double[][] m) {
        int k = m.length;
        double[] out = new double[k * (k - 1) / 2];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                out[p++] = m[a][b];
            }
        }
        return out;
    }

    /** max(0, r), NaN → 0, diagonal 0 (the graph weight of {@link CoLocation#relatedness}). */
    static double[][] clip(double[][] r) {
        int n = r.length;
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = r[i][j];
                w[i][j] = i == j || Double.isNaN(v) || v < 0 ? 0 : v;
            }
        }
        return w;
    }

    /** Mean industry-pair value between the members of two clusters (NaN pairs left out). */
    static double[][] memberMean(double[][] r, int[] cluster, int k) {
        double[][] sum = new double[k][k];
        double[][] cnt = new double[k][k];
        for (int a = 0; a < r.length; a++) {
            for (int b = 0; b < r.length; b++) {
                if (a != b && !Double.isNaN(r[a][b])) {
                    sum[cluster[a]][cluster[b]] += r[a][b];
                    cnt[cluster[a]][cluster[b]]++;
                }
            }
        }
        double[][] m = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                m[a][b] = cnt[a][b] > 0 ? sum[a][b] / cnt[a][b] : Double.NaN;
            }
        }
        return m;
    }

    /** One Leiden run at resolution γ, compared with the CMP labels. */
    static Match match(String method, double[][] w, int[] cmp, double gamma) {
        int[] m = Communities.detect(w, Communities.Options.defaults().withResolution(gamma));
        return new Match(method, gamma, Arrays.stream(m).max().orElse(-1) + 1, Agreement.adjustedRand(cmp, m),
                Agreement.bestMatchShare(cmp, m));
    }

    /** γ = 1 and the grid resolution whose cluster count is closest to {@code target} (the lower γ on a tie). */
    static List<Match> matches(String method, double[][] w, int[] cmp, int target) {
        List<Match> out = new ArrayList<>();
        Match best = null;
        for (double g : GRID) {
            Match x = match(method, w, cmp, g);
            if (g == 1) {
                out.add(x);
            }
            if (best == null || Math.abs(x.clusters() - target) < Math.abs(best.clusters() - target)) {
                best = x;
            }
        }
        if (best.resolution() != 1) {
            out.add(best);
        }
        return out;
    }

    /**
     * LQ of the chosen columns against the published region totals: LQ_ri = (e_ri / T_r) / (E_i / T), E_i the sum
     * of the column's known cells, T = Σ_r T_r; unknown cells stay NaN.
     */
    static double[][] lq(double[][] values, double[] totals, List<Integer> columns) {
        int nR = values.length;
        double t = 0;
        for (double v : totals) {
            t += v;
        }
        double[][] out = new double[nR][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int i = columns.get(c);
            double e = 0;
            for (double[] row : values) {
                e += Double.isNaN(row[i]) ? 0 : row[i];
            }
            for (int r = 0; r < nR; r++) {
                out[r][c] = Double.isNaN(values[r][i]) ? Double.NaN
                        : LocationQuotient.of(values[r][i], totals[r], e, t);
            }
        }
        return out;
    }

    /**
     * Feser–Bergman linkage between industries by their BEA summary sectors: L(sector_i, sector_j) between sectors;
     * within one sector max(purchase, sales coefficient) of its own flow; 0 when either has no sector.
     */
    static double[][] industryIoLinkage(IoTable io, String[] codes, List<Integer> idx) {
        IoLinkage.Coefficients c = IoLinkage.of(io.z());
        Map<String, Integer> sector = new HashMap<>();
        for (int s = 0; s < io.codes().size(); s++) {
            sector.put(io.codes().get(s), s);
        }
        int n = idx.size();
        int[] s = new int[n];
        for (int a = 0; a < n; a++) {
            String bea = BeaSectors.of(codes[idx.get(a)]);
            s[a] = bea == null || !sector.containsKey(bea) ? -1 : sector.get(bea);
        }
        double[][] l = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b || s[a] < 0 || s[b] < 0) {
                    continue;
                }
                l[a][b] = s[a] == s[b] ? Math.max(c.purchase()[s[a]][s[a]], c.sales()[s[a]][s[a]])
                        : c.linkage()[s[a]][s[b]];
            }
        }
        return l;
    }
}
