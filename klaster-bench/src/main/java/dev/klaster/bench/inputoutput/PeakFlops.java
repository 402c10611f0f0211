package dev.klaster.bench.inputoutput;

import dev.klaster.core.inputoutput.DenseLapack;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.IoTable;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The machine's practical peak: a plain dgemm of two n × n matrices through the same netlib/OpenBLAS path Klaster
 * uses (2n³ flops), and the LU of I − A at the same size (2n³/3 flops) as a share of that rate.
 *
 * <p>Usage: {@code PeakFlops [n=4000]}.
 */
public final class PeakFlops {
    private PeakFlops() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        SplittableRandom r = new SplittableRandom(7);
        double[] a = new double[n * n];
        double[] b = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble();
            b[i] = r.nextDouble();
        }
        DenseLapack.multiply(a, b, n, n, n, DenseLapack.Backend.DEFAULT); // warm-up: threads and kernel chosen
        double best = Double.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            DenseLapack.multiply(a, b, n, n, n, DenseLapack.Backend.DEFAULT);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        double peak = 2.0 * n * n * n / best / 1e9;
        IoTable t = LeontiefBenchmark.randomTable(n, 42);
        LeontiefModel.of(t, DenseLapack.Backend.DEFAULT);
        double lu = Double.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            LeontiefModel.of(t, DenseLapack.Backend.DEFAULT);
            lu = Math.min(lu, (System.nanoTime() - t0) / 1e9);
        }
        double luRate = 2.0 * n * n * n / 3 / lu / 1e9;
        System.out.printf(Locale.ROOT, "dgemm %d x %d: %.3f s = %.1f GFLOP/s (%s)%n", n, n, best, peak,
                DenseLapack.implementation(DenseLapack.Backend.DEFAULT));
        System.out.printf(Locale.ROOT, "LeontiefModel.of (build I - A, dgetrf, dgecon) n = %d: %.3f s = %.1f GFLOP/s"
                + " counting the LU's 2n^3/3, %.0f %% of the dgemm rate%n", n, lu, luRate, 100 * luRate / peak);
    }
}
