package dev.klaster.core.spatial;

/**
 * Local Getis-Ord statistics Gi and Gi* (Getis and Ord 1992, doi:10.1111/j.1538-4632.1992.tb00261.x; Ord and Getis
 * 1995, doi:10.1111/j.1538-4632.1995.tb00912.x), for non-negative values.
 *
 * <p>{@code Gi = Σ_{j≠i} w_ij y_j / Σ_{j≠i} y_j}; {@code Gi* = Σ_j w*_ij y_j / Σ_j y_j} where {@code W*} is the
 * binary links plus a self link of 1, transformed afterwards (esda's {@code star=True}; spdep's
 * {@code include.self}). Moments under randomisation over the N other regions (N = n − 1 for Gi, n for Gi*), with
 * {@code W_i = Σ_j w_ij}, {@code S1_i = Σ_j w_ij²}, {@code ȳ}, {@code s²} the mean and population variance of the
 * N values: {@code E[G] = W_i / N}, {@code Var[G] = (N S1_i − W_i²) / (N − 1) · s² / (N ȳ)²}. For binary weights
 * this is exactly esda's and spdep's z; for row-standardised weights it is Ord and Getis's general form (esda
 * uses the binary form there too, which overstates the variance when rows are not all of the same size; the
 * difference is documented in docs/spatial.md). {@code p_norm} is one-sided, {@code 1 − Φ(|z|)}, as in esda.
 * Conditional permutations give {@code p_sim_Gi}, {@code p_sim_Gi_star} (esda's folded pseudo p-values).
 */
public final class LocalGetisOrd {
    private LocalGetisOrd() {
    }

    public record Row(String region, double Gi, double z_Gi, double p_norm_Gi, double Gi_star, double z_Gi_star,
                      double p_norm_Gi_star, double p_sim_Gi, double p_sim_Gi_star) {
    }

    public static Row[] compute(double[] y, SpatialWeights binary, Transform transform, int permutations,
                                Permutations perm) {
        GlobalAutocorrelation.check(y, binary);
        int n = y.length;
        double sum = 0;
        double sum2 = 0;
        for (double v : y) {
            if (v < 0) {
                throw new IllegalArgumentException("Getis-Ord Gi needs non-negative values; found " + v);
            }
            sum += v;
            sum2 += v * v;
        }
        SpatialWeights w = binary.transform(transform);
        double[] lag = w.lag(y);
        LocalSimulation sim = LocalSimulation.run(y, w, lag, permutations, perm, 2);
        // Gi*: self weight 1 on the binary links, then the transform
        SpatialWeights b = binary.transform(Transform.B);
        double[] selfW = new double[n];
        double[][] starW = new double[n][];
        for (int i = 0; i < n; i++) {
            int k = b.cardinality(i);
            double scale = transform == Transform.R ? 1.0 / (k + 1) : 1.0;
            if (transform == Transform.NONE) {
                // keep the given weights and add a self weight equal to the largest of the row (1 if binary)
                double mx = 1;
                for (double v : binary.weights(i)) {
                    mx = Math.max(mx, v);
                }
                selfW[i] = mx;
                starW[i] = binary.weights(i).clone();
            } else {
                selfW[i] = scale;
                starW[i] = new double[k];
                java.util.Arrays.fill(starW[i], scale);
            }
        }
        SpatialWeights ws = new SpatialWeights(binary.ids(), binary.names(),
                java.util.stream.IntStream.range(0, n).mapToObj(binary::neighbours).toArray(int[][]::new), starW,
                binary.notes());
        double[] lagStar = ws.lag(y);
        LocalSimulation simStar = LocalSimulation.run(y, ws, lagStar, permutations, perm, 3);
        Row[] out = new Row[n];
        for (int i = 0; i < n; i++) {
            // Gi over the n - 1 others
            double nOther = n - 1.0;
            double sumO = sum - y[i];
            double mean = sumO / nOther;
            double var = (sum2 - y[i] * y[i]) / nOther - mean * mean;
            double wi = 0;
            double s1 = 0;
            for (double v : w.weights(i)) {
                wi += v;
                s1 += v * v;
            }
            double gi = lag[i] / sumO;
            double eg = wi / nOther;
            double vg = (nOther * s1 - wi * wi) / (nOther - 1) * var / (sumO * sumO);
            double zg = vg > 0 ? (gi - eg) / Math.sqrt(vg) : Double.NaN; // no variance: z undefined, never ±∞
            // Gi* over all n
            double meanA = sum / n;
            double varA = sum2 / n - meanA * meanA;
            double wsI = selfW[i];
            double s1s = selfW[i] * selfW[i];
            for (double v : ws.weights(i)) {
                wsI += v;
                s1s += v * v;
            }
            double obsStar = lagStar[i] + selfW[i] * y[i];
            double gs = obsStar / sum;
            double egs = wsI / n;
            double vgs = (n * s1s - wsI * wsI) / (n - 1.0) * varA / (sum * sum);
            double zs = vgs > 0 ? (gs - egs) / Math.sqrt(vgs) : Double.NaN;
            double pSim = sim.undefined[i] ? Double.NaN : Permutations.foldedP(sim.atOrAbove[i], permutations);
            double pSimS = simStar.undefined[i] ? Double.NaN
                    : Permutations.foldedP(simStar.atOrAbove[i], permutations);
            if (w.cardinality(i) == 0) {
                zg = Double.NaN;
                zs = Double.NaN;
            }
            out[i] = new Row(w.ids().get(i), gi, zg, GlobalAutocorrelation.oneSided(zg), gs, zs,
                    GlobalAutocorrelation.oneSided(zs), pSim, pSimS);
        }
        return out;
    }
}
