package dev.klaster.core.specialization;

import dev.klaster.core.concentration.LocationQuotient;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invariants of the specialisation/concentration indices (seeded jqwik properties): invariance to scaling all
 * values and to reordering regions and industries, the documented ranges, and zero specialisation for a region
 * shaped like the reference. Tolerances 1e-9 (floating-point reassociation only).
 */
class SpecializationPropertiesTest {
    private static final double TOL = 1e-9;

    @Provide
    Arbitrary<double[][]> matrices() {
        return Arbitraries.integers().between(2, 12).flatMap(nR -> Arbitraries.integers().between(2, 15)
                .flatMap(nI -> Arbitraries.doubles().between(0.5, 1000).array(double[].class).ofSize(nI)
                        .array(double[][].class).ofSize(nR)));
    }

    @Property(seed = "20261123", tries = 200)
    void scalingAllValuesChangesNothing(@ForAll("matrices") double[][] m,
                                        @ForAll @DoubleRange(min = 0.01, max = 1e6) double c) {
        double[][] s = scale(m, c);
        double[] ref = colSums(m);
        double[] refS = colSums(s);
        assertThat(Krugman.specializationAll(s)).containsExactly(Krugman.specializationAll(m), within(TOL));
        assertThat(Hoover.specializationAll(s)).containsExactly(Hoover.specializationAll(m), within(TOL));
        assertThat(Gini.specializationAll(s)).containsExactly(Gini.specializationAll(m), within(TOL));
        assertThat(Krugman.concentrationAll(s)).containsExactly(Krugman.concentrationAll(m), within(TOL));
        assertThat(Herfindahl.index(s[0])).isCloseTo(Herfindahl.index(m[0]), within(TOL));
        assertThat(Diversity.entropy(s[0])).isCloseTo(Diversity.entropy(m[0]), within(TOL));
        assertThat(Theil.t(s[0])).isCloseTo(Theil.t(m[0]), within(TOL));
        assertThat(Theil.l(s[0])).isCloseTo(Theil.l(m[0]), within(TOL));
        assertThat(Dispersion.coefficientOfVariation(s[0])).isCloseTo(Dispersion.coefficientOfVariation(m[0]),
                within(TOL));
        assertThat(Gini.locational(col(s, 0), rowSums(s))).isCloseTo(Gini.locational(col(m, 0), rowSums(m)),
                within(TOL));
        assertThat(LocationQuotient.vector(s[0], refS)).containsExactly(LocationQuotient.vector(m[0], ref),
                within(TOL));
    }

    @Property(seed = "20261123", tries = 200)
    void reorderingRegionsAndIndustriesPermutesResults(@ForAll("matrices") double[][] m, @ForAll long seed) {
        Random rnd = new Random(seed);
        int[] pr = permutation(m.length, rnd);
        int[] pi = permutation(m[0].length, rnd);
        double[][] p = new double[m.length][m[0].length];
        for (int r = 0; r < m.length; r++) {
            for (int i = 0; i < m[0].length; i++) {
                p[r][i] = m[pr[r]][pi[i]];
            }
        }
        double[] k = Krugman.specializationAll(m);
        double[] kp = Krugman.specializationAll(p);
        double[] g = Gini.specializationAll(m);
        double[] gp = Gini.specializationAll(p);
        double[] c = Krugman.concentrationAll(m);
        double[] cp = Krugman.concentrationAll(p);
        double[][] pairs = Krugman.allPairs(m);
        double[][] pairsP = Krugman.allPairs(p);
        for (int r = 0; r < m.length; r++) {
            assertThat(kp[r]).isCloseTo(k[pr[r]], within(TOL));
            assertThat(gp[r]).isCloseTo(g[pr[r]], within(TOL));
            assertThat(pairsP[r][0]).isCloseTo(pairs[pr[r]][pr[0]], within(TOL));
        }
        for (int i = 0; i < m[0].length; i++) {
            assertThat(cp[i]).isCloseTo(c[pi[i]], within(TOL));
        }
        assertThat(Theil.t(p[0])).isCloseTo(Theil.t(m[pr[0]]), within(TOL));
        assertThat(Herfindahl.index(p[0])).isCloseTo(Herfindahl.index(m[pr[0]]), within(TOL));
    }

