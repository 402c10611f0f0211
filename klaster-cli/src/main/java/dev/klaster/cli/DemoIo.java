package dev.klaster.cli;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;

/**
 * Synthetic 17×17 intermediate-flow table for the demo (labelled synthetic; replaced by the IO module's
 * DemoIoTable at merge). Output x_j = 2 · national value added of sector j; Z_ij = a_ij · x_j with a base input
 * coefficient of 0.003 and planted stronger links that mimic an agro-industrial chain (A→C, B→C, B→D, C→F, C→I,
 * A→I), trade and transport (G↔H), and services feeding everyone (K, L, M_N) and the public sector (C, M_N → O, P,
 * Q). Column sums of a stay below 0.5, so I − A is invertible.
 */
final class DemoIo {
    private DemoIo() {
    }

    static double[][] z(Panel panel) {
        String[] codes = panel.industries().codes();
        int n = codes.length;
        double[][] va = panel.sliceAt(Measure.VALUE_ADDED, panel.yearCount() - 1).toMatrix();
        double[] x = new double[n];
        for (double[] row : va) {
            for (int j = 0; j < n; j++) {
                if (!Double.isNaN(row[j])) {
                    x[j] += 2 * row[j];
                }
            }
        }
        double[][] a = new double[n][n];
        for (double[] row : a) {
            java.util.Arrays.fill(row, 0.003);
        }
        String[][] links = {{"A", "C"}, {"B", "C"}, {"B", "D"}, {"C", "F"}, {"C", "I"}, {"A", "I"}, {"G", "H"},
                {"H", "G"}, {"C", "O"}, {"C", "P"}, {"C", "Q"}, {"M_N", "O"}, {"M_N", "P"}, {"M_N", "Q"},
                {"K", "L"}, {"L", "K"}, {"J", "K"}, {"J", "M_N"}, {"D", "E"}, {"E", "D"}};
        java.util.List<String> list = java.util.List.of(codes);
        for (String[] l : links) {
            int i = list.indexOf(l[0]);
            int j = list.indexOf(l[1]);
            if (i >= 0 && j >= 0) {
                a[i][j] = 0.12;
            }
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = a[i][j] * x[j];
            }
        }
        return z;
    }
}
