package dev.klaster.core.spatial;

import java.util.Arrays;

/**
 * Multiple-testing corrections of a vector of p-values (NaN entries are left NaN and not counted).
 *
 * <p>{@link Correction#BONFERRONI}: {@code min(1, m p)}. {@link Correction#FDR}: Benjamini and Hochberg (1995,
 * doi:10.1111/j.2517-6161.1995.tb02031.x) adjusted p-values {@code min_{k≥i} min(1, m p_(k) / k)} (R's
 * {@code p.adjust(method = "BH")}); a region is significant at level α when its adjusted value is ≤ α, which is
 * the same set esda's {@code fdr(p, α)} threshold selects.
 */
public final class MultipleTesting {
    public enum Correction {
        NONE, BONFERRONI, FDR;

        public static Correction parse(String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "none" -> NONE;
                case "bonferroni" -> BONFERRONI;
                case "fdr", "bh" -> FDR;
                default -> throw new IllegalArgumentException("--correction '" + s
                        + "' is not one of none, bonferroni, fdr");
            };
        }
    }

    private MultipleTesting() {
    }

    public static double[] adjust(double[] p, Correction c) {
        double[] out = p.clone();
        if (c == Correction.NONE) {
            return out;
        }
        int m = 0;
        for (double v : p) {
            if (!Double.isNaN(v)) {
                m++;
            }
        }
        if (c == Correction.BONFERRONI) {
            for (int i = 0; i < p.length; i++) {
                out[i] = Double.isNaN(p[i]) ? Double.NaN : Math.min(1, m * p[i]);
            }
            return out;
        }
        Integer[] order = new Integer[m];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[k++] = i;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double run = 1;
        for (int r = m - 1; r >= 0; r--) {
            int i = order[r];
            run = Math.min(run, Math.min(1, m * p[i] / (r + 1)));
            out[i] = run;
        }
        return out;
    }
}
