package dev.klaster.core.inputoutput;

import java.util.List;

/**
 * The demand-driven (Leontief) model of a table: technical coefficients {@code A = Z x̂⁻¹} and an LU factorisation
 * of {@code I − A}. Quantities that need only {@code L·b} or {@code Lᵀ·c} (outputs, multipliers, linkages) are
 * obtained by triangular solves (2n² flops each) instead of forming {@code L}; the full Leontief inverse is formed
 * lazily (dgetri) only when asked for.
 *
 * <p>Validation (IllegalArgumentException naming the sector): a negative coefficient, a column sum of A ≥ 1 (the
 * sector is not productive: it uses at least one unit of intermediate inputs per unit of output, so the
 * Hawkins–Simon condition cannot be guaranteed), and an (I − A) that LAPACK finds singular or numerically singular
 * (reciprocal condition number below {@value #MIN_RCOND}). With A ≥ 0 and all column sums &lt; 1 the spectral
 * radius of A is below 1, so L = Σ Aᵏ ≥ 0 exists (Miller &amp; Blair 2009, §2.3 and Appendix 2.1).
 */
public final class LeontiefModel {
    /** Smallest accepted reciprocal condition number of (I − A). */
    public static final double MIN_RCOND = 1e-13;

    private final List<String> codes;
    private final int n;
    private final double[] a; // column-major, or null when the model was built from a table's z and x
    private final double[][] z; // the (immutable) table's Z when a == null: A = Z x̂⁻¹ is not stored
    private final double[] x;
    private final double[] columnSums;
    private final DenseLapack.Lu lu;
    private volatile double[] inverse; // column-major, lazy

    private LeontiefModel(List<String> codes, double[] a, DenseLapack.Backend backend) {
        this(codes, a, null, null, backend);
    }

