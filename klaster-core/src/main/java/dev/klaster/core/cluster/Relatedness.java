package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;
/**
 * Combined relatedness: a weighted mean of IO linkage and co-location, each first scaled by its largest
 * off-diagonal entry so both lie in [0, 1]:
 * <pre>  R_ij = w · L_ij / max L + (1 − w) · C_ij / max C</pre>
 * The scaling is ours (the two measures have different natural ranges); Delgado, Porter &amp; Stern (2016) combine
 * IO, co-location and occupation relatedness the same way after turning each into percentiles. A matrix that is all
 * zero contributes 0. w = 1 gives pure IO, w = 0 pure co-location.
 */
public final class Relatedness {
    private Relatedness() {
    }

    /** @param ioWeight w in [0, 1] */
    public static double[][] combine(double[][] io, double[][] colocation, double ioWeight) {
        int n = Checks.square("IO linkage matrix", io);
        if (Checks.square("co-location matrix", colocation) != n) {
            throw new IllegalArgumentException("IO linkage is " + n + " × " + n + " but co-location is "
                    + colocation.length + " × " + colocation.length);
        }
        if (!(ioWeight >= 0 && ioWeight <= 1)) {
            throw new IllegalArgumentException("IO weight must be in [0, 1], got " + ioWeight);
        }
        double mi = maxOffDiagonal(io);
        double mc = maxOffDiagonal(colocation);
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double a = mi > 0 ? io[i][j] / mi : 0;
                    double b = mc > 0 ? colocation[i][j] / mc : 0;
                    r[i][j] = ioWeight * a + (1 - ioWeight) * b;
                }
            }
        }
        return r;
    }

    static double maxOffDiagonal(double[][] m) {
        double mx = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j && m[i][j] > mx) {
                    mx = m[i][j];
                }
            }
        }
        return mx;
    }
}
