package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;
/**
 * Input-output linkage of industry pairs after Feser &amp; Bergman (2000).
 *
 * <p>With intermediate flows {@code Z[i][j]} (sales of industry i to industry j), total intermediate purchases of j
 * {@code P_j = Σ_k Z[k][j]} and total intermediate sales of i {@code S_i = Σ_k Z[i][k]}:
 * <pre>
 *   x_ij = Z[i][j] / P_j   purchase coefficient: share of j's intermediate inputs bought from i
 *   y_ij = Z[i][j] / S_i   sales coefficient: share of i's intermediate sales going to j
 *   L_ij = L_ji = max(x_ij, x_ji, y_ij, y_ji)
 * </pre>
 * Range [0, 1]; the diagonal (own-industry flows) is set to 0 because a self-link says nothing about grouping.
 * An industry with no intermediate purchases (P_j = 0) or sales (S_i = 0) contributes 0 for that coefficient
 * (there is no flow to normalise — the coefficient is absent, not unknown).
 *
 * <p>Convention: Feser, E. J. &amp; Bergman, E. M. (2000), "National industry cluster templates: a framework for
 * applied regional cluster analysis", Regional Studies 34(1), 1–19, DOI 10.1080/00343400050005844. They then
 * correlate coefficient profiles and run factor analysis; here, as the issue asks, the max coefficient is the
 * pair's edge weight for community detection (the "strongest link" step of their method).
 */
public final class IoLinkage {
    private IoLinkage() {
    }

    /** The four Feser–Bergman coefficient matrices and their symmetric maximum. */
    public record Coefficients(double[][] purchase, double[][] sales, double[][] linkage) {
    }

    /** Purchase coefficients x, sales coefficients y and the linkage L; Z must be square, finite, non-negative. */
    public static Coefficients of(double[][] z) {
        int n = Checks.square("Z (intermediate flows)", z);
        Checks.nonNegative("Z (intermediate flows)", z);
        double[] purchases = new double[n];
        double[] sales = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sales[i] += z[i][j];
                purchases[j] += z[i][j];
            }
        }
        double[][] x = new double[n][n];
        double[][] y = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = purchases[j] > 0 ? z[i][j] / purchases[j] : 0;
                y[i][j] = sales[i] > 0 ? z[i][j] / sales[i] : 0;
            }
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = Math.max(Math.max(x[i][j], x[j][i]), Math.max(y[i][j], y[j][i]));
                l[i][j] = v;
                l[j][i] = v;
            }
        }
        return new Coefficients(x, y, l);
    }

    /** Only the symmetric linkage matrix L. */
    public static double[][] linkage(double[][] z) {
        return of(z).linkage();
    }
}
