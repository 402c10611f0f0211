package dev.klaster.core.concentration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** LQ with a chosen base, symmetric LQ, LQ growth and the dynamic LQ; hand arithmetic shown in comments. */
class LocationQuotientVariantsTest {
    static final double[][] M = {{90, 20, 10, 60}, {310, 130, 140, 340}};

    @Test
    void baseOfAllIndustriesEqualsTheClassicMatrix() {
        double[][] a = LocationQuotient.matrix(M);
        double[][] b = LocationQuotient.matrix(M, new boolean[]{true, true, true, true});
        for (int r = 0; r < 2; r++) {
            assertThat(b[r]).containsExactly(a[r], within(1e-15));
        }
    }

    @Test
    void chosenBaseUsesItsTotals() {
        // base {0,1}: region 0 total 110, reference 550, industry 0 total 400 → LQ = (90/110)/(400/550)
        double[][] lq = LocationQuotient.matrix(M, new boolean[]{true, true, false, false});
        assertThat(lq[0][0]).isCloseTo((90 / 110.0) / (400 / 550.0), within(1e-12));
        assertThat(lq[0][3]).as("industries outside the base still get an LQ on the base totals")
                .isCloseTo((60 / 110.0) / (400 / 550.0), within(1e-12));
        assertThatThrownBy(() -> LocationQuotient.matrix(M, new boolean[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("base selects no industry");
    }

    @Test
    void symmetricLq() {
        assertThat(LocationQuotient.symmetric(1)).isZero();
        assertThat(LocationQuotient.symmetric(3)).isCloseTo(0.5, within(1e-15));
        assertThat(LocationQuotient.symmetric(0)).isEqualTo(-1);
        assertThat(LocationQuotient.symmetric(Double.NaN)).isNaN();
    }

    @Test
    void dynamicLqOverOneStepEqualsTheLqRatio() {
        // t = 1: DLQ = [(e1/e0)/(E1/E0)] / [(n1/n0)/(N1/N0)] = LQ_end / LQ_start (algebra of the definition)
        double[][] y0 = {{100, 100}, {100, 100}};
        double[][] y1 = {{110, 100}, {100, 105}};
        double[][] dlq = DynamicLocationQuotient.dynamic(new double[][][]{y0, y1});
        double[][] ratio = DynamicLocationQuotient.growth(LocationQuotient.matrix(y0), LocationQuotient.matrix(y1));
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < 2; i++) {
                assertThat(dlq[r][i]).isCloseTo(1 + ratio[r][i], within(1e-12));
            }
        }
    }

    @Test
    void dynamicLqUsesArithmeticMeanRates() {
        // region 0 industry 0: 100 → 110 → 121 (+10 %, +10 %); everything else constant at 100.
        // g_ri = 0.10; region total 200 → 210 → 221: rates 0.05, 0.052381 → mean 0.0511905;
        // reference industry 0: 200 → 210 → 221 (same); reference total 400 → 410 → 421: 0.025, 0.0268293.
        double[][][] s = {{{100, 100}, {100, 100}}, {{110, 100}, {100, 100}}, {{121, 100}, {100, 100}}};
        double gr = (0.05 + 11.0 / 210) / 2;
        double gi = gr;
        double g = (0.025 + 11.0 / 410) / 2;
        double expected = Math.pow(((1.10) / (1 + gr)) / ((1 + gi) / (1 + g)), 2);
        assertThat(DynamicLocationQuotient.dynamic(s)[0][0]).isCloseTo(expected, within(1e-12));
    }

    @Test
    void lqGrowthOfZeroIsUndefined() {
        double[][] g = DynamicLocationQuotient.growth(new double[][]{{0, 2}}, new double[][]{{1, 3}});
        assertThat(g[0][0]).isNaN();
        assertThat(g[0][1]).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void explicitReferenceRow() {
        // by hand from the definition (Isard 1960): region A = [10, 30], reference row = [100, 900]
        // → LQ_A1 = (10/40) / (100/1000) = 2.5, LQ_A2 = (30/40) / (900/1000) = 0.8333…
        double[][] v = {{10, 30}, {20, 40}};
        double[][] lq = LocationQuotient.matrix(v, null, new double[]{100, 900});
        assertThat(lq[0][0]).isCloseTo(2.5, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(lq[0][1]).isCloseTo(30.0 / 40 / 0.9, org.assertj.core.api.Assertions.within(1e-15));
        // the sum of the rows as explicit reference gives the plain LQ, and the same for the dynamic LQ
        double[][] plain = LocationQuotient.matrix(v);
        double[][] same = LocationQuotient.matrix(v, null, new double[]{30, 70});
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < 2; i++) {
                assertThat(same[r][i]).isCloseTo(plain[r][i], org.assertj.core.api.Assertions.within(1e-15));
            }
        }
        double[][][] series = {v, {{12, 33}, {21, 50}}};
        double[][] dlq = DynamicLocationQuotient.dynamic(series);
        double[][] dlqRef = DynamicLocationQuotient.dynamic(series, new double[][]{{30, 70}, {33, 83}});
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < 2; i++) {
                assertThat(dlqRef[r][i]).isCloseTo(dlq[r][i], org.assertj.core.api.Assertions.within(1e-14));
            }
        }
        // a reference without a value for an industry leaves that industry's LQ undefined, never against zero
        assertThat(LocationQuotient.matrix(v, null, new double[]{Double.NaN, 900})[0][0]).isNaN();
    }
}
