package dev.klaster.core.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How far a found cluster definition is from a benchmark one (e.g. the US Cluster Mapping's 51 traded clusters), and
 * how well two relatedness scores agree in rank.
 *
 * <ul>
 *   <li>{@link #adjustedRand}: Hubert &amp; Arabie (1985), "Comparing partitions", J. Classification 2, 193–218,
 *   DOI 10.1007/BF01908075: {@code ARI = (Σ_ij C(n_ij,2) − [Σ_i C(a_i,2) Σ_j C(b_j,2)]/C(n,2)) /
 *   (½[Σ_i C(a_i,2) + Σ_j C(b_j,2)] − [Σ_i C(a_i,2) Σ_j C(b_j,2)]/C(n,2))} over the contingency table n_ij of the
 *   items labelled in both partitions (label ≥ 0); 1 = identical, 0 = chance level, may be negative. NaN for fewer
 *   than 2 items or when both partitions are trivial (the denominator is 0).</li>
 *   <li>{@link #bestMatchShare}: for each benchmark cluster, its best match is the found cluster holding most of its
 *   members (ties: the lowest found label); the share of benchmark-labelled items whose found cluster is their
 *   benchmark cluster's best match (an item in no found cluster, label −1, is not matched). 1 when every benchmark
 *   cluster lies inside one found cluster (a single found cluster scores 1 too: read it with the ARI).</li>
 *   <li>{@link #spearman}: Spearman's rank correlation, the Pearson correlation of the ranks with ties given their
 *   average rank (Spearman 1904); pairs where either value is NaN are left out; NaN for fewer than 3 pairs or a
 *   constant side. Written here because it is a dozen lines and the core has no statistics library.</li>
 * </ul>
 */
public final class Agreement {
    private Agreement() {
    }

    public static double adjustedRand(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " labels against " + b.length);
        }
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> cols = new HashMap<>();
        long n = 0;
        for (int k = 0; k < a.length; k++) {
            if (a[k] < 0 || b[k] < 0) {
                continue;
            }
            n++;
            cells.merge(((long) a[k] << 32) | (b[k] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[k], 1, Integer::sum);
            cols.merge(b[k], 1, Integer::sum);
        }
        if (n < 2) {
            return Double.NaN;
        }
        double sumCells = 0;
        for (int v : cells.values()) {
            sumCells += pairs(v);
        }
        double sumA = 0;
        for (int v : rows.values()) {
            sumA += pairs(v);
        }
        double sumB = 0;
        for (int v : cols.values()) {
            sumB += pairs(v);
        }
        double expected = sumA * sumB / pairs(n);
        double max = 0.5 * (sumA + sumB);
        double den = max - expected;
        return den == 0 ? Double.NaN : (sumCells - expected) / den;
    }

    private static double pairs(long m) {
        return m * (m - 1) / 2.0;
    }

    public static double bestMatchShare(int[] benchmark, int[] found) {
        if (benchmark.length != found.length) {
            throw new IllegalArgumentException(benchmark.length + " labels against " + found.length);
        }
        Map<Integer, Map<Integer, Integer>> overlap = new HashMap<>();
        int n = 0;
        for (int k = 0; k < benchmark.length; k++) {
            if (benchmark[k] < 0) {
                continue;
            }
            n++;
            if (found[k] >= 0) {
                overlap.computeIfAbsent(benchmark[k], x -> new HashMap<>()).merge(found[k], 1, Integer::sum);
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Map<Integer, Integer> best = new HashMap<>();
        overlap.forEach((c, m) -> best.put(c, m.entrySet().stream()
                .max((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(y.getKey(), x.getKey())
                        : Integer.compare(x.getValue(), y.getValue())).orElseThrow().getKey()));
        int matched = 0;
        for (int k = 0; k < benchmark.length; k++) {
            if (benchmark[k] >= 0 && found[k] >= 0 && best.get(benchmark[k]) == found[k]) {
                matched++;
            }
        }
        return (double) matched / n;
    }

    public static double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " values against " + y.length);
        }
        int m = 0;
        for (int k = 0; k < x.length; k++) {
            m += Double.isNaN(x[k]) || Double.isNaN(y[k]) ? 0 : 1;
        }
        double[] a = new double[m];
        double[] b = new double[m];
        for (int k = 0, j = 0; k < x.length; k++) {
            if (!Double.isNaN(x[k]) && !Double.isNaN(y[k])) {
                a[j] = x[k];
                b[j++] = y[k];
            }
        }
        if (m < 3) {
            return Double.NaN;
        }
        return pearson(ranks(a), ranks(b));
    }

    /** Average ranks (1-based) with ties sharing their mean rank. */
    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] o = new Integer[n];
        for (int k = 0; k < n; k++) {
            o[k] = k;
        }
        Arrays.sort(o, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && v[o[j + 1]] == v[o[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[o[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int k = 0; k < n; k++) {
            ma += a[k];
            mb += b[k];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = 0; k < n; k++) {
            sab += (a[k] - ma) * (b[k] - mb);
            saa += (a[k] - ma) * (a[k] - ma);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}
