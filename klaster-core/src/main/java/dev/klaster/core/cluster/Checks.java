package dev.klaster.core.cluster;

/** Boundary validation shared by the cluster packages; messages name the bad value and where it is. */
public final class Checks {
    private Checks() {
    }

    /** Throws unless {@code m} is n × n with finite entries (NaN not allowed). */
    public static int square(double[][] m, String what) {
        if (m == null || m.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        int n = m.length;
        for (int i = 0; i < n; i++) {
            if (m[i] == null || m[i].length != n) {
                throw new IllegalArgumentException(what + " must be square " + n + " × " + n + ", row " + i + " has "
                        + (m[i] == null ? 0 : m[i].length) + " columns");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new IllegalArgumentException(what + "[" + i + "][" + j + "] is " + m[i][j]);
                }
            }
        }
        return n;
    }

    /** Throws unless {@code m} has no negative entry. */
    public static void nonNegative(double[][] m, String what) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] < 0) {
                    throw new IllegalArgumentException(what + "[" + i + "][" + j + "] = " + m[i][j] + " is negative");
                }
            }
        }
    }

    /** Throws unless {@code m} is symmetric within a relative tolerance of 1e-9. */
    public static void symmetric(double[][] m, String what) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double a = m[i][j];
                double b = m[j][i];
                if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new IllegalArgumentException(what + " is not symmetric: [" + i + "][" + j + "] = " + a
                            + " but [" + j + "][" + i + "] = " + b);
                }
            }
        }
    }

    public static void length(double[] v, int n, String what) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(what + " has " + (v == null ? 0 : v.length) + " entries, expected " + n);
        }
    }

    public static void membership(int[] membership, int n) {
        if (membership == null || membership.length != n) {
            throw new IllegalArgumentException("membership has " + (membership == null ? 0 : membership.length)
                    + " entries, expected " + n);
        }
        for (int i = 0; i < n; i++) {
            if (membership[i] < -1) {
                throw new IllegalArgumentException("membership[" + i + "] = " + membership[i]
                        + " (use -1 for an industry outside every cluster)");
            }
        }
    }
}
