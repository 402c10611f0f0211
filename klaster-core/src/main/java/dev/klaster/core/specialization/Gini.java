package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;
import dev.klaster.core.concentration.LocationQuotient;

import java.util.Arrays;

/**
 * Gini coefficients.
 *
 * <ul>
 *   <li>{@link #of(double[])}: the Gini coefficient of a set of values, {@code G = 2·Σ_k k·x_(k) / (n·Σx) −
 *       (n+1)/n} with {@code x_(k)} sorted ascending (Gini 1912). Range {@code [0, (n−1)/n]}.</li>
 *   <li>{@link #specialization}: Gini of the region's location quotients over industries (Farhauer &amp; Kröll
 *       2013; REAT {@code gini.spec}): {@code G = 2/(n²·R̄) · Σ_k k·(R_(k) − R̄)}, the same formula applied to
 *       LQs. 0 when the region is shaped like the reference.</li>
 *   <li>{@link #concentration}: Gini of an industry's LQs over regions (REAT {@code gini.conc} convention).</li>
 *   <li>{@link #locational}: Krugman's (1991) locational Gini, the area between the 45° line and the Lorenz
 *       curve of an industry's regional shares against the regions' total shares, regions ordered by LQ
 *       ascending: {@code G = 1 − Σ_k (X_k − X_{k−1})(Y_k + Y_{k−1})} with cumulative shares X (total) and Y
 *       (industry). Range {@code [0, 1)}.</li>
 * </ul>
 * NaN where the LQs are undefined (zero totals) or the mean is 0. Values must be non-negative for the Lorenz-curve
 * interpretation.
 */
public final class Gini {
    private Gini() {
    }

    /** Gini coefficient of values (NaN values are rejected as undefined: the result is NaN). */
    public static double of(double[] x) {
        Checks.nonEmpty("x", x);
        double[] v = x.clone();
        for (double d : v) {
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
        }
        Arrays.sort(v);
        int n = v.length;
        double sum = 0;
        double weighted = 0;
        for (int k = 0; k < n; k++) {
            sum += v[k];
            weighted += (k + 1) * v[k];
        }
        if (sum == 0) {
            return Double.NaN;
        }
        return 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    /** Gini specialisation of a region against a reference (REAT gini.spec convention). */
    public static double specialization(double[] region, double[] reference) {
        return of(LocationQuotient.vector(region, reference));
    }

    /** Gini concentration of an industry (values per region) against the regions' totals. */
    public static double concentration(double[] industryByRegion, double[] regionTotals) {
        return of(LocationQuotient.vector(industryByRegion, regionTotals));
    }

    /** Gini specialisation of every region of a matrix against the sum of all regions. */
    public static double[] specializationAll(double[][] values) {
        double[][] lq = LocationQuotient.matrix(values);
        double[] out = new double[lq.length];
        for (int r = 0; r < lq.length; r++) {
            out[r] = of(lq[r]);
        }
        return out;
    }

    /** Krugman's locational Gini of an industry against the regions' totals (see class doc). */
    public static double locational(double[] industryByRegion, double[] regionTotals) {
        int n = Checks.sameLength("industryByRegion, regionTotals", industryByRegion, regionTotals);
        double[] y = Checks.shares(industryByRegion);
        double[] x = Checks.shares(regionTotals);
        Integer[] order = new Integer[n];
        double[] ratio = new double[n];
        for (int k = 0; k < n; k++) {
            if (Double.isNaN(y[k]) || Double.isNaN(x[k])) {
                return Double.NaN;
            }
            order[k] = k;
            ratio[k] = x[k] == 0 ? Double.POSITIVE_INFINITY : y[k] / x[k];
        }
        Arrays.sort(order, (a, b) -> Double.compare(ratio[a], ratio[b]));
        double cx = 0;
        double cy = 0;
        double area = 0;
        for (int k : order) {
            double nx = cx + x[k];
            double ny = cy + y[k];
            area += (nx - cx) * (ny + cy);
            cx = nx;
            cy = ny;
        }
        return 1 - area;
    }
}
