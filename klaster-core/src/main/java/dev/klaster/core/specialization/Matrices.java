package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/** Small matrix helpers (transpose) shared by the specialisation indices; sums skipping NaN are in {@link Checks}. */
final class Matrices {
    private Matrices() {
    }

    static double[][] transpose(double[][] m) {
        int n = Checks.rectangular("values", m);
        double[][] t = new double[n][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int i = 0; i < n; i++) {
                t[i][r] = m[r][i];
            }
        }
        return t;
    }
}
