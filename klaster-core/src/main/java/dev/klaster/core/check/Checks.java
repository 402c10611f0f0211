package dev.klaster.core.check;

/**
 * Argument checks shared by the measure, cluster and competitiveness families. Wrong shapes throw {@link IllegalArgumentException} with a
 * message naming the argument, the index and the value; mathematically undefined results are not checked here
 * (they become {@code NaN} in the measures).
 */
public final class Checks {
    private Checks() {
    }

    /** Fails unless {@code v} is non-null and non-empty. */
    public static void nonEmpty(String name, double[] v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
    }

    /** Fails unless all arrays have the length of the first. */
    public static int sameLength(String names, double[]... vs) {
        for (int k = 0; k < vs.length; k++) {
            if (vs[k] == null) {
                throw new IllegalArgumentException("argument " + (k + 1) + " of (" + names + ") is null");
            }
        }
        int n = vs[0].length;
        for (int k = 1; k < vs.length; k++) {
            if (vs[k].length != n) {
                throw new IllegalArgumentException("(" + names + ") must have the same length; argument "
                        + (k + 1) + " has " + vs[k].length + ", argument 1 has " + n);
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("(" + names + ") are empty");
        }
        return n;
    }

    /** Fails unless {@code m} has at least one row and all rows have the same length; returns the column count. */
    public static int rectangular(String name, double[][] m) {
        if (m == null || m.length == 0) {
            throw new IllegalArgumentException(name + " has no rows");
        }
        int n = m[0].length;
        for (int r = 1; r < m.length; r++) {
            if (m[r].length != n) {
                throw new IllegalArgumentException(name + ": row " + r + " has " + m[r].length
                        + " columns, row 0 has " + n);
            }
        }
        return n;
    }

    /** Fails unless both matrices are rectangular with the same shape; returns the column count. */
    public static int sameShape(String names, double[][] a, double[][] b) {
        int n = rectangular(names, a);
        int m = rectangular(names, b);
        if (a.length != b.length || n != m) {
            throw new IllegalArgumentException("(" + names + ") must have the same shape: " + a.length + "×" + n
                    + " vs " + b.length + "×" + m);
        }
        return n;
    }

    /** Fails if any value is negative (NaN allowed); used where a share interpretation needs non-negative data. */
    public static void nonNegative(String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + v[i] + " is negative");
            }
        }
    }

    /** Sum skipping NaN. */
    public static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
            }
        }
        return s;
    }

    /** Column sums of a rectangular matrix, skipping NaN (missing) cells: e.g. national totals per industry. */
    public static double[] columnSums(double[][] m) {
        int n = rectangular("values", m);
        double[] s = new double[n];
        for (double[] row : m) {
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(row[i])) {
                    s[i] += row[i];
                }
            }
        }
        return s;
    }

    /** Row sums of a rectangular matrix, skipping NaN (missing) cells: e.g. region totals over industries. */
    public static double[] rowSums(double[][] m) {
        rectangular("values", m);
        double[] s = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            s[r] = sum(m[r]);
        }
        return s;
    }

    /** {@code num / den}, or NaN when the denominator is 0 or NaN. */
    public static double ratio(double num, double den) {
        return den == 0 || Double.isNaN(den) ? Double.NaN : num / den;
    }

    /** Shares {@code v[i] / Σ v}; all NaN when the sum is 0. Missing (NaN) cells stay NaN. */
    public static double[] shares(double[] v) {
        double s = sum(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = ratio(v[i], s);
        }
        return out;
    }

    /** Fails unless {@code m} is n × n with finite entries (NaN not allowed); returns n. */
    public static int square(String name, double[][] m) {
        if (m == null || m.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        int n = m.length;
        for (int i = 0; i < n; i++) {
            if (m[i] == null || m[i].length != n) {
                throw new IllegalArgumentException(name + " must be square " + n + " × " + n + ", row " + i + " has "
                        + (m[i] == null ? 0 : m[i].length) + " columns");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] is " + m[i][j]);
                }
            }
        }
        return n;
    }

    /** Fails if any entry of {@code m} is negative. */
    public static void nonNegative(String name, double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] < 0) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] = " + m[i][j] + " is negative");
                }
            }
        }
    }

    /** Fails unless {@code m} is symmetric within a relative tolerance of 1e-9. */
    public static void symmetric(String name, double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double a = m[i][j];
                double b = m[j][i];
                if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new IllegalArgumentException(name + " is not symmetric: [" + i + "][" + j + "] = " + a
                            + " but [" + j + "][" + i + "] = " + b);
                }
            }
        }
    }

    /** Fails unless {@code v} has exactly {@code n} entries. */
    public static void length(String name, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " has " + (v == null ? 0 : v.length) + " entries, expected " + n);
        }
    }

    /**
     * Fails unless {@code membership} gives a cluster index ≥ 0, or −1 (outside every cluster), for each of the
     * {@code n} industries.
     */
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
