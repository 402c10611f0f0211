package dev.klaster.bench.measures;

import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionSet;
import dev.klaster.core.shiftshare.DunnShift;
import dev.klaster.core.shiftshare.EstebanMarquillasShift;
import dev.klaster.core.shiftshare.ShiftShare;
import dev.klaster.core.specialization.Gini;
import dev.klaster.core.specialization.Hoover;
import dev.klaster.core.specialization.Krugman;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Issue 3 performance targets, from the in-memory panel: {@link #fullSuite} (&lt; 1 s on 2 cores) and
 * {@link #krugmanAllPairs} (&lt; 2 s). Run:
 * <pre>
 * mvn -B -q -pl klaster-bench -am package -DskipTests
 * java -Xss8m -cp "klaster-bench/target/classes:klaster-bench/target/lib/*" org.openjdk.jmh.Main \
 *      RegionalMeasuresBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RegionalMeasuresBenchmark {
    @Param({"514"})
    int regions;
    @Param({"1000"})
    int industries;
    @Param({"10"})
    int years;

    Panel panel;

    @Setup(Level.Trial)
    public void setup() {
        panel = generate(regions, industries, years, 20261123L);
    }

    /** A panel with log-normal industry sizes, region scale factors and yearly growth noise; about 5 % zeros. */
    static Panel generate(int nR, int nI, int nY, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Region> rs = new ArrayList<>(nR);
        for (int r = 0; r < nR; r++) {
            rs.add(Region.of(String.format("%04d", 1101 + r)));
        }
        List<Industry> is = new ArrayList<>(nI);
        for (int i = 0; i < nI; i++) {
            is.add(Industry.of(String.format("%05d", 10000 + i)));
        }
        int[] ys = new int[nY];
        for (int y = 0; y < nY; y++) {
            ys[y] = 2014 + y;
        }
        Panel.Builder b = Panel.builder(RegionSet.of(rs), new IndustrySet(is), ys).synthetic(true);
        double[] a = b.array(Measure.EMPLOYMENT);
        double[] base = new double[nR * nI];
        for (int r = 0; r < nR; r++) {
            double scale = Math.exp(rnd.nextGaussian() * 1.0);
            for (int i = 0; i < nI; i++) {
                base[r * nI + i] = rnd.nextDouble() < 0.05 ? 0 : scale * Math.exp(3 + 1.5 * rnd.nextGaussian());
            }
        }
        for (int y = 0; y < nY; y++) {
            for (int k = 0; k < nR * nI; k++) {
                base[k] *= Math.exp(0.02 + 0.05 * rnd.nextGaussian());
                a[y * nR * nI + k] = Math.rint(base[k]);
            }
        }
        return b.build();
    }

    /** LQ matrix for every year + Dunn and Esteban-Marquillas for every region + Krugman/Gini/Hoover per region. */
    @Benchmark
    public void fullSuite(Blackhole bh) {
        int nY = panel.yearCount();
        for (int y = 0; y < nY; y++) {
            bh.consume(LocationQuotient.matrix(panel.sliceAt(Measure.EMPLOYMENT, y).toMatrix()));
        }
        double[][] m0 = panel.sliceAt(Measure.EMPLOYMENT, 0).toMatrix();
        double[][] m1 = panel.sliceAt(Measure.EMPLOYMENT, nY - 1).toMatrix();
        double[] n0 = colSums(m0);
        double[] n1 = colSums(m1);
        for (int r = 0; r < m0.length; r++) {
            DunnShift d = ShiftShare.dunn(m0[r], m1[r], n0, n1);
            EstebanMarquillasShift e = ShiftShare.estebanMarquillas(m0[r], m1[r], n0, n1);
            bh.consume(d);
            bh.consume(e);
        }
        bh.consume(Krugman.specializationAll(m1));
        bh.consume(Gini.specializationAll(m1));
        bh.consume(Hoover.specializationAll(m1));
    }

    /** Krugman index between every pair of the 514 regions in the last year. */
    @Benchmark
    public double[][] krugmanAllPairs() {
        return Krugman.allPairs(panel.sliceAt(Measure.EMPLOYMENT, panel.yearCount() - 1).toMatrix());
    }

    static double[] colSums(double[][] m) {
        double[] s = new double[m[0].length];
        for (double[] row : m) {
            for (int i = 0; i < s.length; i++) {
                s[i] += row[i];
            }
        }
        return s;
    }
}
