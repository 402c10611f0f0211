package dev.klaster.core.competitiveness;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AhpTest {
    @Test
    void saatyTextbookThreeByThree() {
        // The classic 3×3 judgement matrix [[1,3,5],[1/3,1,3],[1/5,1/3,1]] reproduced in AHP textbooks after
        // Saaty (1980): weights (0.637, 0.258, 0.105), λmax = 3.0385, CI = 0.0193, CR = CI / 0.58 = 0.033.
        // Tolerance 5e-4 (the published figures have 3–4 digits).
        Ahp.Result r = Ahp.weights(new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
        assertThat(r.weights()[0]).isCloseTo(0.637, within(5e-4));
        assertThat(r.weights()[1]).isCloseTo(0.258, within(5e-4));
        assertThat(r.weights()[2]).isCloseTo(0.105, within(5e-4));
        assertThat(r.lambdaMax()).isCloseTo(3.0385, within(5e-4));
        assertThat(r.consistencyRatio()).isCloseTo(0.033, within(5e-4));
    }

    @Test
    void consistentMatrixHasZeroCr() {
        // a_ij = w_i / w_j with w = (4, 2, 1): perfectly consistent, λmax = n = 3
        Ahp.Result r = Ahp.analyse(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertThat(r.lambdaMax()).isCloseTo(3, within(1e-12));
        assertThat(r.weights()[0]).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void inconsistentJudgementsAreRejected() {
        // circular judgements: 1 ≫ 2 ≫ 3 ≫ 1
        assertThatThrownBy(() -> Ahp.weights(new double[][] {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consistency ratio")
                .hasMessageContaining("> 0.10");
        assertThatThrownBy(() -> Ahp.analyse(new double[][] {{1, 2}, {2, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not reciprocal");
    }
}
