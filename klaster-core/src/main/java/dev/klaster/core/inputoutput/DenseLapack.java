package dev.klaster.core.inputoutput;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dense LU factorisation, solves and inverses through dev.ludovic.netlib (JNI to the system LAPACK, i.e. Debian's
 * OpenBLAS when {@code libopenblas0} is installed; otherwise netlib's own pure-Java F2J LAPACK). Matrices are
 * column-major {@code double[]} of length n·n as LAPACK expects.
 *
 * <p><b>Thread stack.</b> OpenBLAS (pthread build) crashes the JVM with SIGSEGV when called from a thread with the
 * default 1 MiB stack once it goes multithreaded (n ≳ 200). Every LAPACK/BLAS call here therefore runs on a
 * daemon thread created with a {@value #STACK_BYTES}-byte stack, so library users need no {@code -Xss} flag.
 *
 * <p>Which implementation was loaded is logged once (System.Logger, INFO) and available from
 * {@link #implementation(Backend)}.
 */
public final class DenseLapack {
    /** Stack size of the worker threads that call LAPACK. */
    public static final long STACK_BYTES = 16L << 20;

    /** Which LAPACK/BLAS to use. */
    public enum Backend {
        /**
         * Pure Java below {@value DenseLapack#AUTO_NATIVE_FROM} sectors (faster there: no JNI or OpenBLAS thread
         * start-up, measured 3.0 vs 8.4 ms at n = 185 on a loaded 2-core machine), else {@link #DEFAULT}.
         */
        AUTO,
        /** netlib's default: native (JNI) when the system has a BLAS/LAPACK, else the pure-Java fallback. */
        DEFAULT,
        /** Always netlib's pure-Java implementation (F2J LAPACK + Java BLAS); used to test the fallback. */
        JAVA
    }

    /** Size from which {@link Backend#AUTO} uses the native library. */
    public static final int AUTO_NATIVE_FROM = 256;

    private static final System.Logger LOG = System.getLogger(DenseLapack.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "klaster-lapack-" + THREADS.incrementAndGet(), STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private static volatile boolean logged;

    private DenseLapack() {
    }

    /** The backend actually used for an n×n problem. */
    public static Backend resolve(Backend b, int n) {
        return b != Backend.AUTO ? b : n < AUTO_NATIVE_FROM ? Backend.JAVA : Backend.DEFAULT;
    }

    static LAPACK lapack(Backend b) {
        LAPACK l = b == Backend.JAVA || b == Backend.AUTO ? JavaLAPACK.getInstance() : LAPACK.getInstance();
        if (!logged) {
            logged = true;
            LOG.log(System.Logger.Level.INFO, "LAPACK implementation: {0}, BLAS: {1}",
                    LAPACK.getInstance().getClass().getName(), BLAS.getInstance().getClass().getName());
        }
        return l;
    }

    static BLAS blas(Backend b) {
        return b == Backend.JAVA || b == Backend.AUTO ? JavaBLAS.getInstance() : BLAS.getInstance();
    }

    /**
     * The class name of the LAPACK implementation the backend resolves to for large problems (e.g.
     * {@code ...JNILAPACK}); use {@link #resolve(Backend, int)} first to ask about a given size.
     */
    public static String implementation(Backend b) {
        Backend eff = b == Backend.AUTO ? Backend.DEFAULT : b;
        return call(() -> lapack(eff).getClass().getName());
    }

    /** Runs a task on a large-stack worker thread and returns its result, rethrowing unchecked exceptions. */
    static <T> T call(Callable<T> task) {
        Future<T> f = WORKERS.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LAPACK", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }

    /** An LU factorisation P·M = L·U of a square matrix (column-major), as returned by dgetrf. */
    public static final class Lu {
        final int n;
        final double[] lu;
        final int[] ipiv;
        final Backend backend;
        /** Reciprocal condition number estimate in the 1-norm (dgecon). */
        final double rcond;

        Lu(int n, double[] lu, int[] ipiv, Backend backend, double rcond) {
            this.n = n;
            this.lu = lu;
            this.ipiv = ipiv;
            this.backend = backend;
            this.rcond = rcond;
        }

        public int size() {
            return n;
        }

        public double rcond() {
            return rcond;
        }

        /** Solves M·X = B (or Mᵀ·X = B) for k right-hand sides given column-major in b (n·k); b is overwritten. */
        public double[] solve(double[] b, int k, boolean transpose) {
            if (b.length != n * k) {
                throw new IllegalArgumentException("right-hand side has " + b.length + " values, expected " + n * k);
            }
            return call(() -> {
                intW info = new intW(0);
                lapack(backend).dgetrs(transpose ? "T" : "N", n, k, lu, n, ipiv, b, n, info);
                if (info.val != 0) {
                    throw new IllegalStateException("dgetrs failed, info=" + info.val);
                }
                return b;
            });
        }

        /** The inverse M⁻¹ (column-major) by dgetri; the factorisation itself is left intact. */
        public double[] inverse() {
            return call(() -> {
                double[] inv = lu.clone();
                LAPACK lp = lapack(backend);
                intW info = new intW(0);
                double[] q = new double[1];
                lp.dgetri(n, inv, n, ipiv, q, -1, info);
                int lwork = Math.max(1, (int) q[0]);
                lp.dgetri(n, inv, n, ipiv, new double[lwork], lwork, info);
                if (info.val != 0) {
                    throw new IllegalStateException("dgetri failed, info=" + info.val);
                }
                return inv;
            });
        }
    }

    /**
     * Factorises M (column-major, n·n; not modified).
     *
     * @return the factorisation, or {@code null} when M is exactly singular (a zero pivot in dgetrf)
     */
    public static Lu factor(double[] m, int n, Backend backend) {
        if (m.length != n * n) {
            throw new IllegalArgumentException("matrix has " + m.length + " values, expected " + n + "×" + n);
        }
        return factorInPlace(m.clone(), n, backend, Double.NaN);
    }

    /**
     * Factorises M in place (package-private: M is overwritten by its LU factors, which the result then owns).
     * Saves the n² copy of {@link #factor} for callers that built M only to factorise it.
     *
     * @param anorm the 1-norm of M when the caller already has it (it is needed by dgecon), or NaN to compute it
     *              with dlange
     */
    static Lu factorInPlace(double[] a, int n, Backend backend, double anorm) {
        Backend eff = resolve(backend, n);
        return call(() -> {
            LAPACK lp = lapack(eff);
            double norm = Double.isNaN(anorm) ? lp.dlange("1", n, n, a, n, new double[n]) : anorm;
            int[] ipiv = new int[n];
            intW info = new intW(0);
            lp.dgetrf(n, n, a, n, ipiv, info);
            if (info.val > 0) {
                return null;
            }
            if (info.val < 0) {
                throw new IllegalStateException("dgetrf failed, info=" + info.val);
            }
            org.netlib.util.doubleW rc = new org.netlib.util.doubleW(0);
            lp.dgecon("1", n, a, n, norm, rc, new double[4 * n], new int[n], info);
            return new Lu(n, a, ipiv, eff, rc.val);
        });
    }

    /** Matrix product C = A·B of column-major matrices (m×k)·(k×n) via dgemm. */
    public static double[] multiply(double[] a, double[] b, int m, int k, int n, Backend backend) {
        Backend eff = resolve(backend, Math.max(m, Math.max(k, n)));
        return call(() -> {
            double[] c = new double[m * n];
            blas(eff).dgemm("N", "N", m, n, k, 1.0, a, m, b, k, 0.0, c, m);
            return c;
        });
    }
}
