package dev.klaster.core.growth;

import dev.klaster.core.check.Checks;

/**
 * Growth accounting for a region's sectors.
 *
 * <ul>
 *   <li><b>Contribution to growth</b> (sumber pertumbuhan, BPS convention): sector i's contribution in
 *       percentage points is its base-year share times its growth rate,
 *       {@code c[i] = (y0[i]/Y0) · (y1[i]/y0[i] − 1) · 100 = (y1[i] − y0[i]) / Y0 · 100}; the contributions sum to
 *       the region's growth rate in percent. Written as the second form so a sector absent in the base year still
 *       contributes.</li>
 *   <li><b>Employment elasticity of growth</b> (Kapsos 2005, "The employment intensity of growth", ILO
 *       Employment Strategy Paper 2005/12): {@code ε = (L1/L0 − 1) / (Y1/Y0 − 1)}, the percentage change of
 *       employment per 1 % of output growth (arc form over the period). NaN when output does not change. The
 *       jobs absorbed per 1 % of growth are {@code ε · L0 / 100} — the figure behind "1 % growth absorbs about
 *       100,000 workers".</li>
 * </ul>
 */
public final class Growth {
    private Growth() {
    }

    /** Growth rate in percent, {@code (x1/x0 − 1)·100}; NaN when x0 = 0. */
    public static double ratePercent(double x0, double x1) {
        return x0 == 0 ? Double.NaN : (x1 / x0 - 1) * 100;
    }

    /** Each sector's contribution to the total's growth, in percentage points. */
    public static double[] contribution(double[] y0, double[] y1) {
        int n = Checks.sameLength("y0, y1", y0, y1);
        double total0 = Checks.sum(y0);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = total0 == 0 ? Double.NaN : (y1[i] - y0[i]) / total0 * 100;
        }
        return c;
    }

    /** Employment elasticity of output growth. */
    public static double employmentElasticity(double l0, double l1, double y0, double y1) {
        double gl = l0 == 0 ? Double.NaN : l1 / l0 - 1;
        double gy = y0 == 0 ? Double.NaN : y1 / y0 - 1;
        return gy == 0 ? Double.NaN : gl / gy;
    }

    /** Workers absorbed per 1 % of output growth, {@code ε · L0 / 100}. */
    public static double jobsPerPercentGrowth(double l0, double l1, double y0, double y1) {
        return employmentElasticity(l0, l1, y0, y1) * l0 / 100;
    }
}
