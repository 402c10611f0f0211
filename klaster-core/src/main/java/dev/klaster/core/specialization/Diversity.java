package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/**
 * Diversity of a region's industry structure.
 *
 * <ul>
 *   <li><b>Entropy</b> (Shannon 1948; Attaran 1986, "Industrial diversity and economic performance in U.S.
 *       areas", Annals of Regional Science 20(2):44–54): {@code H = −Σ s_i ln s_i}
 *       (0·ln 0 = 0), range {@code [0, ln n]}; the relative entropy {@code H / ln n} is on {@code [0, 1]}.</li>
 *   <li><b>Relative diversity</b> (Duranton &amp; Puga 2000, "Diversity and specialisation in cities: why, where
 *       and when does it matter?", Urban Studies 37(3):533–555, DOI 10.1080/0042098002104):
 *       {@code RDI = 1 / Σ_i |s_r[i] − s[i]|}, range {@code (1/2, ∞)}; NaN when the region has exactly the
 *       reference's structure (the denominator is below {@link #IDENTICAL}) or a total is 0.</li>
 * </ul>
 */
public final class Diversity {
    private Diversity() {
    }

    /**
     * Below this Krugman distance two structures count as identical (the shares are computed in floating point,
     * so an exactly proportional region gives ~1e-16, not 0) and the relative diversity is undefined.
     */
    public static final double IDENTICAL = 1e-12;

    public static double entropy(double[] x) {
        double[] s = Checks.shares(x);
        double h = 0;
        for (double v : s) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }

    /** Entropy over its maximum {@code ln n}; NaN for n = 1. */
    public static double relativeEntropy(double[] x) {
        return x.length < 2 ? Double.NaN : entropy(x) / Math.log(x.length);
    }

    public static double durantonPuga(double[] region, double[] reference) {
        double k = Krugman.index(region, reference);
        return k < IDENTICAL ? Double.NaN : 1 / k;
    }
}
