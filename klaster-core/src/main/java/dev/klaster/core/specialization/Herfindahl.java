package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/**
 * Herfindahl-Hirschman index of shares (Hirschman 1945; Herfindahl 1950), e.g. of a region's industry structure
 * (specialisation) or an industry's regional distribution (concentration):
 * <pre>
 *   HHI = Σ_k s_k²,   s_k = x_k/Σx                       range [1/n, 1]
 *   normalised HHI* = (HHI − 1/n) / (1 − 1/n)              range [0, 1]; NaN for n = 1
 *   equivalent number = 1 / HHI                            range [1, n]
 * </pre>
 * Conventions follow REAT's {@code herf} (Dörsam 2004 example: 20,50,20,10 → 0.34, 0.12, 2.94). NaN when the
 * total is 0 or a value is NaN.
 */
public final class Herfindahl {
    private Herfindahl() {
    }

    public static double index(double[] x) {
        Checks.nonEmpty("x", x);
        double s = 0;
        for (double v : x) {
            s += v;
        }
        if (s == 0 || Double.isNaN(s)) {
            return Double.NaN;
        }
        double h = 0;
        for (double v : x) {
            double sh = v / s;
            h += sh * sh;
        }
        return h;
    }

    public static double normalized(double[] x) {
        int n = x.length;
        if (n == 1) {
            return Double.NaN;
        }
        return (index(x) - 1.0 / n) / (1 - 1.0 / n);
    }

    public static double equivalentNumber(double[] x) {
        return 1 / index(x);
    }
}
