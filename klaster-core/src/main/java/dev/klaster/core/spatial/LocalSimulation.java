package dev.klaster.core.spatial;

import java.util.SplittableRandom;

/**
 * Conditional permutation of local spatial lags (Anselin 1995): for region i, the value at i is held fixed and
 * {@code k_i = |N(i)|} values are drawn without replacement from the other regions (of i's group, when blocked),
 * placed on i's neighbours with i's weights. For each region the routine returns the number of simulated lags at
 * or above and at or below the observed lag, and the mean and variance of the simulated lags, from which the local
 * statistics derive their pseudo p-values. Work is split over regions; each region has its own seeded stream.
 */
final class LocalSimulation {
    /** per region: count of sim lag ≥ observed, count ≤ observed, mean and population variance of sim lags */
    final int[] atOrAbove;
    final int[] atOrBelow;
    final double[] mean;
    final double[] variance;
    /** regions whose pool is too small for their neighbour count (NaN results) */
    final boolean[] undefined;

    private LocalSimulation(int n) {
        atOrAbove = new int[n];
        atOrBelow = new int[n];
        mean = new double[n];
        variance = new double[n];
        undefined = new boolean[n];
    }

    /**
     * @param values  the values placed on neighbours (z for LISA, y for Gi)
     * @param w       weights (the neighbours' weights only; self weight is not part of the lag)
     * @param lag     observed lags {@code Σ_j w_ij values_j}
     * @param stream  offset of the random streams (so two statistics on the same data get different draws)
     */
    static LocalSimulation run(double[] values, SpatialWeights w, double[] lag, int permutations, Permutations perm,
                               long stream) {
        int n = values.length;
        LocalSimulation out = new LocalSimulation(n);
        if (permutations <= 0) {
            java.util.Arrays.fill(out.undefined, true);
            return out;
        }
        int chunk = Math.max(1, n / 64);
        int chunks = (n + chunk - 1) / chunk;
        perm.forEach(chunks, c -> {
            int[] draw = new int[w.maxCardinality()];
            int[] scratch = new int[n];
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                int k = w.cardinality(i);
                if (k == 0 || k > perm.poolSize(i)) {
                    out.undefined[i] = true;
                    continue;
                }
                SplittableRandom rnd = perm.random(stream * 0x9E3779B97F4A7C15L + i);
                double[] wi = w.weights(i);
                int above = 0;
                int below = 0;
                double s = 0;
                double ss = 0;
                double obs = lag[i];
                boolean ready = false;
                for (int p = 0; p < permutations; p++) {
                    perm.draw(i, k, rnd, draw, scratch, ready);
                    ready = true;
                    double l = 0;
                    for (int q = 0; q < k; q++) {
                        l += wi[q] * values[draw[q]];
                    }
                    if (l >= obs) {
                        above++;
                    }
                    if (l <= obs) {
                        below++;
                    }
                    s += l;
                    ss += l * l;
                }
                double m = s / permutations;
                out.atOrAbove[i] = above;
                out.atOrBelow[i] = below;
                out.mean[i] = m;
                out.variance[i] = Math.max(0, ss / permutations - m * m);
            }
        });
        return out;
    }
}
