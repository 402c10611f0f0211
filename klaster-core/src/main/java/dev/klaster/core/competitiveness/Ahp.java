package dev.klaster.core.competitiveness;

/**
 * Analytic Hierarchy Process weights from a pairwise comparison matrix (Saaty 1980, "The Analytic Hierarchy
 * Process", McGraw-Hill; Saaty 1977, J. Math. Psychology 15(3), 234–281, DOI 10.1016/0022-2496(77)90033-5).
 *
 * <p>A is positive and reciprocal (a_ji = 1/a_ij, a_ii = 1). Weights are the principal right eigenvector
 * normalised to sum 1, found by power iteration (Perron–Frobenius: converges for positive matrices);
 * λmax = mean_i (A w)_i / w_i; consistency index CI = (λmax − n)/(n − 1); consistency ratio CR = CI / RI(n) with
 * Saaty's random indices RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1..10. CR ≤ 0.1 is
 * acceptable; {@link #weights} throws above that. For n ≤ 2 CR is 0 (every such matrix is consistent).
 * Hand-written because it is a 30-line eigenvector; no dependency is needed for it.
 */
public final class Ahp {
    private static final double[] RI = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    private Ahp() {
    }

    /** Weights (sum 1), λmax, CI and CR. */
    public record Result(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {
    }

    /** Computes weights and consistency without judging them. */
    public static Result analyse(double[][] a) {
        int n = a.length;
        if (n == 0 || n > 10) {
            throw new IllegalArgumentException("AHP matrix must have 1 to 10 rows (Saaty's random index table), got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("AHP matrix row " + i + " has " + a[i].length + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!(a[i][j] > 0) || Double.isInfinite(a[i][j])) {
                    throw new IllegalArgumentException("AHP entry [" + i + "][" + j + "] = " + a[i][j] + " must be positive");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > 1e-3) {
                    throw new IllegalArgumentException("AHP matrix is not reciprocal: [" + i + "][" + j + "] = " + a[i][j]
                            + " but [" + j + "][" + i + "] = " + a[j][i] + " (expected " + (1 / a[i][j]) + ")");
                }
            }
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int it = 0; it < 1000; it++) {
            double[] next = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += a[i][j] * w[j];
                }
                sum += next[i];
            }
            double diff = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                diff = Math.max(diff, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (diff < 1e-14) {
                break;
            }
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double aw = 0;
            for (int j = 0; j < n; j++) {
                aw += a[i][j] * w[j];
            }
            lambda += aw / w[i];
        }
        lambda /= n;
        double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        double cr = n > 2 ? ci / RI[n] : 0;
        return new Result(w, lambda, ci, cr);
    }

    /** Weights, or an exception when CR &gt; 0.1. */
    public static Result weights(double[][] a) {
        Result r = analyse(a);
        if (r.consistencyRatio() > 0.1) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "AHP comparisons are inconsistent: consistency ratio %.3f > 0.10 (λmax = %.4f, n = %d); revise the"
                            + " pairwise judgements", r.consistencyRatio(), r.lambdaMax(), a.length));
        }
        return r;
    }
}
