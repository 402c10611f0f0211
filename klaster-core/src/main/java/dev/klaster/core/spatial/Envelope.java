package dev.klaster.core.spatial;

import java.util.Arrays;

/**
 * Monte-Carlo envelopes of a function of distance (Kd, M, K, L) from S simulated curves.
 *
 * <p>Local: at each r the α/2 and 1 − α/2 quantiles of the simulated values (R's default type-7 quantile, as dbmss's
 * {@code Envelope(Global = FALSE)}). Global (Duranton and Overman 2005, section 4.2): the narrowest band made of
 * the k-th smallest and k-th largest simulated value at every r such that at least (1 − α)·S simulations stay
 * inside it at all distances, so that "the observed curve leaves the band somewhere" has level α.
 *
 * @param mean mean of the simulations at each r
 * @param lo   lower bound
 * @param hi   upper bound
 */
public record Envelope(double[] mean, double[] lo, double[] hi) {

    public static Envelope of(double[][] sims, double alpha, boolean global) {
        int s = sims.length;
        int nr = sims[0].length;
        double[] mean = new double[nr];
        double[][] sorted = new double[nr][s];
        for (int k = 0; k < nr; k++) {
            double sum = 0;
            for (int t = 0; t < s; t++) {
                sorted[k][t] = sims[t][k];
                sum += sims[t][k];
            }
            mean[k] = sum / s;
            Arrays.sort(sorted[k]);
        }
        double[] lo = new double[nr];
        double[] hi = new double[nr];
        if (!global) {
            for (int k = 0; k < nr; k++) {
                lo[k] = quantile(sorted[k], alpha / 2);
                hi[k] = quantile(sorted[k], 1 - alpha / 2);
            }
            return new Envelope(mean, lo, hi);
        }
        int best = 1;
        for (int depth = 1; depth <= s / 2; depth++) {
            int inside = 0;
            for (double[] sim : sims) {
                boolean in = true;
                for (int k = 0; k < nr && in; k++) {
                    in = sim[k] >= sorted[k][depth - 1] && sim[k] <= sorted[k][s - depth];
                }
                if (in) {
                    inside++;
                }
            }
            if (inside >= (1 - alpha) * s) {
                best = depth;
            } else {
                break;
            }
        }
        for (int k = 0; k < nr; k++) {
            lo[k] = sorted[k][best - 1];
            hi[k] = sorted[k][s - best];
        }
        return new Envelope(mean, lo, hi);
    }

    /** R's type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
