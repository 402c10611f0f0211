package dev.klaster.core.spatial;

import java.util.SplittableRandom;

/**
 * Global spatial autocorrelation: Moran's I, Geary's C, Getis-Ord General G and the bivariate Moran's I, with
 * analytical inference and permutation pseudo p-values. Conventions follow esda (names of the results included).
 *
 * <p>Permutation p-values ({@code p_sim}) are esda's folded one-sided values
 * ({@link Permutations#foldedP}); with {@code permutations = 0} they are NaN. Islands (regions without neighbours)
 * take part with a zero lag, as in esda and spdep's {@code zero.policy=TRUE}.
 */
public final class GlobalAutocorrelation {
    private GlobalAutocorrelation() {
    }

    /**
     * Moran's I: {@code I = (n / S0) · Σ_ij w_ij z_i z_j / Σ_i z_i²}, {@code EI = −1/(n−1)}.
     * Normality: {@code VI_norm = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − EI²}. Randomisation (Cliff and Ord
     * 1981, eq. 1.38): with kurtosis {@code k = n Σz⁴ / (Σz²)²},
     * {@code VI_rand = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − k((n² − n) S1 − 2n S2 + 6 S0²)] /
     * ((n−1)(n−2)(n−3) S0²) − EI²}. {@code p_norm}, {@code p_rand} two-sided (esda's default
     * {@code two_tailed=True}); {@code p_sim} folded one-sided.
     */
    public record Moran(double I, double EI, double VI_norm, double z_norm, double p_norm, double VI_rand,
                        double z_rand, double p_rand, double p_sim, double EI_sim, double z_sim, int n,
                        int permutations) {
    }

    /**
     * Geary's C: {@code C = (n−1) Σ_ij w_ij (y_i − y_j)² / (2 S0 Σ z_i²)}, {@code EC = 1};
     * {@code VC_norm = [(2 S1 + S2)(n−1) − 4 S0²] / (2(n+1) S0²)}; {@code VC_rand} as Cliff and Ord (1981,
     * eq. 1.39) with kurtosis {@code k = (Σz⁴/n)/(Σz²/n)²}. p-values one-sided in the direction of the deviation,
     * as esda's Geary does.
     */
    public record Geary(double C, double EC, double VC_norm, double z_norm, double p_norm, double VC_rand,
                        double z_rand, double p_rand, double p_sim, double EC_sim, double z_sim, int n,
                        int permutations) {
    }

    /**
     * Getis-Ord General G: {@code G = Σ_{i≠j} w_ij y_i y_j / Σ_{i≠j} y_i y_j}, {@code EG = S0 / (n(n−1))}, variance
     * from Getis and Ord (1992, eq. 13) with the 1993 erratum (coefficient 6 in B1), as esda and spdep
     * ({@code B1correct=TRUE}); for non-negative y; binary weights are the usual choice. p-values one-sided.
     */
    public record GeneralG(double G, double EG, double VG, double z_norm, double p_norm, double p_sim,
                           double EG_sim, double z_sim, int n, int permutations) {
    }

    /**
     * Bivariate Moran's I of x with the lag of y (esda's {@code Moran_BV}):
     * {@code I = Σ_i zx_i (W zy)_i / (n − 1)} with {@code z} standardised by the sample standard deviation
     * (ddof = 1). Inference by permutation of y only.
     */
    public record Bivariate(double I, double p_sim, double EI_sim, double z_sim, int n, int permutations) {
    }

    /** {Σ z², Σ z⁴} of centred values (the second and fourth moments times n). */
    private static double[] moments(double[] z) {
        double m2 = 0;
        double m4 = 0;
        for (double v : z) {
            m2 += v * v;
            m4 += v * v * v * v;
        }
        return new double[] {m2, m4};
    }

