package dev.klaster.core.shiftshare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Shift-share against the textbook example of the issue (nation 400,150,150,400 → 440,210,135,480; region A
 * 90,20,10,60 → 100,40,10,55: growth 25, national share 27, industry mix 1, regional shift −3), a published
 * textbook example quoted in issue #3, typed in here. Per-industry values and the variants' checks are hand
 * arithmetic on the same data, shown next to each assertion. Tolerance 1e-9 absolute.
 */
class ShiftShareTest {
    static final double[] N0 = {400, 150, 150, 400};
    static final double[] N1 = {440, 210, 135, 480};
    static final double[] E0 = {90, 20, 10, 60};
    static final double[] E1 = {100, 40, 10, 55};
    static final double TOL = 1e-9;

    @Test
    void dunnReproducesTheTextbookTotals() {
        DunnShift d = ShiftShare.dunn(E0, E1, N0, N1);
        assertThat(d.totalChange()).as("growth 25 (textbook)").isCloseTo(25, within(TOL));
        assertThat(d.totalNationalShare()).as("national share 27 (textbook)").isCloseTo(27, within(TOL));
        assertThat(d.totalIndustryMix()).as("industry mix 1 (textbook)").isCloseTo(1, within(TOL));
        assertThat(d.totalRegionalShift()).as("regional shift −3 (textbook)").isCloseTo(-3, within(TOL));
        assertThat(d.totalNetShift()).as("net total shift = 1 + (−3)").isCloseTo(-2, within(TOL));
    }

    @Test
    void dunnPerIndustryByHand() {
        // hand arithmetic from the textbook data: g = 1265/1100 − 1 = 0.15; g_i = 0.1, 0.4, −0.1, 0.2
        DunnShift d = ShiftShare.dunn(E0, E1, N0, N1);
        assertThat(d.nationalShare()).containsExactly(new double[]{13.5, 3, 1.5, 9}, within(TOL));
        assertThat(d.industryMix()).containsExactly(new double[]{-4.5, 5, -2.5, 3}, within(TOL));
        assertThat(d.regionalShift()).containsExactly(new double[]{1, 12, 1, -17}, within(TOL));
    }

    @Test
    void estebanMarquillasSplitsTheRegionalShift() {
        // homothetic ê = 180 · n0/1100 (Esteban-Marquillas 1972 definition), hand arithmetic on the textbook data
        EstebanMarquillasShift e = ShiftShare.estebanMarquillas(E0, E1, N0, N1);
        assertThat(e.homothetic()[0]).isCloseTo(180 * 400 / 1100.0, within(TOL));
        DunnShift d = ShiftShare.dunn(E0, E1, N0, N1);
        for (int i = 0; i < 4; i++) {
            assertThat(e.competitiveEffect()[i] + e.allocationEffect()[i]).as("CE + AE = RS, industry " + i)
                    .isCloseTo(d.regionalShift()[i], within(TOL));
        }
        // industry 2: r − g = 1.0 − 0.4 = 0.6, ê = 180·150/1100 = 24.5454..., AE = (20 − ê)·0.6
        assertThat(e.allocationEffect()[1]).isCloseTo((20 - 180 * 150 / 1100.0) * 0.6, within(TOL));
    }

    @Test
    void arcelusComponentsAddUpToTheChange() {
        ArcelusShift a = ShiftShare.arcelus(E0, E1, N0, N1);
        for (int i = 0; i < 4; i++) {
            double sum = a.nationalShare()[i] + a.industryMixHomothetic()[i] + a.industryMixAllocation()[i]
                    + a.regionalGrowthHomothetic()[i] + a.regionalGrowthAllocation()[i]
                    + a.regionalIndustryMixHomothetic()[i] + a.regionalIndustryMixAllocation()[i];
            assertThat(sum).as("Arcelus identity, industry " + i).isCloseTo(E1[i] - E0[i], within(TOL));
        }
        // regional growth effect summed = E0·(R − g) = 180·(205/180 − 1.15) = 205 − 207 = −2
        double rg = 0;
        for (int i = 0; i < 4; i++) {
            rg += a.regionalGrowthHomothetic()[i] + a.regionalGrowthAllocation()[i];
        }
        assertThat(rg).isCloseTo(-2, within(TOL));
    }

    @Test
    void gerfinFactorsMultiply() {
        GerfinShift g = ShiftShare.gerfin(E0, E1, N0, N1);
        // expected region total with national industry growth: 90·1.1 + 20·1.4 + 10·0.9 + 60·1.2 = 208
        assertThat(g.structuralFactor()).isCloseTo((208 / 180.0) / 1.15, within(TOL));
        assertThat(g.locationFactor()).isCloseTo(205 / 208.0, within(TOL));
        assertThat(g.regionalFactor()).isCloseTo(g.structuralFactor() * g.locationFactor(), within(TOL));
    }

    @Test
    void dynamicOverTwoYearsEqualsDunn() {
        DunnShift dyn = ShiftShare.dynamic(new double[][]{E0, E1}, new double[][]{N0, N1});
        DunnShift d = ShiftShare.dunn(E0, E1, N0, N1);
        assertThat(dyn.regionalShift()).containsExactly(d.regionalShift(), within(TOL));
    }

    @Test
    void dynamicChainsYearlyComponents() {
        double[] nMid = {420, 180, 140, 440};
        double[] eMid = {95, 30, 10, 58};
        DunnShift dyn = ShiftShare.dynamic(new double[][]{E0, eMid, E1}, new double[][]{N0, nMid, N1});
        DunnShift a = ShiftShare.dunn(E0, eMid, N0, nMid);
        DunnShift b = ShiftShare.dunn(eMid, E1, nMid, N1);
        assertThat(dyn.totalRegionalShift()).isCloseTo(a.totalRegionalShift() + b.totalRegionalShift(), within(TOL));
        assertThat(dyn.totalChange()).isCloseTo(25, within(TOL));
    }

    @Test
    void projectionKeepsTheRegionalDifferential() {
        // reference grows again as in the base period; ê = e1·(1 + ĝ + r − g)
        double[] nT = {484, 294, 121.5, 576};
        double[] p = ShiftShare.project(E0, E1, N0, N1, nT);
        assertThat(p[0]).isCloseTo(100 * (1 + 0.1 + (10 / 90.0 - 0.1)), within(TOL));
        assertThat(p[1]).isCloseTo(40 * (1 + 0.4 + (1.0 - 0.4)), within(TOL));
    }

    @Test
    void zeroReferenceBaseIsUndefinedNotZero() {
        DunnShift d = ShiftShare.dunn(new double[]{1, 2}, new double[]{2, 3}, new double[]{0, 5}, new double[]{3, 6});
        assertThat(d.industryMix()[0]).isNaN();
        assertThat(d.regionalShift()[0]).isNaN();
        assertThat(d.industryMix()[1]).isFinite();
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> ShiftShare.dunn(E0, E1, N0, new double[]{1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument 4 has 2, argument 1 has 4");
        assertThatThrownBy(() -> ShiftShare.dynamic(new double[][]{E0}, new double[][]{N0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two years, got 1");
    }
}
