package dev.klaster.core.shiftshare;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Shift-share identities (seeded jqwik): Dunn components add up to the change (Dunn 1960), competitive +
 * allocation = regional shift (Esteban-Marquillas 1972), Gerfin's factors multiply, and components scale
 * linearly with the region's values while growth rates do not depend on the reference's scale.
 */
class ShiftSharePropertiesTest {
    @Provide
    Arbitrary<double[][]> data() {
        return Arbitraries.integers().between(2, 20).flatMap(n -> Arbitraries.doubles().between(1, 1000)
                .array(double[].class).ofSize(n).array(double[][].class).ofSize(4));
    }

    @Property(seed = "20261123", tries = 300)
    void componentsAddUp(@ForAll("data") double[][] d, @ForAll @DoubleRange(min = 0.01, max = 100) double c) {
        double[] e0 = d[0];
        double[] e1 = d[1];
        double[] n0 = add(d[2], e0);
        double[] n1 = add(d[3], e1);
        DunnShift s = ShiftShare.dunn(e0, e1, n0, n1);
        EstebanMarquillasShift em = ShiftShare.estebanMarquillas(e0, e1, n0, n1);
        double tol = 1e-9 * (1 + sum(n1));
        for (int i = 0; i < e0.length; i++) {
            assertThat(s.nationalShare()[i] + s.industryMix()[i] + s.regionalShift()[i])
                    .isCloseTo(e1[i] - e0[i], within(tol));
            assertThat(em.competitiveEffect()[i] + em.allocationEffect()[i])
                    .isCloseTo(s.regionalShift()[i], within(tol));
        }
        GerfinShift g = ShiftShare.gerfin(e0, e1, n0, n1);
        assertThat(g.structuralFactor() * g.locationFactor()).isCloseTo(g.regionalFactor(), within(1e-12));
        DunnShift scaledRef = ShiftShare.dunn(e0, e1, scale(n0, c), scale(n1, c));
        assertThat(scaledRef.totalRegionalShift()).isCloseTo(s.totalRegionalShift(), within(tol));
        DunnShift scaledReg = ShiftShare.dunn(scale(e0, c), scale(e1, c), n0, n1);
        assertThat(scaledReg.totalIndustryMix()).isCloseTo(c * s.totalIndustryMix(), within(tol * (1 + c)));
    }

    static double[] add(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    static double[] scale(double[] a, double c) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] * c;
        }
        return s;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