    public static Moran moran(double[] y, SpatialWeights w, int permutations, Permutations perm) {
        check(y, w);
        int n = y.length;
        double[] z = centred(y);
        double[] mom = moments(z);
        double m2 = mom[0];
        double m4 = mom[1];
        double s0 = w.s0();
        double s1 = w.s1();
        double s2 = w.s2();
        double I = moranI(z, w, s0, m2);
        double ei = -1.0 / (n - 1);
        double n2 = (double) n * n;
        double s02 = s0 * s0;
        double viNorm = (n2 * s1 - n * s2 + 3 * s02) / ((n2 - 1) * s02) - ei * ei;
        double k = n * m4 / (m2 * m2);
        double a = n * ((n2 - 3 * n + 3) * s1 - n * s2 + 3 * s02);
        double b = k * ((n2 - n) * s1 - 2 * n * s2 + 6 * s02);
        double viRand = (a - b) / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s02) - ei * ei;
        double zn = (I - ei) / Math.sqrt(viNorm);
        double zr = (I - ei) / Math.sqrt(viRand);
        final double m2f = m2;
        double[] sim = simulate(z, permutations, perm, p -> moranI(p, w, s0, m2f));
        Sim s = Sim.of(sim, I);
        return new Moran(I, ei, viNorm, zn, Normal.twoSided(zn), viRand, zr, Normal.twoSided(zr), s.p, s.mean,
                s.z, n, permutations);
    }

    private static double moranI(double[] z, SpatialWeights w, double s0, double m2) {
        double num = 0;
        for (int i = 0; i < z.length; i++) {
            int[] nb = w.neighbours(i);
            double[] wi = w.weights(i);
            double l = 0;
            for (int q = 0; q < nb.length; q++) {
                l += wi[q] * z[nb[q]];
            }
            num += z[i] * l;
        }
        return z.length / s0 * num / m2;
    }

    public static Geary geary(double[] y, SpatialWeights w, int permutations, Permutations perm) {
        check(y, w);
        int n = y.length;
        double[] z = centred(y);
        double[] mom = moments(z);
        double m2 = mom[0];
        double m4 = mom[1];
        double s0 = w.s0();
        double s1 = w.s1();
        double s2 = w.s2();
        double C = gearyC(y, w, s0, m2);
        double s02 = s0 * s0;
        double n2 = (double) n * n;
        double k = (m4 / n) / ((m2 / n) * (m2 / n));
        double a = (n - 1) * s1 * (n2 - 3 * n + 3 - (n - 1) * k);
        double b = 0.25 * ((n - 1) * s2 * (n2 + 3 * n - 6 - (n2 - n + 2) * k));
        double c = s02 * (n2 - 3 - (n - 1.0) * (n - 1.0) * k);
        double vcRand = (a - b + c) / (n * (n - 2.0) * (n - 3.0) * s02);
        double vcNorm = ((2 * s1 + s2) * (n - 1) - 4 * s02) / (2 * (n + 1.0) * s02);
        double zn = (C - 1) / Math.sqrt(vcNorm);
        double zr = (C - 1) / Math.sqrt(vcRand);
        final double m2f = m2;
        double[] sim = simulate(y, permutations, perm, p -> gearyC(p, w, s0, m2f));
        Sim s = Sim.of(sim, C);
        return new Geary(C, 1.0, vcNorm, zn, oneSided(zn), vcRand, zr, oneSided(zr), s.p, s.mean, s.z, n,
                permutations);
    }

    private static double gearyC(double[] y, SpatialWeights w, double s0, double m2) {
        double num = 0;
        for (int i = 0; i < y.length; i++) {
            int[] nb = w.neighbours(i);
            double[] wi = w.weights(i);
            for (int q = 0; q < nb.length; q++) {
                double d = y[i] - y[nb[q]];
                num += wi[q] * d * d;
            }
        }
        return (y.length - 1) * num / (2 * s0 * m2);
    }

    public static GeneralG generalG(double[] y, SpatialWeights w, int permutations, Permutations perm) {
        check(y, w);
        int n = y.length;
        double sy = 0;
        double sy2 = 0;
        double sy3 = 0;
        double sy4 = 0;
        for (double v : y) {
            if (v < 0) {
                throw new IllegalArgumentException("General G needs non-negative values; found " + v);
            }
            sy += v;
            sy2 += v * v;
            sy3 += v * v * v;
            sy4 += v * v * v * v;
        }
        double den = sy * sy - sy2;
        double G = generalGStat(y, w, den);
        double s0 = w.s0();
        double s1 = w.s1();
        double s2 = w.s2();
        double s02 = s0 * s0;
        double n2 = (double) n * n;
        double eg = s0 / (n * (n - 1.0));
        double b0 = (n2 - 3 * n + 3) * s1 - n * s2 + 3 * s02;
        double b1 = -((n2 - n) * s1 - 2 * n * s2 + 6 * s02);
        double b2 = -(2 * n * s1 - (n + 3) * s2 + 6 * s02);
        double b3 = 4 * (n - 1) * s1 - 2 * (n + 1) * s2 + 8 * s02;
        double b4 = s1 - s2 + s02;
        double eg2 = (b0 * sy2 * sy2 + b1 * sy4 + b2 * sy * sy * sy2 + b3 * sy * sy3 + b4 * sy * sy * sy * sy)
                / (den * den * n * (n - 1.0) * (n - 2.0) * (n - 3.0));
        double vg = eg2 - eg * eg;
        double zn = (G - eg) / Math.sqrt(vg);
        double[] sim = simulate(y, permutations, perm, p -> generalGStat(p, w, den));
        Sim s = Sim.of(sim, G);
        return new GeneralG(G, eg, vg, zn, oneSided(zn), s.p, s.mean, s.z, n, permutations);
    }

    private static double generalGStat(double[] y, SpatialWeights w, double den) {
        double num = 0;
        for (int i = 0; i < y.length; i++) {
            int[] nb = w.neighbours(i);
            double[] wi = w.weights(i);
            double l = 0;
            for (int q = 0; q < nb.length; q++) {
                l += wi[q] * y[nb[q]];
            }
            num += y[i] * l;
        }
        return num / den;
    }

    public static Bivariate bivariate(double[] x, double[] y, SpatialWeights w, int permutations,
                                      Permutations perm) {
        check(x, w);
        check(y, w);
        int n = x.length;
        double[] zx = standardised(x);
        double[] zy = standardised(y);
        double I = bvStat(zx, zy, w);
        double[] sim = simulate(zy, permutations, perm, p -> bvStat(zx, p, w));
        Sim s = Sim.of(sim, I);
        return new Bivariate(I, s.p, s.mean, s.z, n, permutations);
    }

    private static double bvStat(double[] zx, double[] zy, SpatialWeights w) {
        double[] l = w.lag(zy);
        double num = 0;
        for (int i = 0; i < zx.length; i++) {
            num += zx[i] * l[i];
        }
        return num / (zx.length - 1.0);
    }

    /** One-sided p in the direction of z: {@code 1 − Φ(|z|)}. */
    static double oneSided(double z) {
        return Normal.sf(Math.abs(z));
    }

    private interface Stat {
        double of(double[] permuted);
    }

    private static double[] simulate(double[] v, int permutations, Permutations perm, Stat stat) {
        if (permutations <= 0) {
            return new double[0];
        }
        double[] out = new double[permutations];
        perm.forEach(permutations, p -> {
            SplittableRandom rnd = perm.random(p);
            int[] idx = perm.permutation(rnd);
            double[] pv = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                pv[i] = v[idx[i]];
            }
            out[p] = stat.of(pv);
        });
        return out;
    }

    /** Summary of a permutation distribution against the observed value. */
    private record Sim(double p, double mean, double z) {
        static Sim of(double[] sim, double obs) {
            if (sim.length == 0) {
                return new Sim(Double.NaN, Double.NaN, Double.NaN);
            }
            int larger = 0;
            double s = 0;
            double ss = 0;
            for (double v : sim) {
                if (v >= obs) {
                    larger++;
                }
                s += v;
            }
            double mean = s / sim.length;
            for (double v : sim) {
                ss += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(ss / sim.length);
            return new Sim(Permutations.foldedP(larger, sim.length), mean, (obs - mean) / sd);
        }
    }

    static double[] centred(double[] y) {
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = y[i] - m;
        }
        return z;
    }

    private static double[] standardised(double[] y) {
        double[] z = centred(y);
        double ss = 0;
        for (double v : z) {
            ss += v * v;
        }
        double sd = Math.sqrt(ss / (y.length - 1));
        for (int i = 0; i < z.length; i++) {
            z[i] /= sd;
        }
        return z;
    }

    /** Shape and finiteness of values against the weights; a constant variable is refused. */
    static void check(double[] y, SpatialWeights w) {
        if (y.length != w.size()) {
            throw new IllegalArgumentException(y.length + " values for " + w.size() + " regions in the weights");
        }
        if (y.length < 4) {
            throw new IllegalArgumentException("spatial statistics need at least 4 regions, got " + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("value of region " + w.label(i) + " is " + y[i]
                        + " (missing or not finite)");
            }
        }
        double first = y[0];
        boolean constant = true;
        for (double v : y) {
            if (v != first) {
                constant = false;
                break;
            }
        }
        if (constant) {
            throw new IllegalArgumentException("all " + y.length + " values equal " + first
                    + ": spatial autocorrelation is undefined for a constant variable");
        }
    }
}
