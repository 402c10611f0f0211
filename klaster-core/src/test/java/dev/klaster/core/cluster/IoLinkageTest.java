package dev.klaster.core.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IoLinkageTest {
    // Z (row sells to column):   purchases P = column sums = (10, 30, 20); sales S = row sums = (30, 20, 10)
    //        0   1   2
    //   0 [  0, 20, 10 ]
    //   1 [ 10,  0, 10 ]
    //   2 [  0, 10,  0 ]
    static final double[][] Z = {{0, 20, 10}, {10, 0, 10}, {0, 10, 0}};

    @Test
    void coefficientsByHand() {
        IoLinkage.Coefficients c = IoLinkage.of(Z);
        // x_01 = Z01 / P1 = 20/30; y_01 = Z01 / S0 = 20/30; x_10 = 10/10 = 1; y_10 = 10/20 = 0.5
        assertThat(c.purchase()[0][1]).isCloseTo(20.0 / 30, within(1e-12));
        assertThat(c.sales()[1][0]).isCloseTo(0.5, within(1e-12));
        // L_01 = max(2/3, 1, 2/3, 0.5) = 1
        assertThat(c.linkage()[0][1]).isCloseTo(1.0, within(1e-12));
        // pair (0,2): x_02 = 10/20 = 0.5, y_02 = 10/30, x_20 = 0/10, y_20 = 0/10 -> 0.5
        assertThat(c.linkage()[0][2]).isCloseTo(0.5, within(1e-12));
        // pair (1,2): x_12 = 10/20, y_12 = 10/20, x_21 = 10/30, y_21 = 10/10 = 1 -> 1
        assertThat(c.linkage()[2][1]).isCloseTo(1.0, within(1e-12));
        assertThat(c.linkage()[1][1]).isZero();
    }

    @Test
    void rejectsNegativeAndNonSquare() {
        assertThatThrownBy(() -> IoLinkage.of(new double[][] {{0, -1}, {0, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0][1] = -1.0 is negative");
        assertThatThrownBy(() -> IoLinkage.of(new double[][] {{0, 1}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 columns");
    }
}
