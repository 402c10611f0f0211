package dev.klaster.core.growth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Contribution to growth and employment elasticity; expected values are hand arithmetic shown in comments. */
class GrowthTest {
    @Test
    void contributionsSumToTheGrowthRate() {
        // textbook region A (issue #3): 180 → 205 is +13.888...%; sector 2 contributes (40 − 20)/180 = 11.11 pp
        double[] c = Growth.contribution(new double[]{90, 20, 10, 60}, new double[]{100, 40, 10, 55});
        assertThat(c[1]).isCloseTo(2000 / 180.0, within(1e-12));
        assertThat(c[0] + c[1] + c[2] + c[3]).isCloseTo(Growth.ratePercent(180, 205), within(1e-12));
    }

    @Test
    void elasticityAndJobsPerPercent() {
        // employment 1,000,000 → 1,020,000 (+2 %), output +5 %: ε = 0.4; jobs per 1 % = 0.4 · 1e6 / 100 = 4,000
        assertThat(Growth.employmentElasticity(1e6, 1.02e6, 100, 105)).isCloseTo(0.4, within(1e-12));
        assertThat(Growth.jobsPerPercentGrowth(1e6, 1.02e6, 100, 105)).isCloseTo(4000, within(1e-6));
        assertThat(Growth.employmentElasticity(1, 2, 100, 100)).as("no output growth: undefined").isNaN();
    }
}
