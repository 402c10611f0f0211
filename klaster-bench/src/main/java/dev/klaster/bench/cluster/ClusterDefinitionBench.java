package dev.klaster.bench.cluster;

import dev.klaster.core.cluster.ClusterDefinition;
import dev.klaster.core.cluster.CoLocation;
import dev.klaster.core.cluster.Communities;
import dev.klaster.core.cluster.Definitions;
import dev.klaster.core.concentration.LocationQuotient;
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

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cluster definitions on 1,000 industries with co-location over 3,000 regions (issue 5 target: under 10 s on 2
 * cores). Data: 50 planted blocks of 20 industries; employment driven by one log-normal factor per block and
 * region; Z with strong within-block flows. Single-shot times, each including the LQ matrix.
 *
 * <p>Run: {@code mvn -B -q -pl klaster-bench -am package -DskipTests} then
 * {@code java -Xss8m -cp "klaster-bench/target/classes:klaster-bench/target/lib/*" org.openjdk.jmh.Main
 * ClusterDefinitionBench -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx2g"})
public class ClusterDefinitionBench {
    @Param({"1000"})
    int industries;

    @Param({"3000"})
    int regions;

    double[][] employment;
    double[][] z;
    String[] codes;

    @Setup
    public void setup() {
        Random rnd = new Random(20261123L);
        int block = 20;
        int blocks = industries / block;
        employment = new double[regions][industries];
        for (int r = 0; r < regions; r++) {
            double[] f = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                f[b] = rnd.nextGaussian();
            }
            for (int i = 0; i < industries; i++) {
                employment[r][i] = 100 * Math.exp(f[Math.min(i / block, blocks - 1)] + 0.3 * rnd.nextGaussian());
            }
        }
        z = new double[industries][industries];
        for (int i = 0; i < industries; i++) {
            for (int j = 0; j < industries; j++) {
                z[i][j] = i / block == j / block ? 50 + 50 * rnd.nextDouble() : rnd.nextDouble() < 0.05 ? rnd.nextDouble() : 0;
            }
        }
        codes = new String[industries];
        for (int i = 0; i < industries; i++) {
            codes[i] = "I" + i;
        }
    }

    /** LQ matrix and the 1000 × 1000 Pearson correlation (BLAS dgemm). */
    @Benchmark
    public double[][] coLocationCorrelation() {
        return CoLocation.correlation(LocationQuotient.matrix(employment));
    }

    /** Co-location definition: LQ, correlation, Leiden (γ = 1, seed 42) and validation. */
    @Benchmark
    public ClusterDefinition defineFromCoLocation() {
        return Definitions.fromCoLocation(codes, LocationQuotient.matrix(employment), Communities.Options.defaults());
    }

    /** Combined definition: IO linkage + co-location, Leiden and validation. */
    @Benchmark
    public ClusterDefinition defineCombined() {
        return Definitions.combined(codes, z, LocationQuotient.matrix(employment), 0.5, Communities.Options.defaults());
    }
}
