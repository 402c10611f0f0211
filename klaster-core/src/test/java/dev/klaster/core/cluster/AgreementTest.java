package dev.klaster.core.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {
    @Test
    void adjustedRandAsInScikitLearnsDocumentation() {
        // scikit-learn adjusted_rand_score docs: ([0, 0, 1, 1], [0, 0, 1, 2]) → 0.57142857…;
        // ([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) → 0.24242424…; relabelling does not matter → 1.0
        assertThat(Agreement.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(0.5714285714285715, within(1e-12));
        assertThat(Agreement.adjustedRand(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}))
                .isCloseTo(0.24242424242424246, within(1e-12));
        assertThat(Agreement.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0})).isCloseTo(1, within(1e-12));
        // unlabelled items (−1) are left out: the same as the first case
        assertThat(Agreement.adjustedRand(new int[] {0, 0, 1, 1, -1}, new int[] {0, 0, 1, 2, 5}))
                .isCloseTo(0.5714285714285715, within(1e-12));
    }

    @Test
    void bestMatchShareByHand() {
        // benchmark {0,0,0,1,1}; found {7,7,8,8,8}: cluster 0's best match is 7 (2 of 3), cluster 1's is 8 (2 of 2)
        // → matched items 0, 1, 3, 4 = 4 of 5
        assertThat(Agreement.bestMatchShare(new int[] {0, 0, 0, 1, 1}, new int[] {7, 7, 8, 8, 8}))
                .isCloseTo(0.8, within(1e-12));
        // an item in no found cluster is not matched: 3 of 5
        assertThat(Agreement.bestMatchShare(new int[] {0, 0, 0, 1, 1}, new int[] {7, 7, 8, 8, -1}))
                .isCloseTo(0.6, within(1e-12));
    }

    @Test
    void spearmanAsInScipysDocumentation() {
        // scipy.stats.spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) = 0.8207826816681233 (a tie at 7)
        assertThat(Agreement.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
                .isCloseTo(0.8207826816681233, within(1e-12));
        // NaN pairs are left out, not ranked
        assertThat(Agreement.spearman(new double[] {1, 2, Double.NaN, 3, 4, 5}, new double[] {5, 6, 0, 7, 8, 7}))
                .isCloseTo(0.8207826816681233, within(1e-12));
        assertThat(Agreement.spearman(new double[] {1, 2}, new double[] {1, 2})).isNaN();
    }

    @Test
    void censoredRankCoLocationPutsMissingCellsBelowTheKnownOnes() {
        // column 0: 1, 2, 3, 4; column 1: NaN, NaN, 5, 9 → ranks 1.5, 1.5, 3, 4 (missing tied lowest, by the
        // definition); Pearson of the ranks (1,2,3,4) vs (1.5,1.5,3,4): Σ dx·dy = 4.5, Σ dx² = 5, Σ dy² = 4.5 →
        // 4.5 / sqrt(22.5) = 0.9486832980505139 (numpy.corrcoef gives the same)
        double[][] lq = {{1, Double.NaN}, {2, Double.NaN}, {3, 5}, {4, 9}};
        assertThat(CoLocation.censoredRankCorrelation(lq)[0][1]).isCloseTo(0.9486832980505139, within(1e-12));
        // pairwise-complete Pearson sees only the two known regions (< 3): NaN
        assertThat(CoLocation.correlation(lq)[0][1]).isNaN();
    }
}
