package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;
import dev.ludovic.netlib.blas.BLAS;

/**
 * Co-location relatedness of industry pairs: the Pearson correlation of their location quotients across regions.
 *
 * <p>For LQ columns {@code q_i} over R regions, {@code r_ij = Σ_r (q_ri − q̄_i)(q_rj − q̄_j) /
 * sqrt(Σ_r (q_ri − q̄_i)² Σ_r (q_rj − q̄_j)²)}, range [−1, 1]. Industries that specialise in the same regions get a
 * high r. For the relatedness graph negative correlations are set to 0 (dissimilar location patterns are no
 * evidence of a link), as in the co-location measures of Delgado, Porter &amp; Stern (2016), "Defining clusters of
 * related industries", Journal of Economic Geography 16(1), 1–38, DOI 10.1093/jeg/lbv017.
 *
 * <p>Edge cases: a constant column (zero variance, e.g. an industry present everywhere in the same share) gives
 * r = NaN in {@link #correlation}; {@link #relatedness} turns NaN into weight 0 (no evidence) and sets the diagonal
 * to 0. Regions where either LQ is NaN are left out of that pair (pairwise-complete correlation); a pair with fewer
 * than 3 common regions is NaN.
 *
 * <p>Speed: for columns without NaN the correlation matrix is one product {@code Sᵀ S} of the standardised R × n
 * matrix, done by netlib BLAS {@code dgemm} (native OpenBLAS where installed, else pure Java); it runs on a thread
 * with a 16 MiB stack because native OpenBLAS crashes on the JVM's default stack (see JAVA-NOTES).
 */
public final class CoLocation {
    private CoLocation() {
    }

