package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a membership separates related from unrelated industries on a relatedness matrix W (symmetric,
 * non-negative, diagonal ignored).
 *
 * <p>Per cluster c with k members out of n industries (the articles' test: flows inside a cluster should be
 * stronger than flows to the rest of the economy):
 * <pre>
 *   internalSum  = Σ_{i&lt;j, i,j∈c} W_ij            internalMean = internalSum / (k(k−1)/2)
 *   externalSum  = Σ_{i∈c, j∉c} W_ij              externalMean = externalSum / (k(n−k))
 *   ratio        = internalMean / externalMean     (&gt; 1: the cluster passes the test)
 * </pre>
 * Means are used for the ratio because sums grow with cluster size. A singleton has internalMean NaN; a cluster
 * with externalMean 0 has ratio +∞ when internalMean &gt; 0 and NaN when both are 0.
 *
 * <p>Overall scores (our choice, so settings can be compared):
 * <ul>
 *   <li>{@code modularity} Q = (1/2m) Σ_ij [W_ij − s_i s_j / 2m] δ(c_i, c_j) (Newman 2006, PNAS 103(23),
 *   DOI 10.1073/pnas.0601602103), with s_i the weighted degree, 2m = Σ_i s_i; range [−1/2, 1); NaN if W is 0.</li>
 *   <li>{@code withinBetweenRatio} = mean W over all within-cluster pairs / mean W over all between-cluster
 *   pairs; &gt; 1 means within-cluster relatedness is higher. NaN if either set of pairs is empty.</li>
 * </ul>
 * Industries with membership −1 (unassigned) count as "outside" for every cluster and are not a cluster themselves.
 */
public final class Validation {
    private Validation() {
    }

    /** Linkage test of one cluster. */
    public record ClusterLinkage(int cluster, int size, double internalSum, double externalSum, double internalMean,
                                 double externalMean, double ratio) {
        /** True when internal mean linkage exceeds external mean linkage. */
        public boolean passes() {
            return ratio > 1;
        }
    }

    /** Per-cluster linkage and overall scores. */
    public record Result(List<ClusterLinkage> clusters, double modularity, double withinBetweenRatio) {
    }

    public static Result of(double[][] w, int[] membership) {
        int n = Checks.square("relatedness matrix", w);
        Checks.membership(membership, n);
        int k = 0;
        for (int c : membership) {
            k = Math.max(k, c + 1);
        }
        double[] inSum = new double[k];
        double[] outSum = new double[k];
        int[] size = new int[k];
        for (int c : membership) {
            if (c >= 0) {
                size[c]++;
            }
        }
        double withinSum = 0;
        long withinPairs = 0;
        double betweenSum = 0;
        long betweenPairs = 0;
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = w[i][j];
                degree[i] += v;
                degree[j] += v;
                int ci = membership[i];
                int cj = membership[j];
                if (ci >= 0 && ci == cj) {
                    inSum[ci] += v;
                    withinSum += v;
                    withinPairs++;
                } else {
                    if (ci >= 0) {
                        outSum[ci] += v;
                    }
                    if (cj >= 0) {
                        outSum[cj] += v;
                    }
                    betweenSum += v;
                    betweenPairs++;
                }
            }
        }
        List<ClusterLinkage> list = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double inPairs = size[c] * (size[c] - 1) / 2.0;
            double outPairs = (double) size[c] * (n - size[c]);
            double inMean = inPairs > 0 ? inSum[c] / inPairs : Double.NaN;
            double outMean = outPairs > 0 ? outSum[c] / outPairs : Double.NaN;
            list.add(new ClusterLinkage(c, size[c], inSum[c], outSum[c], inMean, outMean, inMean / outMean));
        }
        double twoM = 0;
        for (double d : degree) {
            twoM += d;
        }
        double q = Double.NaN;
        if (twoM > 0) {
            double[] clusterDegree = new double[k];
            for (int i = 0; i < n; i++) {
                if (membership[i] >= 0) {
                    clusterDegree[membership[i]] += degree[i];
                }
            }
            q = 0;
            for (int c = 0; c < k; c++) {
                q += 2 * inSum[c] / twoM - (clusterDegree[c] / twoM) * (clusterDegree[c] / twoM);
            }
        }
        double ratio = withinPairs > 0 && betweenPairs > 0
                ? (withinSum / withinPairs) / (betweenSum / betweenPairs) : Double.NaN;
        return new Result(List.copyOf(list), q, ratio);
    }

    /**
     * Adjusted Rand index of two partitions (Hubert &amp; Arabie 1985, "Comparing partitions", Journal of
     * Classification 2, 193–218, DOI 10.1007/BF01908075): 1 for identical partitions (up to relabelling), about 0
     * for chance agreement. NaN when both partitions put everything in one cluster or all apart (0/0).
     */
    public static double adjustedRandIndex(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("partitions have " + a.length + " and " + b.length + " items");
        }
        java.util.Map<Long, Integer> table = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> rows = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> cols = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            table.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            cols.merge(b[i], 1, Integer::sum);
        }
        double index = 0;
        for (int v : table.values()) {
            index += choose2(v);
        }
        double sa = 0;
        for (int v : rows.values()) {
            sa += choose2(v);
        }
        double sb = 0;
        for (int v : cols.values()) {
            sb += choose2(v);
        }
        double expected = sa * sb / choose2(a.length);
        double max = (sa + sb) / 2;
        return (index - expected) / (max - expected);
    }

    private static double choose2(long v) {
        return v * (v - 1) / 2.0;
    }
}
