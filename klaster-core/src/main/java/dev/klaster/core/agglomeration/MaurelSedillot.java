package dev.klaster.core.agglomeration;

import dev.klaster.core.check.Checks;

/**
 * Maurel &amp; Sédillot (1999, "A measure of the geographic concentration in French manufacturing industries",
 * Regional Science and Urban Economics 29(5):575–604, DOI 10.1016/S0166-0462(99)00020-4):
 * <pre>
 *   G_MS = (Σ_r s_r² − Σ_r x_r²) / (1 − Σ_r x_r²),   γ_MS = (G_MS − H) / (1 − H)
 * </pre>
 * Same null expectation as Ellison-Glaeser (E[γ] = 0 under random location), from a different estimator of the
 * co-location probability. NaN when H = 1 or Σx² = 1.
 */
public final class MaurelSedillot {
    private MaurelSedillot() {
    }

    /** γ_MS from plant data (same arguments as {@link EllisonGlaeser#gamma(double[], int[], double[])}). */
    public static double gamma(double[] plantEmployment, int[] plantRegion, double[] regionTotal) {
        EllisonGlaeserResult eg = EllisonGlaeser.gamma(plantEmployment, plantRegion, regionTotal);
        double[] ind = new double[regionTotal.length];
        for (int k = 0; k < plantRegion.length; k++) {
            ind[plantRegion[k]] += plantEmployment[k];
        }
        return gamma(ind, regionTotal, eg.h());
    }

    /** γ_MS from regional values and a plant Herfindahl. */
    public static double gamma(double[] industryByRegion, double[] regionTotal, double h) {
        Checks.sameLength("industryByRegion, regionTotal", industryByRegion, regionTotal);
        double[] s = Checks.shares(industryByRegion);
        double[] x = Checks.shares(regionTotal);
        double s2 = 0;
        double x2 = 0;
        for (int r = 0; r < s.length; r++) {
            s2 += s[r] * s[r];
            x2 += x[r] * x[r];
        }
        double gms = Checks.ratio(s2 - x2, 1 - x2);
        return Checks.ratio(gms - h, 1 - h);
    }
}
