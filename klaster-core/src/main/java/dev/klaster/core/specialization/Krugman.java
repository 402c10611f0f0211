package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

import java.util.stream.IntStream;

/**
 * Krugman dissimilarity index (Krugman 1991, "Geography and Trade", MIT Press), convention on {@code [0, 2]}
 * (sum of absolute share differences, not halved; the halved form is {@link Hoover}):
 * <pre>
 *   K = Σ_i | a[i]/Σa − b[i]/Σb |
 * </pre>
 * 0 when the two structures are identical, 2 when they share no industry (region). Used as
 * <b>specialisation</b> (a region's industry shares against a reference's), <b>concentration</b> (an industry's
 * regional shares against the total's) and between every pair of regions. NaN when either total is 0; missing
 * cells (NaN) count as 0 in the totals and are skipped in the sum.
 */
public final class Krugman {
    private Krugman() {
    }

    /** Krugman index between two vectors (see class doc). */
    public static double index(double[] a, double[] b) {
        Checks.sameLength("a, b", a, b);
        double sa = Checks.sum(a);
        double sb = Checks.sum(b);
        if (sa == 0 || sb == 0) {
            return Double.NaN;
        }
        double k = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] / sa - b[i] / sb);
            if (!Double.isNaN(d)) {
                k += d;
            }
        }
        return k;
    }

    /** Specialisation of a region (industry values) against a reference (e.g. the nation). */
    public static double specialization(double[] region, double[] reference) {
        return index(region, reference);
    }

    /** Concentration of an industry (values per region) against the regions' totals. */
    public static double concentration(double[] industryByRegion, double[] regionTotals) {
        return index(industryByRegion, regionTotals);
    }

    /**
     * Specialisation of every region of a matrix against the sum of all regions.
     *
     * @param values {@code [region][industry]}
     */
    public static double[] specializationAll(double[][] values) {
        double[] ref = Checks.columnSums(values);
        double[] out = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            out[r] = index(values[r], ref);
        }
        return out;
    }

    /** Concentration of every industry of a matrix against the regions' totals. */
    public static double[] concentrationAll(double[][] values) {
        double[][] t = Matrices.transpose(values);
        double[] regionTotals = Checks.columnSums(t);
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = index(t[i], regionTotals);
        }
        return out;
    }

    /**
     * Krugman index of one vector against the <i>mean</i> of several comparators' share vectors, the form of
     * Farhauer &amp; Kröll (2013) used in REAT's {@code krugman.spec2} / {@code krugman.conc2}:
     * {@code K = Σ_i | x[i]/Σx − mean_k( c_k[i]/Σc_k ) |}.
     *
     * @param x           the region (or industry)
     * @param comparators {@code [comparator][element]}, each the length of {@code x}
     */
    public static double versusMean(double[] x, double[][] comparators) {
        int n = Checks.rectangular("comparators", comparators);
        if (n != x.length) {
            throw new IllegalArgumentException("comparators have " + n + " elements, x has " + x.length);
        }
        double[] mean = new double[n];
        for (double[] c : comparators) {
            double[] s = Checks.shares(c);
            for (int i = 0; i < n; i++) {
                mean[i] += s[i] / comparators.length;
            }
        }
        double[] sx = Checks.shares(x);
        double k = 0;
        for (int i = 0; i < n; i++) {
            k += Math.abs(sx[i] - mean[i]);
        }
        return k;
    }

    /**
     * Krugman index between every pair of regions, {@code K[a][b]}; symmetric with a zero diagonal (NaN rows
     * for regions whose total is 0). Shares are computed once; rows run in parallel on the common pool
     * ({@code O(R²·I)}; 514 regions × 1,000 industries is about 1.3·10⁸ absolute differences).
     *
     * @param values {@code [region][industry]}
     */
    public static double[][] allPairs(double[][] values) {
        int nI = Checks.rectangular("values", values);
        int nR = values.length;
        double[][] s = new double[nR][];
        for (int r = 0; r < nR; r++) {
            double tot = Checks.sum(values[r]);
            double[] sh = new double[nI];
            for (int i = 0; i < nI; i++) {
                double v = values[r][i];
                sh[i] = tot == 0 ? Double.NaN : Double.isNaN(v) ? 0 : v / tot;
            }
            s[r] = sh;
        }
        double[][] k = new double[nR][nR];
        IntStream.range(0, nR).parallel().forEach(a -> {
            double[] sa = s[a];
            double[] row = k[a];
            for (int b = 0; b < nR; b++) {
                double[] sb = s[b];
                double acc = 0;
                for (int i = 0; i < nI; i++) {
                    acc += Math.abs(sa[i] - sb[i]);
                }
                row[b] = acc;
            }
        });
        return k;
    }
}
