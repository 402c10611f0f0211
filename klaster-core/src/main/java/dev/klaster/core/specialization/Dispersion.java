package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/**
 * Dispersion of regional levels.
 *
 * <ul>
 *   <li><b>Coefficient of variation</b> {@code CV = σ / μ} with the population standard deviation (divisor n;
 *       the regions are the whole population, not a sample). Range {@code [0, ∞)}; NaN when μ = 0.</li>
 *   <li><b>Williamson index</b> (Williamson 1965, "Regional inequality and the process of national development",
 *       Economic Development and Cultural Change 13(4):1–84, DOI 10.1086/450136), the population-weighted CV of
 *       GRDP per capita: {@code Vw = sqrt( Σ_r (y_r − ȳ)² · p_r/P ) / ȳ} with {@code y_r = Y_r/p_r} and
 *       {@code ȳ = ΣY/ΣP}. Range {@code [0, ∞)} (usually below 1); NaN when a population is 0.</li>
 * </ul>
 */
public final class Dispersion {
    private Dispersion() {
    }

    public static double coefficientOfVariation(double[] x) {
        Checks.nonEmpty("x", x);
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return m == 0 ? Double.NaN : Math.sqrt(ss / x.length) / m;
    }

    /**
     * @param grdp       GRDP per region
     * @param population population per region
     */
    public static double williamson(double[] grdp, double[] population) {
        int n = Checks.sameLength("grdp, population", grdp, population);
        double bigY = 0;
        double bigP = 0;
        for (int r = 0; r < n; r++) {
            if (population[r] == 0) {
                return Double.NaN;
            }
            bigY += grdp[r];
            bigP += population[r];
        }
        double mean = Checks.ratio(bigY, bigP);
        double ss = 0;
        for (int r = 0; r < n; r++) {
            double d = grdp[r] / population[r] - mean;
            ss += d * d * population[r] / bigP;
        }
        return Checks.ratio(Math.sqrt(ss), mean);
    }
}
