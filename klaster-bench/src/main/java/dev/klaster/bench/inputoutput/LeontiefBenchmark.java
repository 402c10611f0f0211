package dev.klaster.bench.inputoutput;

import dev.klaster.core.inputoutput.DenseLapack;
import dev.klaster.core.inputoutput.HypotheticalExtraction;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.inputoutput.Multipliers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Leontief model on a random productive table (A ≥ 0, column sums 0.3–0.8, household, compensation, value added
 * and employment vectors), seed 42.
 * <ul>
 *   <li>{@code multipliersAndLinkages}: LU of (I − A), all multipliers (output, income, value added, employment;
 *       Type I and II) and all linkages (Ghosh forward) by solves — what {@code klaster io multipliers|linkages}
 *       needs.</li>
 *   <li>{@code fullInverseAndAll}: the same plus the explicit Leontief inverse L (dgetri) and hypothetical
 *       extraction (needs diag L).</li>
 * </ul>
 * Run: {@code java -cp "klaster-bench/target/classes:klaster-bench/target/lib/*" org.openjdk.jmh.Main
 * LeontiefBenchmark -f 1 -wi 1 -i 2}. The backend parameter compares native OpenBLAS with the pure-Java fallback
 * (the JAVA backend is only run for n ≤ 1000 by the scripts: at 5,000 it takes minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
public class LeontiefBenchmark {
    @Param({"17", "185", "1000", "5000"})
    public int n;

    @Param({"AUTO"})
    public DenseLapack.Backend backend;

    private IoTable table;

    @Setup
    public void setup() {
        table = randomTable(n, 42);
        System.out.println("LAPACK: " + DenseLapack.implementation(DenseLapack.resolve(backend, n)));
    }

    /** A random productive table. */
    public static IoTable randomTable(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 100 + 1000 * r.nextDouble();
        }
        double[][] z = new double[n][n];
        double[] colIn = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                z[i][j] = r.nextDouble();
                s += z[i][j];
            }
            double target = (0.3 + 0.5 * r.nextDouble()) * x[j];
            for (int i = 0; i < n; i++) {
                z[i][j] *= target / s;
            }
            colIn[j] = target;
        }
        double[] va = new double[n];
        double[] w = new double[n];
        double[] hh = new double[n];
        double[] emp = new double[n];
        for (int j = 0; j < n; j++) {
            va[j] = x[j] - colIn[j];
            w[j] = 0.5 * va[j];
            emp[j] = x[j] * (1 + 10 * r.nextDouble());
            hh[j] = 0.2 * x[j] / n * 10;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add("s" + i);
        }
        return IoTable.builder(codes, null).source("random benchmark table", true).z(z).output(x).employment(emp)
                .demand("households", "households", IoTable.DemandKind.HOUSEHOLDS, hh)
                .input("compensation", "compensation", IoTable.InputKind.COMPENSATION, w)
                .input("value_added", "value added", IoTable.InputKind.VALUE_ADDED, va).build();
    }

    @Benchmark
    public void multipliersAndLinkages(Blackhole bh) {
        LeontiefModel m = LeontiefModel.of(table, backend);
        bh.consume(Multipliers.of(table, m));
        bh.consume(Linkages.of(table, m, Linkages.ForwardBasis.GHOSH));
    }

    @Benchmark
    public void fullInverseAndAll(Blackhole bh) {
        LeontiefModel m = LeontiefModel.of(table, backend);
        bh.consume(m.leontiefInverse());
        bh.consume(Multipliers.of(table, m));
        bh.consume(Linkages.of(table, m, Linkages.ForwardBasis.GHOSH));
        bh.consume(HypotheticalExtraction.of(table, m));
    }
}
