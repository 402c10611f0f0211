package dev.klaster.core.inputoutput;

/** Small helpers over row-major {@code double[][]} and column-major flat arrays (package-private plumbing). */
final class Matrices {
    private Matrices() {
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    static void addTo(double[] acc, double[] v) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] += v[i];
        }
    }

    /** Tile edge of the blocked transposes: two 64×64 tiles of doubles (64 KiB) stay in L2. */
    static final int TILE = 64;

    /** Row-major n×n → column-major flat (tiled transpose: one pass, cache-friendly on both sides). */
    static double[] toColumnMajor(double[][] m) {
        return toColumnMajor(m, null);
    }

    /**
     * Row-major n×n → column-major flat, each column j divided by {@code d[j]} on the way ({@code m[i][j] / d[j]},
     * the same arithmetic as dividing first); {@code d == null} copies only.
     */
    static double[] toColumnMajor(double[][] m, double[] d) {
        int n = m.length;
        double[] a = new double[n * n];
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    double[] row = m[i];
                    if (d == null) {
                        for (int j = j0; j < j1; j++) {
                            a[j * n + i] = row[j];
                        }
                    } else {
                        for (int j = j0; j < j1; j++) {
                            a[j * n + i] = row[j] / d[j];
                        }
                    }
                }
            }
        }
        return a;
    }

    /** Column-major flat n×n → row-major (tiled transpose). */
    static double[][] fromColumnMajor(double[] a, int n) {
        double[][] m = new double[n][n];
        for (int j0 = 0; j0 < n; j0 += TILE) {
            int j1 = Math.min(n, j0 + TILE);
            for (int i0 = 0; i0 < n; i0 += TILE) {
                int i1 = Math.min(n, i0 + TILE);
                for (int i = i0; i < i1; i++) {
                    double[] row = m[i];
                    for (int j = j0; j < j1; j++) {
                        row[j] = a[j * n + i];
                    }
                }
            }
        }
        return m;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Elementwise a / b. */
    static double[] divide(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        return r;
    }
}
