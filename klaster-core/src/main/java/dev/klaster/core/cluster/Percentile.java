package dev.klaster.core.cluster;

import java.util.Arrays;

/**
 * Percentile with linear interpolation between order statistics (Hyndman &amp; Fan 1996 type 7, the default of R and
 * Excel's PERCENTILE.INC): for sorted non-NaN values v_1..v_m, h = (m − 1)p, result v_⌊h⌋+1 + (h − ⌊h⌋)(v_⌊h⌋+2 − v_⌊h⌋+1).
 * NaN entries are ignored; no values gives NaN.
 */
public final class Percentile {
    private Percentile() {
    }

    /** @param p in [0, 1] */
    public static double of(double[] values, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be in [0, 1], got " + p);
        }
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
