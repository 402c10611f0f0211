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

    /** Row-major n×n → column-major flat. */
    static double[] toColumnMajor(double[][] m) {
        int n = m.length;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[j * n + i] = m[i][j];
            }
        }
        return a;
    }

    /** Column-major flat n×n → row-major. */
    static double[][] fromColumnMajor(double[] a, int n) {
        double[][] m = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                m[i][j] = a[j * n + i];
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