    /** Pearson correlation of the columns of {@code lq[region][industry]}; n × n, diagonal 1 (or NaN if constant). */
    public static double[][] correlation(double[][] lq) {
        if (lq == null || lq.length == 0) {
            throw new IllegalArgumentException("LQ matrix has no regions");
        }
        int nR = lq.length;
        int n = lq[0].length;
        for (int r = 0; r < nR; r++) {
            if (lq[r].length != n) {
                throw new IllegalArgumentException("LQ row " + r + " has " + lq[r].length + " industries, row 0 has " + n);
            }
        }
        boolean[] hasNaN = new boolean[n];
        double[] s = new double[nR * n]; // column-major R × n, standardised to mean 0 and norm 1
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int r = 0; r < nR; r++) {
                double v = lq[r][i];
                if (Double.isNaN(v)) {
                    hasNaN[i] = true;
                }
                mean += v;
            }
            if (hasNaN[i]) {
                continue;
            }
            mean /= nR;
            double ss = 0;
            int off = i * nR;
            for (int r = 0; r < nR; r++) {
                double d = lq[r][i] - mean;
                s[off + r] = d;
                ss += d * d;
            }
            double norm = Math.sqrt(ss);
            for (int r = 0; r < nR; r++) {
                s[off + r] = norm > 0 ? s[off + r] / norm : Double.NaN;
            }
        }
        double[] c = new double[n * n];
        runWithLargeStack(() -> BLAS.getInstance().dgemm("T", "N", n, n, nR, 1.0, s, nR, s, nR, 0.0, c, n));
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = Math.max(-1, Math.min(1, c[j * n + i]));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!hasNaN[i]) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                double v = pairwise(lq, i, j);
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return out;
    }

    /**
     * Rank co-location with censored cells: Spearman's correlation of the LQ columns where a missing (NaN) cell is
     * read as <em>censored below</em> every known value of its column — it gets the tied lowest rank, the mean of
     * ranks 1..m for m missing cells — instead of being left out. This is the reading of County Business Patterns'
     * unpublished cells (fewer than 3 establishments: unknown, but small), which pairwise-complete Pearson
     * ({@link #correlation}) throws away together with the information that the industry is (nearly) absent there.
     * A missing cell never becomes 0: only its order below the published cells is used. Known ties share their
     * average rank. Range [−1, 1]; a column with one distinct rank is constant and gives NaN. Computed as the
     * Pearson correlation of the rank columns ({@link #correlation} on ranks, BLAS path).
     */
    public static double[][] censoredRankCorrelation(double[][] lq) {
        if (lq == null || lq.length == 0) {
            throw new IllegalArgumentException("LQ matrix has no regions");
        }
        int nR = lq.length;
        int n = lq[0].length;
        double[][] ranks = new double[nR][n];
        double[] col = new double[nR];
        Integer[] order = new Integer[nR];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int r = 0; r < nR; r++) {
                if (lq[r].length != n) {
                    throw new IllegalArgumentException("LQ row " + r + " has " + lq[r].length + " industries, row 0 has "
                            + n);
                }
                col[r] = lq[r][i];
                m += Double.isNaN(col[r]) ? 1 : 0;
                order[r] = r;
            }
            double low = (m + 1) / 2.0; // mean of ranks 1..m
            java.util.Arrays.sort(order, (p, q) -> Double.isNaN(col[p]) ? (Double.isNaN(col[q]) ? 0 : -1)
                    : Double.isNaN(col[q]) ? 1 : Double.compare(col[p], col[q]));
            for (int k = 0; k < m; k++) {
                ranks[order[k]][i] = low;
            }
            for (int k = m; k < nR; ) {
                int j = k;
                while (j + 1 < nR && col[order[j + 1]] == col[order[k]]) {
                    j++;
                }
                double avg = (k + j) / 2.0 + 1;
                for (int t = k; t <= j; t++) {
                    ranks[order[t]][i] = avg;
                }
                k = j + 1;
            }
        }
        return correlation(ranks);
    }

    /** Relatedness from {@link #censoredRankCorrelation}: {@code max(0, ρ_ij)}, NaN → 0, diagonal 0. */
    public static double[][] censoredRankRelatedness(double[][] lq) {
        return clipNegative(censoredRankCorrelation(lq), "censored rank correlation");
    }

    /** Co-location relatedness: {@code max(0, r_ij)}, NaN → 0, diagonal 0. */
    public static double[][] relatedness(double[][] lq) {
        double[][] r = correlation(lq);
        return clipNegative(r, "LQ correlation");
    }

    /**
     * Relatedness from a user-given Ellison–Glaeser coagglomeration matrix (Ellison &amp; Glaeser 1997, J. Political
     * Economy 105(5), DOI 10.1086/262098; pairwise index of Ellison, Glaeser &amp; Kerr 2010, AER 100(3),
     * DOI 10.1257/aer.100.3.1195): must be square, symmetric and finite; negatives are set to 0, diagonal 0.
     */
    public static double[][] fromCoagglomeration(double[][] gamma) {
        Checks.square("coagglomeration matrix", gamma);
        Checks.symmetric("coagglomeration matrix", gamma);
        return clipNegative(gamma, "coagglomeration matrix");
    }

    private static double[][] clipNegative(double[][] r, String what) {
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

    static double pairwise(double[][] lq, int i, int j) {
        int k = 0;
        double mi = 0;
        double mj = 0;
        for (double[] row : lq) {
            if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
                mi += row[i];
                mj += row[j];
                k++;
            }
        }
        if (k < 3) {
            return Double.NaN;
        }
        mi /= k;
        mj /= k;
        double sij = 0;
        double sii = 0;
        double sjj = 0;
        for (double[] row : lq) {
            if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
                double a = row[i] - mi;
                double b = row[j] - mj;
                sij += a * b;
                sii += a * a;
                sjj += b * b;
            }
        }
        return sii > 0 && sjj > 0 ? sij / Math.sqrt(sii * sjj) : Double.NaN;
    }

    /** Runs a native-BLAS call on a thread with a 16 MiB stack (native OpenBLAS needs more than the default). */
    static void runWithLargeStack(Runnable task) {
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "klaster-blas", 16L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing correlations", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
