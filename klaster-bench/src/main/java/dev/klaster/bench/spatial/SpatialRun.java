package dev.klaster.bench.spatial;

import dev.klaster.core.spatial.LocalGetisOrd;
import dev.klaster.core.spatial.LocalMoran;
import dev.klaster.core.spatial.Metric;
import dev.klaster.core.spatial.Permutations;
import dev.klaster.core.spatial.PointPatterns;
import dev.klaster.core.spatial.PointSet;
import dev.klaster.core.spatial.SpatialWeights;
import dev.klaster.core.spatial.Transform;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Whole-run timings of issue 14's performance targets, one cold pass each, on generated data (seeded):
 * LISA and Gi/Gi* with 999 permutations on a 140 × 140 rook lattice (19,600 areas), and Kd with a 99-simulation
 * global envelope on 6,000 and 100,000 points in the unit square (10 % of the points of the reference type, a
 * third of them in five Gaussian clusters; 64 distances up to 0.1 = a tenth of the window). Usage:
 * {@code java -Xmx2g -cp 'klaster-bench/target/klaster-bench-0.1.0-SNAPSHOT.jar:klaster-bench/target/lib/*'
 * dev.klaster.bench.spatial.SpatialRun [threads]}.
 */
public final class SpatialRun {
    private SpatialRun() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "threads %d, max heap %d MB%n", threads, Runtime.getRuntime().maxMemory() >> 20);
        int side = 140;
        SpatialWeights b = SpatialWeights.lattice(side, side, false);
        Random r = new Random(42);
        double[] y = new double[side * side];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                y[i * side + j] = 10 + 3 * Math.sin(i / 15.0) * Math.cos(j / 11.0) + r.nextGaussian();
            }
        }
        long t0 = System.nanoTime();
        LocalMoran.Row[] l = LocalMoran.compute(y, b.transform(Transform.R), 999, new Permutations(y.length, null, 1,
                threads));
        long t1 = System.nanoTime();
        LocalGetisOrd.Row[] g = LocalGetisOrd.compute(y, b, Transform.R, 999, new Permutations(y.length, null, 1,
                threads));
        long t2 = System.nanoTime();
        int sig = 0;
        for (LocalMoran.Row row : l) {
            sig += row.p_sim() <= 0.05 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "LISA 999 perms, %d areas: %.2f s (%d significant at 5 %%)%n", y.length,
                (t1 - t0) / 1e9, sig);
        System.out.printf(Locale.ROOT, "Gi + Gi* 999 perms, %d areas: %.2f s (z_Gi*[0] = %.2f)%n", y.length,
                (t2 - t1) / 1e9, g[0].z_Gi_star());
        for (int n : new int[] {6_000, 100_000}) {
            PointSet p = points(n, 7);
            double[] rr = new double[64];
            for (int k = 0; k < 64; k++) {
                rr[k] = 0.1 * k / 63;
            }
            PointPatterns.Options o = new PointPatterns.Options(rr, 99, 0.05, true, false, false,
                    PointPatterns.Null.RANDOM_LOCATION, 3, threads);
            long s0 = System.nanoTime();
            PointPatterns.Curve c = PointPatterns.compute(PointPatterns.Function.KD, p, "ref", null, o);
            long s1 = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "Kd 99 sims (global envelope), %,d points (%,d of the reference type): "
                            + "%.2f s, h = %.4f, heap used %d MB%n", n, n / 10, (s1 - s0) / 1e9, c.bandwidth(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    /** n points in the unit square; every 10th is of type "ref", a third of those in 5 clusters of sd 0.02. */
    static PointSet points(int n, long seed) {
        Random r = new Random(seed);
        double[][] centres = new double[5][2];
        for (double[] c : centres) {
            c[0] = 0.1 + 0.8 * r.nextDouble();
            c[1] = 0.1 + 0.8 * r.nextDouble();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int[] t = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            boolean ref = i % 10 == 0;
            t[i] = ref ? 0 : 1;
            if (ref && i % 30 == 0) {
                double[] c = centres[r.nextInt(5)];
                x[i] = Math.min(1, Math.max(0, c[0] + 0.02 * r.nextGaussian()));
                y[i] = Math.min(1, Math.max(0, c[1] + 0.02 * r.nextGaussian()));
            } else {
                x[i] = r.nextDouble();
                y[i] = r.nextDouble();
            }
            w[i] = 1 + r.nextInt(100);
        }
        return new PointSet(x, y, t, List.of("ref", "other"), w, Metric.EUCLIDEAN);
    }
}
