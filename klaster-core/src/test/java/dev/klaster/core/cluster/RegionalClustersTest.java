package dev.klaster.core.cluster;

import dev.klaster.core.agglomeration.LitzenbergerSternberg;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RegionalClustersTest {
    // 4 regions × 3 industries; cluster 0 = industries {0,1}, cluster 1 = {2}.
    // cluster sizes E_rc: r0 (20, 0), r1 (10, 10), r2 (4, 16), r3 (40, 20); region totals 20, 20, 20, 60; E = 120;
    // national cluster totals 74 and 46.
    static final double[][] END = {{10, 10, 0}, {5, 5, 10}, {2, 2, 16}, {20, 20, 20}};
    static final int[] M = {0, 0, 1};

    static double[][] scaled(double[][] m, double f) {
        double[][] o = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            o[r] = m[r].clone();
            for (int i = 0; i < o[r].length; i++) {
                o[r][i] *= f;
            }
        }
        return o;
    }

    @Test
    void percentileType7() {
        // R quantile(c(4,10,20,40), 0.25, type = 7) = 4 + 0.75·(10 − 4) = 8.5
        assertThat(Percentile.of(new double[] {20, 10, 4, 40, Double.NaN}, 0.25)).isCloseTo(8.5, within(1e-12));
        assertThat(Percentile.of(new double[] {Double.NaN}, 0.5)).isNaN();
    }

    @Test
    void strongRuleByHand() {
        RegionalClusters.Result g = RegionalClusters.compute(scaled(END, 0.5), END, 2, scaled(END, 2), END, M, 2,
                RegionalClusters.StrongRule.defaults(), RegionalClusters.StarThresholds.defaults());
        // LQ_r0,c0 = (20/20)/(74/120) = 1.62162
        assertThat(g.lq()[0][0]).isCloseTo(120.0 / 74, within(1e-12));
        assertThat(g.nationalShare()[3][0]).isCloseTo(40.0 / 74, within(1e-12));
        // cluster 0 LQs sorted (0.3243, 0.8108, 1.0811, 1.6216): P75 = 1.0811 + 0.25·0.5405 = 1.2162;
        // sizes (4, 10, 20, 40): P25 = 8.5 -> only r0 (LQ 1.62, size 20) is strong; r3 has LQ 1.08 < P75.
        // cluster 1 LQs (0, 0.8696, 1.3043, 2.0870): P75 = 1.5; sizes (0, 10, 16, 20): P25 = 7.5 -> only r2.
        assertThat(g.strong()[0][0]).isTrue();
        assertThat(g.strong()[3][0]).isFalse();
        assertThat(g.strong()[2][1]).isTrue();
        assertThat(g.strong()[1][1]).isFalse();
        // growth over 2 years from half the size: 2^(1/2) − 1
        assertThat(g.growth()[1][1]).isCloseTo(Math.sqrt(2) - 1, within(1e-12));
        // productivity = VA / employment = 2; undefined where employment is 0 (r0, cluster 1)
        assertThat(g.productivity()[1][0]).isCloseTo(2, within(1e-12));
        assertThat(g.productivity()[0][1]).isNaN();
        // size star: P90 of all 8 sizes (0,4,10,10,16,20,20,40) = 20 + 0.3·20 = 26 -> only r3c0 (40)
        assertThat(g.starDetail()[3][0] & 1).isEqualTo(1);
        assertThat(g.starDetail()[0][0] & 1).isZero();
        // specialisation star: LQ ≥ 2 -> r2c1 (LQ 0.8/0.38333 = 2.087)
        assertThat(g.starDetail()[2][1] & 2).isEqualTo(2);
        assertThat(g.starDetail()[0][0] & 2).isZero();
    }

    @Test
    void litzenbergerSternbergByHand() {
        // the cluster tables use the agglomeration package's index (one implementation, REAT-checked there).
        // e_r = 100, e = 1000, A_r = 50, A = 1000, P_r = 1000, P = 20000, b_r = 20, b = 200 (by hand):
        // density (100/50)/(1000/1000) = 2; stock (100/1000)/(1000/20000) = 2; size (100/20)/(1000/200) = 1 -> CI = 4
        assertThat(LitzenbergerSternberg.index(100, 1000, 50, 1000, 1000, 20000, 20, 200))
                .isCloseTo(4, within(1e-12));
        // b_r = 0: the average establishment size is undefined -> NaN
        assertThat(LitzenbergerSternberg.index(100, 1000, 50, 1000, 1000, 20000, 0, 200)).isNaN();
    }

    @Test
    void badInputs() {
        assertThatThrownBy(() -> RegionalClusters.compute(END, END, 0, null, null, M, 2,
                RegionalClusters.StrongRule.defaults(), RegionalClusters.StarThresholds.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be > 0, got 0");
        assertThatThrownBy(() -> RegionalClusters.aggregate(END, new int[] {0, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("membership has 2 entries, expected 3");
    }
}