    @Property(seed = "20261123", tries = 200)
    void documentedBoundsHold(@ForAll("matrices") double[][] m) {
        int n = m[0].length;
        for (double k : Krugman.specializationAll(m)) {
            assertThat(k).isBetween(0.0, 2.0);
        }
        for (double h : Hoover.localizationAll(m)) {
            assertThat(h).isBetween(0.0, 1.0);
        }
        for (double g : Gini.specializationAll(m)) {
            assertThat(g).isBetween(0.0, (n - 1.0) / n + TOL);
        }
        double[][] pairs = Krugman.allPairs(m);
        for (int a = 0; a < m.length; a++) {
            assertThat(pairs[a][a]).isCloseTo(0, within(TOL));
            for (int b = 0; b < m.length; b++) {
                assertThat(pairs[a][b]).isBetween(0.0, 2.0 + TOL).isCloseTo(pairs[b][a], within(TOL));
            }
        }
        double h = Herfindahl.index(m[0]);
        assertThat(h).isBetween(1.0 / n - TOL, 1.0 + TOL);
        assertThat(Herfindahl.normalized(m[0])).isBetween(-TOL, 1 + TOL);
        assertThat(Herfindahl.equivalentNumber(m[0])).isBetween(1 - TOL, n + TOL);
        assertThat(Diversity.entropy(m[0])).isBetween(-TOL, Math.log(n) + TOL);
        assertThat(Theil.t(m[0])).isBetween(-TOL, Math.log(n) + TOL);
        assertThat(Theil.l(m[0])).isGreaterThanOrEqualTo(-TOL);
        assertThat(Gini.locational(col(m, 0), rowSums(m))).isBetween(-TOL, 1.0);
        for (double[] row : LocationQuotient.symmetric(LocationQuotient.matrix(m))) {
            for (double v : row) {
                assertThat(v).isBetween(-1.0, 1.0);
            }
        }
    }

    @Property(seed = "20261123", tries = 200)
    void regionShapedLikeTheReferenceHasZeroSpecialisation(@ForAll("matrices") double[][] m,
                                                            @ForAll @DoubleRange(min = 0.01, max = 100) double c) {
        double[] ref = colSums(m);
        double[] region = new double[ref.length];
        for (int i = 0; i < ref.length; i++) {
            region[i] = c * ref[i];
        }
        assertThat(Krugman.specialization(region, ref)).isCloseTo(0, within(TOL));
        assertThat(Hoover.index(region, ref)).isCloseTo(0, within(TOL));
        assertThat(Gini.specialization(region, ref)).isCloseTo(0, within(TOL));
        assertThat(Diversity.durantonPuga(region, ref)).as("1/0 is undefined: NaN, not infinity or 0").isNaN();
        for (double lq : LocationQuotient.vector(region, ref)) {
            assertThat(lq).isCloseTo(1, within(TOL));
        }
    }

    @Property(seed = "20261123", tries = 100)
    void theilDecompositionAddsUp(@ForAll("matrices") double[][] m, @ForAll @IntRange(min = 1, max = 4) int groups) {
        double[] x = m[0];
        double[] w = m[m.length - 1];
        int[] g = new int[x.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = k % Math.min(groups, x.length);
        }
        for (Theil.Kind kind : Theil.Kind.values()) {
            TheilDecomposition d = Theil.decompose(kind, x, w, g);
            assertThat(d.between() + d.within()).as("Shorrocks (1980) additivity, " + kind)
                    .isCloseTo(d.total(), within(TOL));
        }
    }

    static double[][] scale(double[][] m, double c) {
        double[][] s = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            s[r] = new double[m[r].length];
            for (int i = 0; i < m[r].length; i++) {
                s[r][i] = m[r][i] * c;
            }
        }
        return s;
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

    static double[] rowSums(double[][] m) {
        double[] s = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            for (double v : m[r]) {
                s[r] += v;
            }
        }
        return s;
    }

    static double[] col(double[][] m, int i) {
        double[] c = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r][i];
        }
        return c;
    }

    static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int k = 0; k < n; k++) {
            p[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = rnd.nextInt(k + 1);
            int t = p[k];
            p[k] = p[j];
            p[j] = t;
        }
        return p;
    }
}
