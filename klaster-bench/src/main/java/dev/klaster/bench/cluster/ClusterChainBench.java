package dev.klaster.bench.cluster;

import dev.klaster.core.cluster.ClusterAnalysis;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The whole cluster chain ({@link ClusterAnalysis#run}: combined definition, strength, roles, life cycle,
 * competitiveness, impact) on 514 regions × 1,000 industries × 10 years with a 1,000 × 1,000 Z — the cluster part
 * of the issue's {@code klaster analyze} target (30 s, 2 GB heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx2g"})
public class ClusterChainBench {
    Panel panel;
    double[][] z;
    /** Output in Z's units (twice the intermediate inputs), so that the impact scenario runs (it needs x). */
    ClusterAnalysis.Options options;

    @Setup
    public void setup() {
        int nR = 514;
        int nI = 1000;
        int nY = 10;
        int block = 20;
        Random rnd = new Random(7L);
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < nR; r++) {
            regions.add(new Region("R" + r, "Region " + r, RegionLevel.REGENCY, null));
        }
        List<Industry> industries = new ArrayList<>();
        for (int i = 0; i < nI; i++) {
            industries.add(Industry.of("I" + i));
        }
        int[] years = new int[nY];
        for (int y = 0; y < nY; y++) {
            years[y] = 2014 + y;
        }
        Panel.Builder b = Panel.builder(RegionSet.of(regions), new IndustrySet(industries), years);
        double[] emp = b.array(Measure.EMPLOYMENT);
        double[] va = b.array(Measure.VALUE_ADDED);
        double[][] factor = new double[nR][nI / block];
        for (double[] f : factor) {
            for (int k = 0; k < f.length; k++) {
                f[k] = rnd.nextGaussian();
            }
        }
        for (int y = 0; y < nY; y++) {
            for (int r = 0; r < nR; r++) {
                for (int i = 0; i < nI; i++) {
                    double e = 100 * Math.exp(factor[r][i / block] + 0.02 * y * rnd.nextGaussian() + 0.3 * rnd.nextGaussian());
                    emp[b.cell(y, r, i)] = e;
                    va[b.cell(y, r, i)] = e * (1 + rnd.nextDouble());
                }
            }
        }
        panel = b.build();
        z = new double[nI][nI];
        for (int i = 0; i < nI; i++) {
            for (int j = 0; j < nI; j++) {
                z[i][j] = i / block == j / block ? 50 + 50 * rnd.nextDouble() : rnd.nextDouble() < 0.05 ? rnd.nextDouble() : 0;
            }
        }
        double[] x = new double[nI];
        for (double[] row : z) {
            for (int j = 0; j < nI; j++) {
                x[j] += 2 * row[j];
            }
        }
        ClusterAnalysis.Options o = ClusterAnalysis.Options.defaults();
        options = new ClusterAnalysis.Options(o.method(), o.given(), o.communities(), o.ioWeight(), o.sizeMeasure(),
                o.strongRule(), o.stars(), o.roles(), o.lifecycle(), o.framework(), o.survey(), o.growthPercent(), x);
    }

    @Benchmark
    public ClusterReport wholeChain() {
        return ClusterAnalysis.run(panel, z, options);
    }
}
