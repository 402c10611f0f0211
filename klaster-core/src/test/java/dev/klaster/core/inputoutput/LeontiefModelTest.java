package dev.klaster.core.inputoutput;

import dev.klaster.core.demo.DemoIoTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LeontiefModelTest {
    /** Miller &amp; Blair (2009) §2.3 two-sector example: Z = [[150,500],[200,100]], x = (1000, 2000). */
    static IoTable millerBlair() {
        return IoTable.builder(List.of("1", "2"), null).source("Miller & Blair 2009 §2.3", false)
                .z(new double[][] {{150, 500}, {200, 100}}).output(new double[] {1000, 2000})
                .demand("f", "final demand", IoTable.DemandKind.OTHER, new double[] {350, 1700})
                .input("va", "value added", IoTable.InputKind.VALUE_ADDED, new double[] {650, 1400})
                .build();
    }

    @Test
    void millerBlairLeontiefInverse() {
        // Source: Miller & Blair 2009, eq. 2.13: L = [[1.254, 0.330], [0.264, 1.122]] (6 decimals as in the issue)
        for (DenseLapack.Backend b : DenseLapack.Backend.values()) {
            double[][] l = LeontiefModel.of(millerBlair(), b).leontiefInverse();
            assertThat(l[0][0]).as("L11 (%s)", b).isCloseTo(1.254125, within(1e-6));
            assertThat(l[0][1]).as("L12 (%s)", b).isCloseTo(0.330033, within(1e-6));
            assertThat(l[1][0]).as("L21 (%s)", b).isCloseTo(0.264026, within(1e-6));
            assertThat(l[1][1]).as("L22 (%s)", b).isCloseTo(1.122112, within(1e-6));
        }
    }

    @Test
    void millerBlairSolvesMatchTheInverse() {
        // Miller & Blair 2009 §2.3: A = [[.15,.25],[.2,.05]]; output multipliers = column sums of L (1.518, 1.452)
        LeontiefModel m = LeontiefModel.of(millerBlair());
        assertThat(m.outputMultipliers()[0]).as("M&B 2009 §6.2.1 output multiplier sector 1").isCloseTo(1.518152,
                within(1e-6));
        assertThat(m.outputMultipliers()[1]).isCloseTo(1.452145, within(1e-6));
        // x = L f reproduces the table's output (identity of the table, tolerance 1e-9)
        assertThat(m.solve(new double[] {350, 1700})).containsExactly(new double[] {1000, 2000}, within(1e-9));
        // Ghosh: G = x̂⁻¹ L x̂; G12 = L12·x2/x1
        assertThat(m.ghoshInverse(new double[] {1000, 2000})[0][1]).isCloseTo(0.330033 * 2, within(1e-5));
    }

    @Test
    void fallbackJavaBackendIsPureJavaAndAgrees() {
        assertThat(DenseLapack.implementation(DenseLapack.Backend.JAVA)).contains("F2j");
        double[][] a = randomProductive(60, new Random(3));
        LeontiefModel nat = LeontiefModel.ofCoefficients(a, codes(60), DenseLapack.Backend.DEFAULT);
        LeontiefModel java = LeontiefModel.ofCoefficients(a, codes(60), DenseLapack.Backend.JAVA);
        // same mathematics, two implementations: agreement to rounding (1e-10)
        assertThat(java.outputMultipliers()).containsExactly(nat.outputMultipliers(), within(1e-10));
        assertThat(java.leontiefInverse()[5]).containsExactly(nat.leontiefInverse()[5], within(1e-10));
    }

    @Test
    void autoBackendIsJavaForSmallTablesAndNativeForLarge() {
        assertThat(DenseLapack.resolve(DenseLapack.Backend.AUTO, 17)).isEqualTo(DenseLapack.Backend.JAVA);
        assertThat(DenseLapack.resolve(DenseLapack.Backend.AUTO, 5000)).isEqualTo(DenseLapack.Backend.DEFAULT);
        assertThat(DenseLapack.resolve(DenseLapack.Backend.JAVA, 5000)).isEqualTo(DenseLapack.Backend.JAVA);
    }

    @Test
    void nativeBackendIsReportedAndLoadedWhereOpenBlasIsInstalled() {
        String impl = DenseLapack.implementation(DenseLapack.Backend.DEFAULT);
        assertThat(impl).startsWith("dev.ludovic.netlib.lapack.");
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/usr/lib/x86_64-linux-gnu/libopenblas.so.0"))) {
            assertThat(impl).as("libopenblas0 installed → JNI LAPACK").contains("JNI");
        }
    }

    /**
     * Regression: OpenBLAS called from a thread with a small stack SIGSEGVs the JVM at n ≳ 200 (JAVA-NOTES.md).
     * The calls run on DenseLapack's own 16 MiB-stack threads, so a 512 KiB-stack caller must work.
     */
    @Test
    void largeSolveFromSmallStackThreadDoesNotCrash() throws Exception {
        int n = 600;
        double[][] a = randomProductive(n, new Random(11));
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                LeontiefModel m = LeontiefModel.ofCoefficients(a, codes(n), DenseLapack.Backend.DEFAULT);
                result.set(m.leontiefInverse()[0][0]);
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(Double.class);
        // L_00 ≥ 1 since L = I + A + A² + … with A ≥ 0
        assertThat((Double) result.get()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void notProductiveSectorIsNamed() {
        IoTable t = IoTable.builder(List.of("A", "B"), null).z(new double[][] {{60, 10}, {50, 10}})
                .output(new double[] {100, 100}).build();
        assertThatThrownBy(() -> LeontiefModel.of(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sector A is not productive").hasMessageContaining("1.100000");
    }

    @Test
    void badTablesAreRejectedNamingTheSector() {
        assertThatThrownBy(() -> IoTable.builder(List.of("A", "B"), null).z(new double[][] {{1, 2}, {3}})
                .output(new double[] {10, 10}).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not square: row B");
        assertThatThrownBy(() -> IoTable.builder(List.of("A", "B"), null).z(new double[][] {{1, -2}, {3, 1}})
                .output(new double[] {10, 10}).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z[A][B] is negative");
        assertThatThrownBy(() -> IoTable.builder(List.of("A", "B"), null).z(new double[][] {{1, Double.NaN}, {3, 1}})
                .output(new double[] {10, 10}).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z[A][B] is missing");
        assertThatThrownBy(() -> IoTable.builder(List.of("A", "B"), null).z(new double[][] {{1, 2}, {3, 1}})
                .output(new double[] {10, 0}).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output of sector B is 0.0");
        assertThatThrownBy(() -> LeontiefModel.ofCoefficients(new double[][] {{0.1, 0.2}}, List.of("A", "B"),
                DenseLapack.Backend.DEFAULT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A has 1 rows");
    }

    @Test
    void singularIMinusAIsRejected() {
        // A with a column sum of exactly 1 is caught by the productivity check; a column sum just below 1 and an
        // identical twin column make (I − A) nearly singular only if coefficients reach 1, so test the LAPACK path
        // directly: a singular matrix has no factorisation.
        assertThat(DenseLapack.factor(new double[] {1, 2, 2, 4}, 2, DenseLapack.Backend.DEFAULT)).isNull();
    }

    @Test
    void balanceIsReportedPerSector() {
        IoTable t = IoTable.builder(List.of("1", "2"), null).z(new double[][] {{150, 500}, {200, 100}})
                .output(new double[] {1000, 2000})
                .demand("f", "f", IoTable.DemandKind.OTHER, new double[] {350, 1690})
                .input("va", "va", IoTable.InputKind.VALUE_ADDED, new double[] {650, 1400}).build();
        IoTable.Balance b = t.balance(1e-6);
        assertThat(b.balanced()).isFalse();
        assertThat(b.rowDifference()[1]).isEqualTo(-10.0);
        assertThat(b.mismatches()).singleElement().asString().contains("row of sector 2");
        assertThat(millerBlair().balance(1e-9).balanced()).isTrue();
    }

    @Test
    void demoTableIsBalancedAndProductive() {
        IoTable t = DemoIoTable.generate();
        assertThat(t.synthetic()).isTrue();
        assertThat(t.size()).isEqualTo(17);
        assertThat(t.balance(1e-9).mismatches()).isEmpty();
        assertThat(java.util.Arrays.stream(LeontiefModel.of(t).outputMultipliers()).boxed().toList()).allSatisfy(m -> assertThat(m).isBetween(1.0, 3.0));
    }

    static List<String> codes(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "s" + i).toList();
    }

    /** Random A ≥ 0 with column sums 0.3–0.8 (productive). */
    static double[][] randomProductive(int n, Random r) {
        double[][] a = new double[n][n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                a[i][j] = r.nextDouble();
                s += a[i][j];
            }
            double target = 0.3 + 0.5 * r.nextDouble();
            for (int i = 0; i < n; i++) {
                a[i][j] *= target / s;
            }
        }
        return a;
    }
}
