package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/** Small matrix helpers (column sums skipping NaN, transpose) shared by the specialisation indices. */
final class Matrices {
    private Matrices() {
    }

    static double[] columnSums(double[][] m) {
        int n = Checks.rectangular("values", m);
        double[] s = new double[n];
        for (double[] row : m) {
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(row[i])) {
                    s[i] += row[i];
                }
            }
        }
        return s;
    }

    static double[] rowSums(double[][] m) {
        Checks.rectangular("values", m);
        double[] s = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            s[r] = Checks.sum(m[r]);
        }
        return s;
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