    /**
     * Either from a column-major A ({@code a != null}) or straight from a table's Z and x ({@code a_ij = z_ij / x_j},
     * never stored: {@link #coefficients()} recomputes it from the immutable table). One pass builds M = I − A,
     * checks A, takes its column sums and the 1-norm of M (for dgecon); M is then factorised in place.
     */
    private LeontiefModel(List<String> codes, double[] a, double[][] z, double[] x, DenseLapack.Backend backend) {
        this.codes = List.copyOf(codes);
        this.n = codes.size();
        this.a = a;
        this.z = z;
        this.x = x;
        this.columnSums = new double[n];
        double[] abs = new double[n];
        double[] m = new double[n * n];
        boolean bad = false;
        // tiles of rows × columns: Z is read along rows, M written along columns, both within a 64×64 block; each
        // column sum still accumulates over i in ascending order
        int tile = Matrices.TILE;
        for (int j0 = 0; j0 < n; j0 += tile) {
            int j1 = Math.min(n, j0 + tile);
            for (int i0 = 0; i0 < n; i0 += tile) {
                int i1 = Math.min(n, i0 + tile);
                for (int j = j0; j < j1; j++) {
                    int off = j * n;
                    double s = columnSums[j];
                    double ab = abs[j];
                    for (int i = i0; i < i1; i++) {
                        double v = a != null ? a[off + i] : z[i][j] / x[j];
                        bad |= !(v >= 0) || Double.isInfinite(v);
                        s += v;
                        double mv = i == j ? 1 - v : -v;
                        m[off + i] = mv;
                        ab += Math.abs(mv);
                    }
                    columnSums[j] = s;
                    abs[j] = ab;
                }
            }
        }
        double norm = 0;
        for (int j = 0; j < n; j++) {
            if (bad) { // report the first bad coefficient in column order, as a column-by-column check would
                for (int i = 0; i < n; i++) {
                    double v = coefficient(i, j);
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        throw new IllegalArgumentException("technical coefficient A[" + codes.get(i) + "]["
                                + codes.get(j) + "] = " + v + "; coefficients must be finite and ≥ 0");
                    }
                }
            }
            if (columnSums[j] >= 1) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "sector %s is not productive: its column sum of A is %.6f ≥ 1 (intermediate inputs "
                                + "at least equal its output); the Leontief inverse would be meaningless",
                        codes.get(j), columnSums[j]));
            }
            norm = Math.max(norm, abs[j]);
        }
        DenseLapack.Lu f = DenseLapack.factorInPlace(m, n, backend, norm);
        if (f == null || !(f.rcond() >= MIN_RCOND)) {
            throw new IllegalArgumentException("(I − A) is singular" + (f == null ? ""
                    : " to working precision (reciprocal condition " + f.rcond() + ")")
                    + "; no Leontief inverse for sectors " + codes);
        }
        this.lu = f;
    }

    private double coefficient(int i, int j) {
        return a != null ? a[j * n + i] : z[i][j] / x[j];
    }

    /** The model of a table with {@link DenseLapack.Backend#AUTO} (pure Java for small n, else native when available). */
    public static LeontiefModel of(IoTable t) {
        return of(t, DenseLapack.Backend.AUTO);
    }

    public static LeontiefModel of(IoTable t, DenseLapack.Backend backend) {
        // I − A straight from the table's Z (one tiled pass, no copy of Z or A)
        return new LeontiefModel(t.codes(), null, t.zView(), t.outputView(), backend);
    }

    /** The model of a given technical-coefficient matrix A (row-major, row = supplying sector). */
    public static LeontiefModel ofCoefficients(double[][] a, List<String> codes, DenseLapack.Backend backend) {
        if (a.length != codes.size()) {
            throw new IllegalArgumentException("A has " + a.length + " rows but there are " + codes.size()
                    + " sectors");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != a.length) {
                throw new IllegalArgumentException("A is not square: row " + codes.get(i) + " has " + a[i].length
                        + " entries, expected " + a.length);
            }
        }
        return new LeontiefModel(codes, Matrices.toColumnMajor(a), backend);
    }

    /** Column-major variant used by benchmarks (no copy of the row-major form). */
    public static LeontiefModel ofColumnMajor(double[] a, List<String> codes, DenseLapack.Backend backend) {
        if (a.length != codes.size() * codes.size()) {
            throw new IllegalArgumentException("A has " + a.length + " values, expected " + codes.size() + "²");
        }
        return new LeontiefModel(codes, a.clone(), backend);
    }

    /** Technical coefficients {@code a_ij = z_ij / x_j} (Miller &amp; Blair 2009 eq. 2.4). */
    public static double[][] technicalCoefficients(IoTable t) {
        double[][] z = t.z();
        double[] x = t.output();
        for (double[] row : z) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= x[j];
            }
        }
        return z;
    }

    /** Ghosh allocation coefficients {@code b_ij = z_ij / x_i} (Miller &amp; Blair 2009 eq. 12.6). */
    public static double[][] allocationCoefficients(IoTable t) {
        double[][] z = t.z();
        double[] x = t.output();
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z.length; j++) {
                z[i][j] /= x[i];
            }
        }
        return z;
    }

    public List<String> codes() {
        return codes;
    }

    public int size() {
        return n;
    }

    /** A, row-major copy. */
    public double[][] coefficients() {
        if (a == null) {
            double[][] c = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = z[i][j] / x[j];
                }
            }
            return c;
        }
        return Matrices.fromColumnMajor(a, n);
    }

    /** Column sums of A (direct backward linkages, Chenery &amp; Watanabe 1958). */
    public double[] coefficientColumnSums() {
        return columnSums.clone();
    }

    /** Estimated reciprocal condition number (1-norm) of I − A. */
    public double reciprocalCondition() {
        return lu.rcond();
    }

    /** {@code L·b = (I − A)⁻¹ b}: e.g. the output that satisfies final demand b. */
    public double[] solve(double[] b) {
        checkLength(b);
        return lu.solve(b.clone(), 1, false);
    }

    /** {@code Lᵀ·c}: element j is Σ_i c_i L_ij, the simple multiplier of coefficient vector c for sector j. */
    public double[] solveTransposed(double[] c) {
        checkLength(c);
        return lu.solve(c.clone(), 1, true);
    }

    /**
     * Several solves in one LAPACK call: {@code L·b} for each b (transpose false) or {@code Lᵀ·c} (transpose true).
     * Batching saves the hand-off to the LAPACK thread per vector.
     */
    public double[][] solveAll(double[][] rhs, boolean transpose) {
        int k = rhs.length;
        double[] b = new double[n * k];
        for (int c = 0; c < k; c++) {
            checkLength(rhs[c]);
            System.arraycopy(rhs[c], 0, b, c * n, n);
        }
        lu.solve(b, k, transpose);
        double[][] out = new double[k][n];
        for (int c = 0; c < k; c++) {
            System.arraycopy(b, c * n, out[c], 0, n);
        }
        return out;
    }

    /** Simple Type I output multipliers: column sums of L (Miller &amp; Blair 2009 eq. 6.1). */
    public double[] outputMultipliers() {
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        return solveTransposed(ones);
    }

    /** The Leontief inverse L = (I − A)⁻¹ (row-major copy); formed once by dgetri and cached. */
    public double[][] leontiefInverse() {
        return Matrices.fromColumnMajor(inverseColumnMajor(), n);
    }

    /** The Leontief inverse, column-major (shared cache: do not modify). */
    double[] inverseColumnMajor() {
        double[] inv = inverse;
        if (inv == null) {
            synchronized (this) {
                inv = inverse;
                if (inv == null) {
                    inv = lu.inverse();
                    inverse = inv;
                }
            }
        }
        return inv;
    }

    /** Diagonal of L. */
    public double[] inverseDiagonal() {
        double[] inv = inverseColumnMajor();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = inv[i * n + i];
        }
        return d;
    }

    /**
     * The Ghosh inverse {@code G = (I − B)⁻¹ = x̂⁻¹ L x̂} (Miller &amp; Blair 2009 eq. 12.9), from the Leontief inverse.
     *
     * @param x total output of the table the model was built from
     */
    public double[][] ghoshInverse(double[] x) {
        checkLength(x);
        double[][] l = leontiefInverse();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i][j] = l[i][j] * x[j] / x[i];
            }
        }
        return l;
    }

    private void checkLength(double[] v) {
        if (v.length != n) {
            throw new IllegalArgumentException("vector has " + v.length + " values, the model has " + n + " sectors");
        }
    }
}
