package dev.klaster.core.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undefined values never earn a classification: an all-zero panel, or a region whose total is zero, gives LQ NaN
 * (0/0) and size 0, hence no strong cluster and no star. Tiny matrices made here; the expected values follow from
 * the definitions in {@link RegionalClusters} (LQ = (x_rc / x_r) / (x_c / x), undefined for a zero denominator).
 */
class UndefinedNeverClassifiedTest {
    private static final int[] MEMBERSHIP = {0, 0, 1};

    @Test
    void anAllZeroPanelHasNoStrongClusterAndNoStar() {
        double[][] zero = new double[4][3];
        RegionalClusters.Result r = RegionalClusters.compute(zero, zero, 1, null, null, MEMBERSHIP, 2,
                RegionalClusters.StrongRule.defaults(), RegionalClusters.StarThresholds.defaults());
        for (int reg = 0; reg < 4; reg++) {
            for (int c = 0; c < 2; c++) {
                assertThat(r.lq()[reg][c]).as("LQ 0/0").isNaN();
                assertThat(r.strong()[reg][c]).isFalse();
                assertThat(r.stars()[reg][c]).isZero();
            }
        }
    }

    @Test
    void aRegionWithAZeroTotalGetsNoStarWhileTheOthersAreRated() {
        double[][] m = {{10, 10, 1}, {1, 1, 30}, {5, 5, 5}, {0, 0, 0}};
        RegionalClusters.Result r = RegionalClusters.compute(m, m, 1, null, null, MEMBERSHIP, 2,
                RegionalClusters.StrongRule.defaults(), RegionalClusters.StarThresholds.defaults());
        assertThat(r.lq()[3][0]).isNaN();
        assertThat(r.stars()[3]).containsOnly(0);
        assertThat(r.strong()[3]).containsOnly(false);
        // region 0: cluster 0 holds 20 of its 21 (share 0.952) vs 36 of 68 overall (0.529): LQ = 1.80 > 1
        assertThat(r.lq()[0][0]).isCloseTo(20.0 / 21 / (32.0 / 68), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.stars()[0][0]).as("a defined, specialised cluster is still rated").isPositive();
    }
}
