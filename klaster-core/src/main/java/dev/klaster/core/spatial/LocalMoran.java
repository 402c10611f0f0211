package dev.klaster.core.spatial;

/**
 * Local Moran's I (LISA; Anselin 1995, doi:10.1111/j.1538-4632.1995.tb00338.x) with its Moran-scatterplot
 * quadrant and conditional-permutation pseudo p-values, following esda's {@code Moran_Local}.
 *
 * <p>{@code z_i = (y_i − ȳ) / sd(y)} (population sd); {@code I_i = (n − 1) z_i (Wz)_i / Σ_k z_k²}. This is esda's
 * scaling; spdep's {@code localmoran} (with {@code mlvar=TRUE}) divides by {@code Σz²/n} instead, so spdep's value
 * is {@code n/(n−1)} times esda's. Quadrant {@code q}: 1 HH (z &gt; 0, lag &gt; 0), 2 LH, 3 LL, 4 HL (esda's
 * numbering; a zero counts as low).
 *
 * <p>{@code EI}, {@code VI}: the total-randomisation moments of Anselin (1995, eqs. 13–14; Sokal et al. 1998, A3–A4)
 * rescaled to esda's {@code I_i}: {@code EI_i = −w_i. / n} and
 * {@code VI_i = ((n−1)/n)² [w_i(2)(n − b2)/(n−1) + (w_i.² − w_i(2))(2 b2 − n)/((n−1)(n−2)) − w_i.²/(n−1)²]}, with
 * {@code w_i(2) = Σ_j w_ij²} and {@code b2 = m4/m2²}. {@code z_sim = (I_i − mean(I_sim)) / sd(I_sim)};
 * {@code p_sim} is esda's folded pseudo p-value. Islands: I_i = 0 and NaN inference.
 */
public final class LocalMoran {
    private LocalMoran() {
    }

    /** One region's result; {@code p_sim} NaN without permutations. */
    public record Row(String region, double Ii, int q, double EI, double VI, double z_sim, double p_sim) {
    }

    public static Row[] compute(double[] y, SpatialWeights w, int permutations, Permutations perm) {
        GlobalAutocorrelation.check(y, w);
        int n = y.length;
        double[] z = GlobalAutocorrelation.centred(y);
        double m2 = 0;
        double m4 = 0;
        for (double v : z) {
            m2 += v * v;
            m4 += v * v * v * v;
        }
        double sd = Math.sqrt(m2 / n);
        for (int i = 0; i < n; i++) {
            z[i] /= sd;
        }
        double den = 0;
        for (double v : z) {
            den += v * v;
        }
        double b2 = n * m4 / (m2 * m2);
        double[] lag = w.lag(z);
        LocalSimulation sim = LocalSimulation.run(z, w, lag, permutations, perm, 1);
        Row[] out = new Row[n];
        double scale = (n - 1.0) / n;
        for (int i = 0; i < n; i++) {
            double c = (n - 1) * z[i] / den;
            double ii = c * lag[i];
            int q = z[i] > 0 ? (lag[i] > 0 ? 1 : 4) : (lag[i] > 0 ? 2 : 3);
            double wi = w.rowSum(i);
            double wi2 = 0;
            for (double v : w.weights(i)) {
                wi2 += v * v;
            }
            double ei = -wi / n;
            double va = wi2 * (n - b2) / (n - 1.0) + (wi * wi - wi2) * (2 * b2 - n) / ((n - 1.0) * (n - 2.0))
                    - wi * wi / ((n - 1.0) * (n - 1.0));
            double vi = scale * scale * va;
            double zs = Double.NaN;
            double ps = Double.NaN;
            if (!sim.undefined[i]) {
                double mean = c * sim.mean[i];
                double sdev = Math.abs(c) * Math.sqrt(sim.variance[i]);
                // no spread among the permuted values (e.g. an isolated or all-equal neighbourhood): z undefined
                zs = sdev > 0 ? (ii - mean) / sdev : Double.NaN;
                int larger = c >= 0 ? sim.atOrAbove[i] : sim.atOrBelow[i];
                ps = Permutations.foldedP(larger, permutations);
            }
            if (w.cardinality(i) == 0) {
                ei = Double.NaN;
                vi = Double.NaN;
            }
            out[i] = new Row(w.ids().get(i), ii, q, ei, vi, zs, ps);
        }
        return out;
    }

    /** LISA cluster label at significance alpha: "HH", "LH", "LL", "HL", or "ns" (not significant). */
    public static String cluster(int q, double p, double alpha) {
        if (!(p <= alpha)) {
            return "ns";
        }
        return switch (q) {
            case 1 -> "HH";
            case 2 -> "LH";
            case 3 -> "LL";
            default -> "HL";
        };
    }
}
