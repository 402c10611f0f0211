package dev.klaster.core.cluster;

import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;

/**
 * Minimal Leontief inverse for the cluster impact step when the caller has only Z and output:
 * A = Z · diag(x)⁻¹, L = (I − A)⁻¹, solved by LAPACK {@code dgesv} (LU with partial pivoting) on the identity.
 * Industries with output 0 get a zero column in A. Kept package-small so the cluster module runs on its own; the
 * input-output module's Leontief (with its checks and multipliers) is the one to use where it is available.
 */
public final class Leontief {
    private Leontief() {
    }

    public static double[][] inverse(double[][] z, double[] output) {
        int n = Checks.square(z, "Z (intermediate flows)");
        Checks.length(output, n, "output");
        double[] a = new double[n * n]; // column-major I − A
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double aij = output[j] > 0 ? z[i][j] / output[j] : 0;
                a[j * n + i] = (i == j ? 1 : 0) - aij;
            }
        }
        double[] b = new double[n * n];
        for (int i = 0; i < n; i++) {
            b[i * n + i] = 1;
        }
        int[] ipiv = new int[n];
        intW info = new intW(0);
        CoLocation.runWithLargeStack(() -> LAPACK.getInstance().dgesv(n, n, a, n, ipiv, b, n, info));
        if (info.val != 0) {
            throw new IllegalArgumentException("I − A is singular (LAPACK dgesv info = " + info.val
                    + "): check that every industry's intermediate inputs are below its output");
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i][j] = b[j * n + i];
            }
        }
        return l;
    }
}
